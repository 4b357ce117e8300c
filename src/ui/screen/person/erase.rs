//! Erasing the person from the person view: first a dry run, whose confirmation names each case
//! and what it would lose; a legal hold on any case is shown with its reason and leaves no
//! erase button; the erasure itself runs as a background job (it rewrites the file).

use iced::Task;
use iced::widget::{Column, button, column, container, row, text};
use iced::{Element, Length};

use crate::describe;
use crate::ui::{Session, job, style};
use klagomal_core::fl;
use klagomal_core::i18n::LOADER;
use klagomal_core::store::{CaseErasure, Erasure, StoreError};

/// The button that confirms the erasure.
pub const CONFIRM: &str = "person-erase-confirm";

/// The dialog's state.
#[derive(Debug)]
pub struct Dialog {
    /// The identifier searched for: the erasure acts on what it finds.
    query: String,
    phase: Phase,
    notice: Option<String>,
}

#[derive(Debug)]
enum Phase {
    /// The dry run is under way.
    Planning,
    /// The dry run's plan, for the officer to confirm.
    Confirm(Erasure),
    Erasing(Erasure),
    Done(Erasure),
}

/// What happens in the dialog.
#[derive(Debug, Clone)]
pub enum Message {
    /// The dry run's answer.
    Planned(Result<Erasure, StoreError>),
    Confirm,
    Erased(Result<Erasure, StoreError>),
    Close,
}

/// What the person view does next.
pub enum Effect {
    None,
    Run(Task<Message>),
    /// The person was erased: read the cases again.
    Erased,
    Close,
}

impl Dialog {
    /// Opens the dialog and starts the dry run for `query` (an identifier).
    pub fn new(query: String, session: &Session) -> (Dialog, Task<Message>) {
        let (q, reopen) = (query.clone(), session.reopen());
        let task = job::once(
            move || reopen.open()?.erase_person(&q, true),
            Message::Planned,
        );
        let dialog = Dialog {
            query,
            phase: Phase::Planning,
            notice: None,
        };
        (dialog, task)
    }

    /// The plan (a dry run's) or the erasure done, once there is one.
    #[cfg(test)]
    pub fn plan(&self) -> Option<&Erasure> {
        match &self.phase {
            Phase::Planning => None,
            Phase::Confirm(p) | Phase::Erasing(p) | Phase::Done(p) => Some(p),
        }
    }

    /// True once the erasure is done.
    #[cfg(test)]
    pub fn is_done(&self) -> bool {
        matches!(self.phase, Phase::Done(_))
    }

    /// What went wrong, translated.
    #[cfg(test)]
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    pub fn update(&mut self, message: Message, session: &Session) -> Effect {
        match message {
            Message::Planned(Ok(plan)) => self.phase = Phase::Confirm(plan),
            Message::Planned(Err(e)) | Message::Erased(Err(e)) => {
                if let Phase::Erasing(plan) = std::mem::replace(&mut self.phase, Phase::Planning) {
                    self.phase = Phase::Confirm(plan);
                }
                self.notice = Some(describe::store_error(&LOADER, &e));
            }
            Message::Confirm => return self.start(session),
            Message::Erased(Ok(done)) => {
                self.phase = Phase::Done(done);
                return Effect::Erased;
            }
            Message::Close if matches!(self.phase, Phase::Erasing(_)) => {}
            Message::Close => return Effect::Close,
        }
        Effect::None
    }

    /// Erases, as a background job with its own connection; only from a plan without holds.
    fn start(&mut self, session: &Session) -> Effect {
        let plan = match std::mem::replace(&mut self.phase, Phase::Planning) {
            Phase::Confirm(plan) if plan.held.is_empty() && !plan.cases.is_empty() => plan,
            other => {
                self.phase = other;
                return Effect::None;
            }
        };
        self.phase = Phase::Erasing(plan);
        self.notice = None;
        let (query, reopen) = (self.query.clone(), session.reopen());
        Effect::Run(job::once(
            move || reopen.open()?.erase_person(&query, false),
            Message::Erased,
        ))
    }

    pub fn view(&self) -> Element<'_, Message> {
        let mut col = Column::new()
            .spacing(style::space::M)
            .push(text(fl!("person-erase-title")).size(style::size::HEADING));
        col = match &self.phase {
            Phase::Planning => col.push(text(fl!("person-erase-planning")).style(style::muted)),
            Phase::Confirm(plan) => col.push(confirmation(plan)),
            Phase::Erasing(plan) => col
                .push(cases(plan))
                .push(text(fl!("person-erase-running")).style(style::muted)),
            Phase::Done(done) => {
                let mut list = column![crate::ui::banner(fl!(
                    "person-erased",
                    cases = done.cases.len()
                ))]
                .spacing(style::space::XS);
                for c in &done.cases {
                    list = list.push(text(counts(c)));
                }
                col.push(list)
            }
        };
        if let Some(notice) = &self.notice {
            col = col.push(text(notice.as_str()).style(style::error_text));
        }
        // An erasable plan has its own cancel beside the erase button.
        let erasable =
            matches!(&self.phase, Phase::Confirm(p) if p.held.is_empty() && !p.cases.is_empty());
        if !erasable {
            let erasing = matches!(self.phase, Phase::Erasing(_));
            col = col.push(
                button(text(fl!("action-dismiss")))
                    .style(style::secondary)
                    .on_press_maybe((!erasing).then_some(Message::Close)),
            );
        }
        container(col)
            .padding(style::space::M)
            .width(Length::Fill)
            .style(style::card)
            .into()
    }
}

/// The plan named case by case; the holds with their reasons and no erase button, or a
/// warning and the erase button.
fn confirmation(plan: &Erasure) -> Element<'_, Message> {
    if plan.cases.is_empty() {
        return text(fl!("person-erase-none")).into();
    }
    let mut col = column![cases(plan)].spacing(style::space::M);
    if !plan.held.is_empty() {
        let mut held = column![text(fl!("person-erase-held")).style(style::danger_text)]
            .spacing(style::space::XS);
        for h in &plan.held {
            held = held.push(text(fl!(
                "person-erase-hold",
                case = h.number.to_string(),
                reason = describe::legal_hold(&LOADER, &h.hold)
            )));
        }
        return col.push(held).into();
    }
    col = col.push(text(fl!("person-erase-warning")).style(style::warning_text));
    col.push(
        row![
            container(
                button(text(fl!("person-erase-confirm", cases = plan.cases.len())))
                    .style(button::danger)
                    .on_press(Message::Confirm)
            )
            .id(CONFIRM),
            button(text(fl!("action-cancel")))
                .style(style::secondary)
                .on_press(Message::Close),
        ]
        .spacing(style::space::S),
    )
    .into()
}

/// Each case and what it loses.
fn cases(plan: &Erasure) -> Element<'_, Message> {
    let mut col =
        column![text(fl!("person-erase-would", cases = plan.cases.len())).font(style::BOLD)]
            .spacing(style::space::XS);
    for c in &plan.cases {
        col = col.push(text(counts(c)));
    }
    col.into()
}

/// One case's counts in words: `K-2026-00042: 3 meddelanden, 1 bilaga, …`.
pub fn counts(c: &CaseErasure) -> String {
    fl!(
        "person-erase-counts",
        case = c.number.to_string(),
        messages = c.messages,
        attachments = c.attachments,
        notes = c.notes,
        letters = c.letters.saturating_add(c.drafts),
        files = c.case_files,
        representative = u8::from(c.representative)
    )
}
