//! The retention part of the settings screen (*gallring*): the period in months (set by an
//! administrator), the last sweep, and "Kör gallring…" for an administrator or complaints
//! manager: a dry run first, then a confirmation naming what will be anonymised (cases per
//! year of closure and their numbers), then the sweep on a connection of its own.

use iced::widget::{Column, button, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length, Task};

use crate::describe::{self, retention};
use crate::ui::{Session, job, style};
use klagomal_core::domain::{Role, parse_retention_months};
use klagomal_core::fl;
use klagomal_core::i18n::LOADER;
use klagomal_core::store::{StoreError, Sweep, SweepRecord};

/// The period field's id.
pub const MONTHS: &str = "settings-retention-months";
/// The "Kör gallring…" button's id.
pub const RUN: &str = "settings-retention-run";
/// The confirmation's button's id.
pub const CONFIRM: &str = "settings-retention-confirm";

/// The retention part.
#[derive(Debug)]
pub struct Retention {
    months: String,
    last: Option<SweepRecord>,
    step: Step,
    /// What the last save or sweep said, and whether it failed.
    notice: Option<(String, bool)>,
}

/// Where a sweep is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Idle,
    /// The dry run is under way.
    Planning,
    /// The dry run's plan, waiting for the officer's word.
    Confirm(Sweep),
    /// The sweep itself is under way.
    Running,
}

/// What happens in the retention part.
#[derive(Debug, Clone)]
pub enum Message {
    Months(String),
    SaveMonths,
    /// "Kör gallring…": the dry run starts.
    Plan,
    Planned(Result<Sweep, StoreError>),
    Confirm,
    Cancel,
    Swept(Result<Sweep, StoreError>),
}

impl Retention {
    /// The part with the store's period and last sweep.
    pub fn new(session: &Session) -> Retention {
        Retention {
            months: session.settings.retention.months.to_string(),
            last: session.store.last_sweep().ok().flatten(),
            step: Step::Idle,
            notice: None,
        }
    }

    pub fn update(&mut self, message: Message, session: &mut Session) -> Task<Message> {
        match message {
            Message::Months(v) => self.months = v,
            Message::SaveMonths => self.save_months(session),
            Message::Plan => return self.start(session, true),
            Message::Planned(result) => self.planned(result),
            Message::Confirm => return self.start(session, false),
            Message::Cancel => self.step = Step::Idle,
            Message::Swept(result) => self.swept(result, session),
        }
        Task::none()
    }

    /// Runs the sweep, or its dry run, on a connection of its own.
    fn start(&mut self, session: &Session, dry_run: bool) -> Task<Message> {
        if self.is_busy() || !may_sweep(session) {
            return Task::none();
        }
        self.notice = None;
        self.step = if dry_run {
            Step::Planning
        } else {
            Step::Running
        };
        let reopen = session.reopen();
        job::once(
            move || reopen.open()?.retention_sweep(dry_run),
            move |result| match dry_run {
                true => Message::Planned(result),
                false => Message::Swept(result),
            },
        )
    }

    fn planned(&mut self, result: Result<Sweep, StoreError>) {
        self.step = Step::Idle;
        match result {
            Ok(plan) if plan.cases.is_empty() => {
                self.notice = Some((retention::summary(&LOADER, &plan), false));
            }
            Ok(plan) => self.step = Step::Confirm(plan),
            Err(e) => self.notice = Some((describe::store_error(&LOADER, &e), true)),
        }
    }

    fn swept(&mut self, result: Result<Sweep, StoreError>, session: &Session) {
        self.step = Step::Idle;
        self.notice = Some(match result {
            Ok(done) => {
                self.last = session.store.last_sweep().ok().flatten();
                (retention::summary(&LOADER, &done), false)
            }
            Err(e) => (describe::store_error(&LOADER, &e), true),
        });
    }

    /// Saves the period (administrators: the store refuses anyone else).
    fn save_months(&mut self, session: &mut Session) {
        let Some(months) = parse_retention_months(&self.months) else {
            let input = self.months.clone();
            self.notice = Some((fl!("retention-months-bad", input = input), true));
            return;
        };
        let mut next = session.settings.clone();
        next.retention.months = months;
        self.notice = Some(match session.store.save_settings(&next) {
            Ok(()) => {
                session.settings = next;
                (fl!("retention-months-saved", months = months), false)
            }
            Err(e) => (describe::store_error(&LOADER, &e), true),
        });
    }

    /// True while a dry run or a sweep runs.
    pub fn is_busy(&self) -> bool {
        matches!(self.step, Step::Planning | Step::Running)
    }

    /// Where the sweep is.
    #[cfg(test)]
    pub fn step(&self) -> &Step {
        &self.step
    }

    /// What the last save or sweep said, and whether it failed.
    #[cfg(test)]
    pub fn notice(&self) -> Option<&(String, bool)> {
        self.notice.as_ref()
    }

    pub fn view(&self, session: &Session) -> Element<'_, Message> {
        let mut col = Column::new()
            .spacing(style::space::S)
            .push(
                text(fl!("settings-retention"))
                    .size(style::size::HEADING)
                    .font(style::BOLD),
            )
            .push(
                text(fl!("settings-retention-help"))
                    .size(style::size::SMALL)
                    .style(style::muted),
            )
            .push(self.months_row(session));
        col = col.push(text(self.last_line()).style(style::muted));
        col = match (&self.step, may_sweep(session)) {
            (_, false) => col.push(text(fl!("settings-retention-role")).style(style::muted)),
            (Step::Confirm(plan), true) => col.push(confirmation(plan)),
            (Step::Planning | Step::Running, true) => {
                col.push(text(fl!("settings-retention-running")).style(style::muted))
            }
            (Step::Idle, true) => col.push(
                container(
                    button(text(fl!("settings-retention-run")))
                        .style(style::secondary)
                        .on_press(Message::Plan),
                )
                .id(RUN),
            ),
        };
        match &self.notice {
            Some((words, false)) => col.push(text(words.as_str()).style(style::muted)),
            Some((words, true)) => col.push(text(words.as_str()).style(style::error_text)),
            None => col,
        }
        .into()
    }

    fn months_row(&self, session: &Session) -> Element<'_, Message> {
        let label = text(fl!("settings-retention-months"));
        if !session.may(Role::Admin) {
            let months = session.settings.retention.months;
            return text(fl!("retention-months-show", months = months)).into();
        }
        row![
            label,
            text_input("", &self.months)
                .id(MONTHS)
                .on_input(Message::Months)
                .on_submit(Message::SaveMonths)
                .width(style::dim::NUMBER_FIELD)
                .padding(style::space::S),
            button(text(fl!("action-save")))
                .style(style::secondary)
                .on_press(Message::SaveMonths),
        ]
        .spacing(style::space::S)
        .align_y(Alignment::Center)
        .into()
    }

    fn last_line(&self) -> String {
        match &self.last {
            Some(last) => fl!(
                "settings-retention-last",
                date = last.run_at.date().to_string(),
                cases = last.report.anonymised
            ),
            None => fl!("settings-retention-never"),
        }
    }
}

/// Whether the signed-in officer may run a sweep (the store checks again when it runs).
pub fn may_sweep(session: &Session) -> bool {
    session.may(Role::Admin) || session.may(Role::Manager)
}

/// The dry run's plan, named: how many cases, per year, their numbers, what is kept; then
/// the buttons.
fn confirmation(plan: &Sweep) -> Element<'_, Message> {
    let l = &*LOADER;
    let mut col = Column::new()
        .spacing(style::space::S)
        .push(text(retention::summary(l, plan)).font(style::BOLD))
        .push(
            text(fl!("settings-retention-confirm", cases = plan.cases.len()))
                .style(style::warning_text),
        );
    for line in retention::years(l, plan) {
        col = col.push(text(line));
    }
    let numbers: Vec<String> = plan.cases.iter().map(|c| c.number.to_string()).collect();
    let numbers = fl!("retention-case-numbers", numbers = numbers.join(", "));
    col = col.push(
        // Padded on the right, so that the scroll bar covers no number.
        container(scrollable(
            container(text(numbers).size(style::size::SMALL)).padding([0.0, style::space::L]),
        ))
        .max_height(120.0)
        .width(Length::Fill),
    );
    let held = retention::held(l, plan);
    if !held.is_empty() {
        col = col.push(text(l.get("retention-held-heading")).style(style::muted));
        let lines = held.into_iter().fold(Column::new(), |c, line| {
            c.push(text(line).size(style::size::SMALL).style(style::muted))
        });
        let lines = container(lines).padding([0.0, style::space::L]);
        col = col.push(
            container(scrollable(lines))
                .max_height(120.0)
                .width(Length::Fill),
        );
    }
    col.push(
        row![
            container(
                button(text(fl!("settings-retention-confirm-run")))
                    .style(iced::widget::button::danger)
                    .on_press(Message::Confirm)
            )
            .id(CONFIRM),
            button(text(fl!("action-cancel")))
                .style(style::secondary)
                .on_press(Message::Cancel),
        ]
        .spacing(style::space::M),
    )
    .padding(style::space::M)
    .into()
}
