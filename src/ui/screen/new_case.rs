//! A new case for a complaint that came by letter or phone: the case form, saved only when valid.

use iced::widget::{column, container, scrollable, text};
use iced::{Element, Length, Task};

use super::case_form::{self, Form};
use crate::ui::{Session, style};
use klagomal_core::domain::{CaseDraft, CaseId, Channel};
use klagomal_core::fl;
use klagomal_core::store::StoreError;

pub use case_form::FIRST_FIELD;

/// The save button's id.
pub const SAVE: &str = "new-case-save";

/// What the screen holds.
#[derive(Debug)]
pub struct State {
    form: Form,
    refused: bool,
}

/// What happens on the screen.
#[derive(Debug, Clone)]
pub enum Message {
    Form(case_form::Message),
    Save,
    Cancel,
}

/// What the parent does next.
pub enum Action {
    None,
    Run(Task<Message>),
    Saved(CaseId),
    Back,
    Error(StoreError),
}

impl State {
    /// An empty form for a complaint received now by letter.
    pub fn new(session: &Session) -> State {
        let now = session.store.now();
        State {
            form: Form::new(CaseDraft::new(now, Channel::Letter), now.date()),
            refused: false,
        }
    }

    pub fn update(&mut self, message: Message, session: &mut Session) -> Action {
        match message {
            Message::Form(m) => match self.form.update(m) {
                Some(task) => Action::Run(task.map(Message::Form)),
                None => Action::None,
            },
            Message::Save => self.save(session),
            Message::Cancel => Action::Back,
        }
    }

    /// Registers the case, with the power of attorney's file when one was chosen, in one go.
    fn save(&mut self, session: &mut Session) -> Action {
        let (Ok(details), Ok(document)) = (self.form.submit(), self.form.document(session)) else {
            self.refused = true;
            return Action::None;
        };
        let saved =
            session
                .store
                .save_case_with_power_of_attorney(None, details, document.as_ref());
        match saved {
            Ok(case) => Action::Saved(case.id),
            Err(e) => Action::Error(e),
        }
    }

    /// True when the form holds text that is not saved.
    pub fn is_dirty(&self) -> bool {
        self.form.is_dirty()
    }

    /// The form, for tests.
    pub fn form(&self) -> &Form {
        &self.form
    }

    /// Draws the screen: a bar with the title and the actions stays on top; the form scrolls.
    pub fn view(&self, _session: &Session) -> Element<'_, Message> {
        let bar = crate::ui::action_bar(
            Message::Cancel,
            fl!("new-case-title"),
            (fl!("action-save"), Message::Save, SAVE),
        );
        let mut top = column![bar].spacing(style::space::S);
        if self.refused && !self.form.problems().is_empty() {
            top = top.push(text(fl!("new-case-refused")).style(style::error_text));
        }
        let form = container(self.form.view().map(Message::Form))
            .padding(style::space::L)
            .center_x(Length::Fill);
        column![
            container(top).padding([style::space::M, style::space::L]),
            scrollable(form).height(Length::Fill)
        ]
        .into()
    }
}
