//! Erasing the person from the person view: first a dry run, whose confirmation names each case
//! and what it would lose, and each case a legal hold keeps with its reason; then the letter to
//! the person is saved where the officer chooses and the cases no hold keeps are erased, as a
//! background job (it rewrites the file). When every case is held, the letter is the refusal,
//! kept in the newest case.

use std::path::PathBuf;

use iced::Task;
use iced::widget::{Column, button, column, container, row, text, text_input};
use iced::{Alignment, Element, Length};

use crate::describe;
use crate::ui::{Session, job, style};
use klagomal_core::fl;
use klagomal_core::i18n::LOADER;
use klagomal_core::letters::gdpr::answer::{self, AnswerError, ErasureAnswer};
use klagomal_core::store::{CaseErasure, Erasure, StoreError, write_atomically};

/// The button that confirms the erasure.
pub const CONFIRM: &str = "person-erase-confirm";

/// The field for where the letter is saved.
pub const LETTER_PATH: &str = "person-erase-letter-path";

/// The dialog's state.
#[derive(Debug)]
pub struct Dialog {
    /// The identifier searched for: the erasure acts on what it finds.
    query: String,
    /// Where the letter to the person is saved.
    path: String,
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
    Done(Box<ErasureAnswer>, String),
}

/// What happens in the dialog.
#[derive(Debug, Clone)]
pub enum Message {
    /// The dry run's answer.
    Planned(Result<Erasure, StoreError>),
    /// The letter's path, typed.
    Path(String),
    /// Choose the letter's file in a dialog, then go on.
    SaveAs,
    Chosen(Option<PathBuf>),
    Confirm,
    Erased(Result<Box<ErasureAnswer>, AnswerError>),
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
        let name = format!(
            "{}_{}.pdf",
            fl!("person-erase-letter-name"),
            session.store.today()
        );
        let path = klagomal_core::paths::documents_dir()
            .map(|d| d.join(&name))
            .unwrap_or_else(|| PathBuf::from(&name));
        let dialog = Dialog {
            query,
            path: path.display().to_string(),
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
            Phase::Confirm(p) | Phase::Erasing(p) => Some(p),
            Phase::Done(done, _) => Some(&done.erasure),
        }
    }

    /// True once the erasure is done.
    #[cfg(test)]
    pub fn is_done(&self) -> bool {
        matches!(self.phase, Phase::Done(..))
    }

    /// The answer, once the erasure (or refusal) is done.
    #[cfg(test)]
    pub fn answer(&self) -> Option<&ErasureAnswer> {
        match &self.phase {
            Phase::Done(done, _) => Some(done),
            _ => None,
        }
    }

    /// What went wrong, translated.
    #[cfg(test)]
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    pub fn update(&mut self, message: Message, session: &Session) -> Effect {
        match message {
            Message::Planned(Ok(plan)) => self.phase = Phase::Confirm(plan),
            Message::Planned(Err(e)) => self.notice = Some(describe::store_error(&LOADER, &e)),
            Message::Erased(Err(e)) => {
                if let Phase::Erasing(plan) = std::mem::replace(&mut self.phase, Phase::Planning) {
                    self.phase = Phase::Confirm(plan);
                }
                self.notice = Some(describe::answer_error(&LOADER, &e));
            }
            Message::Path(p) => self.path = p,
            Message::SaveAs => {
                return Effect::Run(Task::perform(
                    crate::ui::files::save_as_typed(self.path.clone(), ("PDF", &["pdf"])),
                    Message::Chosen,
                ));
            }
            Message::Chosen(Some(path)) => {
                self.path = path.display().to_string();
                return self.start(session);
            }
            // No file dialog on this system, or cancelled: the path field stays.
            Message::Chosen(None) => self.notice = Some(fl!("person-erase-no-dialog")),
            Message::Confirm => return self.start(session),
            Message::Erased(Ok(done)) => {
                let path = self.path.trim().to_owned();
                self.phase = Phase::Done(done, path);
                return Effect::Erased;
            }
            Message::Close if matches!(self.phase, Phase::Erasing(_)) => {}
            Message::Close => return Effect::Close,
        }
        Effect::None
    }

    /// Saves the letter, then erases what no hold keeps (or keeps the refusal), as a background
    /// job with its own connection; only from a plan with cases.
    fn start(&mut self, session: &Session) -> Effect {
        if self.path.trim().is_empty() {
            self.notice = Some(fl!("person-erase-no-path"));
            return Effect::Run(iced::widget::operation::focus(LETTER_PATH));
        }
        let plan = match std::mem::replace(&mut self.phase, Phase::Planning) {
            Phase::Confirm(plan) if !plan.cases.is_empty() => plan,
            other => {
                self.phase = other;
                return Effect::None;
            }
        };
        self.phase = Phase::Erasing(plan);
        self.notice = None;
        let (query, reopen) = (self.query.clone(), session.reopen());
        let out = PathBuf::from(self.path.trim());
        Effect::Run(job::once(
            move || {
                let mut store = reopen.open()?;
                let mut save = |l: &answer::PersonLetter| write_atomically(&out, &l.pdf);
                answer::erase(&mut store, &query, &mut save).map(Box::new)
            },
            Message::Erased,
        ))
    }

    pub fn view(&self) -> Element<'_, Message> {
        let mut col = Column::new()
            .spacing(style::space::M)
            .push(text(fl!("person-erase-title")).size(style::size::HEADING));
        col = match &self.phase {
            Phase::Planning => col.push(text(fl!("person-erase-planning")).style(style::muted)),
            Phase::Confirm(plan) => col.push(confirmation(plan, &self.path)),
            Phase::Erasing(plan) => col
                .push(cases(plan))
                .push(text(fl!("person-erase-running")).style(style::muted)),
            Phase::Done(done, path) => col.push(result(done, path)),
        };
        if let Some(notice) = &self.notice {
            col = col.push(text(notice.as_str()).style(style::error_text));
        }
        // A plan with cases has its own cancel beside the erase button.
        let actionable = matches!(&self.phase, Phase::Confirm(p) if !p.cases.is_empty());
        if !actionable {
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

/// The plan named case by case, the holds with their reasons, where the letter goes, and the
/// button: erase what no hold keeps, or write the refusal when every case is held.
fn confirmation<'a>(plan: &'a Erasure, path: &'a str) -> Element<'a, Message> {
    if plan.cases.is_empty() {
        return text(fl!("person-erase-none")).into();
    }
    let erasable = plan.erased().count();
    let mut col = column![].spacing(style::space::M);
    if erasable > 0 {
        col = col.push(cases(plan));
    }
    if !plan.held.is_empty() {
        let heading = match erasable {
            0 => fl!("person-erase-held"),
            _ => fl!("person-erase-held-some"),
        };
        let mut held = column![text(heading).style(style::danger_text)].spacing(style::space::XS);
        for h in &plan.held {
            held = held.push(text(fl!(
                "person-erase-hold",
                case = h.number.to_string(),
                reason = describe::legal_hold(&LOADER, &h.hold)
            )));
        }
        col = col.push(held);
    }
    let (note, action) = match erasable {
        0 => (
            text(fl!("person-erase-all-held")).style(style::muted),
            fl!("person-erase-refuse"),
        ),
        n => (
            text(fl!("person-erase-warning")).style(style::warning_text),
            fl!("person-erase-confirm", cases = n),
        ),
    };
    let danger = erasable > 0;
    col.push(note)
        .push(
            row![
                text_input(&fl!("person-erase-letter-path"), path)
                    .id(LETTER_PATH)
                    .on_input(Message::Path)
                    .padding(style::space::S)
                    .width(Length::Fill),
                button(text(fl!("person-extract-save-as")))
                    .style(style::secondary)
                    .on_press(Message::SaveAs),
            ]
            .spacing(style::space::S)
            .align_y(Alignment::Center),
        )
        .push(
            row![
                container(
                    button(text(action))
                        .style(if danger {
                            button::danger
                        } else {
                            button::primary
                        })
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

/// What was erased (or that nothing was), where the letter went, and whom to tell.
fn result<'a>(done: &'a ErasureAnswer, path: &str) -> Element<'a, Message> {
    if done.refused {
        return crate::ui::banner(fl!("person-erase-refused", path = path.to_owned()));
    }
    let erased: Vec<&CaseErasure> = done.erasure.erased().collect();
    let mut list = column![crate::ui::banner(fl!(
        "person-erased",
        cases = erased.len()
    ))]
    .spacing(style::space::XS);
    for c in erased {
        list = list.push(text(counts(c)));
    }
    for h in &done.erasure.held {
        list = list.push(text(fl!(
            "person-erase-hold",
            case = h.number.to_string(),
            reason = describe::legal_hold(&LOADER, &h.hold)
        )));
    }
    list = list.push(text(fl!(
        "person-erase-letter-written",
        path = path.to_owned()
    )));
    let names = klagomal_core::letters::gdpr::recipients(&done.recipients, &LOADER);
    if !names.is_empty() {
        list = list.push(
            text(fl!("person-erase-notify", recipients = names.join(", ")))
                .style(style::warning_text),
        );
    }
    list.into()
}

/// Each case and what it loses.
fn cases(plan: &Erasure) -> Element<'_, Message> {
    let mut col =
        column![text(fl!("person-erase-would", cases = plan.erased().count())).font(style::BOLD)]
            .spacing(style::space::XS);
    for c in plan.erased() {
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
