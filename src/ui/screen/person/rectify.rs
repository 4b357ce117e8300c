//! Rectifying a detail of the person (Art. 16) from the person view: which detail, the right
//! value, why; the value is checked as the case form checks it, every case of the person is
//! rectified with the old value kept in its history, and the confirmation letter is kept on the
//! newest changed case, to open and send.

use iced::Task;
use iced::widget::{Column, button, column, container, pick_list, row, text, text_input};
use iced::{Alignment, Element, Length};

use crate::describe;
use crate::ui::{Session, job, style};
use klagomal_core::domain::{Correction, RectifiedField};
use klagomal_core::fl;
use klagomal_core::i18n::{LOADER, label};
use klagomal_core::letters::gdpr::answer::{self, AnswerError, RectificationAnswer};
use klagomal_core::letters::gdpr::recipients;

/// The field for the right value.
pub const VALUE: &str = "person-rectify-value";

/// A detail as the pick list shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice(pub RectifiedField);

impl std::fmt::Display for Choice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&label("rectified-field", self.0.code()))
    }
}

/// The dialog's state.
#[derive(Debug)]
pub struct Dialog {
    /// The identifier searched for: the rectification acts on what it finds.
    query: String,
    field: RectifiedField,
    value: String,
    reason: String,
    running: bool,
    done: Option<Box<RectificationAnswer>>,
    notice: Option<String>,
}

/// What happens in the dialog.
#[derive(Debug, Clone)]
pub enum Message {
    Field(Choice),
    Value(String),
    Reason(String),
    Rectify,
    Done(Result<Box<RectificationAnswer>, AnswerError>),
    ShowLetter,
    Close,
}

/// What the person view does next.
pub enum Effect {
    None,
    Run(Task<Message>),
    /// The person was rectified: read the cases again.
    Rectified,
    Close,
}

impl Dialog {
    /// Opens the dialog for the person `query` (an identifier) found.
    pub fn new(query: String) -> (Dialog, Task<Message>) {
        let dialog = Dialog {
            query,
            field: RectifiedField::Address,
            value: String::new(),
            reason: String::new(),
            running: false,
            done: None,
            notice: None,
        };
        (dialog, iced::widget::operation::focus(VALUE))
    }

    /// The answer, once done.
    #[cfg(test)]
    pub fn answer(&self) -> Option<&RectificationAnswer> {
        self.done.as_deref()
    }

    /// What went wrong, translated.
    #[cfg(test)]
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    pub fn update(&mut self, message: Message, session: &Session) -> Effect {
        match message {
            Message::Field(Choice(field)) => self.field = field,
            Message::Value(v) => self.value = v,
            Message::Reason(r) => self.reason = r,
            Message::Rectify => return self.start(session),
            Message::Done(Ok(done)) => {
                self.running = false;
                self.done = Some(done);
                return Effect::Rectified;
            }
            Message::Done(Err(e)) => {
                self.running = false;
                self.notice = Some(describe::answer_error(&LOADER, &e));
            }
            Message::ShowLetter => {
                if let Some(done) = &self.done {
                    let name = format!("{}.pdf", fl!("person-rectify-letter-name"));
                    self.notice = crate::ui::show_in_viewer(&name, &done.letter.pdf);
                }
            }
            Message::Close if self.running => {}
            Message::Close => return Effect::Close,
        }
        Effect::None
    }

    /// Checks the value here (so a mistake is named at once) and rectifies as a background job.
    fn start(&mut self, session: &Session) -> Effect {
        if self.running || self.done.is_some() {
            return Effect::None;
        }
        let correction = match Correction::parse(self.field, &self.value, session.store.today()) {
            Ok(c) => c,
            Err(problem) => {
                self.notice = Some(describe::correction_problem(&LOADER, &problem));
                return Effect::Run(iced::widget::operation::focus(VALUE));
            }
        };
        self.running = true;
        self.notice = None;
        let (query, reason, reopen) = (self.query.clone(), self.reason.clone(), session.reopen());
        Effect::Run(job::once(
            move || {
                let mut store = reopen.open()?;
                answer::rectify(&mut store, &query, &correction, &reason).map(Box::new)
            },
            Message::Done,
        ))
    }

    pub fn view(&self) -> Element<'_, Message> {
        let mut col = Column::new()
            .spacing(style::space::M)
            .push(text(fl!("person-rectify-title")).size(style::size::HEADING));
        match &self.done {
            Some(done) => col = col.push(result(done)),
            None => col = col.push(self.form()),
        }
        if let Some(notice) = &self.notice {
            col = col.push(text(notice.as_str()).style(style::error_text));
        }
        container(col)
            .padding(style::space::M)
            .width(Length::Fill)
            .style(style::card)
            .into()
    }

    fn form(&self) -> Element<'_, Message> {
        let choices: Vec<Choice> = RectifiedField::ALL.iter().copied().map(Choice).collect();
        let hint = match self.field {
            RectifiedField::Address => fl!("person-rectify-address-hint"),
            RectifiedField::Email | RectifiedField::Phone => fl!("person-rectify-remove-hint"),
            _ => String::new(),
        };
        let mut col = column![
            text(fl!("person-rectify-help")),
            row![
                pick_list(choices, Some(Choice(self.field)), Message::Field),
                text_input(&fl!("person-rectify-value"), &self.value)
                    .id(VALUE)
                    .on_input(Message::Value)
                    .on_submit(Message::Rectify)
                    .padding(style::space::S)
                    .width(Length::Fill),
            ]
            .spacing(style::space::S)
            .align_y(Alignment::Center),
        ]
        .spacing(style::space::S);
        if !hint.is_empty() {
            col = col.push(text(hint).size(style::size::SMALL).style(style::muted));
        }
        let running = self.running;
        col.push(
            text_input(&fl!("person-rectify-reason"), &self.reason)
                .on_input(Message::Reason)
                .padding(style::space::S),
        )
        .push(
            row![
                button(text(fl!("person-rectify-confirm")))
                    .on_press_maybe((!running).then_some(Message::Rectify)),
                button(text(fl!("action-cancel")))
                    .style(style::secondary)
                    .on_press_maybe((!running).then_some(Message::Close)),
            ]
            .spacing(style::space::S),
        )
        .into()
    }
}

/// Which cases changed, the letter kept, and whom to tell.
fn result(done: &RectificationAnswer) -> Element<'_, Message> {
    let r = &done.rectified;
    let numbers: Vec<String> = r.changed.iter().map(|(_, n)| n.to_string()).collect();
    let value = match r.value.is_empty() {
        true => "–".to_owned(),
        false => r.value.clone(),
    };
    let mut col = column![crate::ui::banner(fl!(
        "cli-person-rectified",
        cases = numbers.len(),
        numbers = numbers.join(", "),
        field = label("rectified-field", r.field.code()),
        value = value
    ))]
    .spacing(style::space::S)
    .push(text(fl!("person-rectify-letter-kept")));
    let names = recipients(&done.recipients, &LOADER);
    if !names.is_empty() {
        col = col.push(
            text(fl!("person-erase-notify", recipients = names.join(", ")))
                .style(style::warning_text),
        );
    }
    col.push(
        row![
            button(text(fl!("person-rectify-show-letter"))).on_press(Message::ShowLetter),
            button(text(fl!("action-dismiss")))
                .style(style::secondary)
                .on_press(Message::Close),
        ]
        .spacing(style::space::S),
    )
    .into()
}
