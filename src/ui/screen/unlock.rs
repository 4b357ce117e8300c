//! The unlock screen: the passphrase opens the store; a wrong one clears the field and says so.

use std::path::Path;

use iced::widget::{button, column, container, text, text_input};
use iced::{Alignment, Element, Length, Task};
use zeroize::Zeroizing;

use super::open_session;
use crate::describe;
use crate::ui::{Handoff, Session, style};
use klagomal_core::fl;
use klagomal_core::i18n::LOADER;
use klagomal_core::store::StoreError;

/// The passphrase field's id.
pub const PASSPHRASE: &str = "unlock-passphrase";
/// The unlock button's id.
pub const SUBMIT: &str = "unlock-submit";

/// What the screen holds.
#[derive(Debug, Default)]
pub struct State {
    passphrase: Zeroizing<String>,
    error: Option<String>,
    busy: bool,
    demo_passphrase: Option<String>,
}

/// What happens on the screen.
#[derive(Debug, Clone)]
pub enum Message {
    PassphraseChanged(String),
    Submit,
    Opened(Result<Handoff<Session>, StoreError>),
}

/// What the parent does next.
pub enum Action {
    None,
    Run(Task<Message>),
    Unlocked(Box<Session>),
}

impl State {
    /// The screen; a demo store shows its passphrase.
    pub fn new(demo_passphrase: Option<String>) -> State {
        State {
            demo_passphrase,
            ..State::default()
        }
    }

    pub fn update(&mut self, message: Message, store: &Path) -> Action {
        match message {
            Message::PassphraseChanged(p) => {
                self.passphrase = Zeroizing::new(p);
                Action::None
            }
            Message::Submit if self.busy || self.passphrase.is_empty() => Action::None,
            Message::Submit => {
                self.busy = true;
                self.error = None;
                let passphrase = Zeroizing::new(std::mem::take(&mut *self.passphrase));
                Action::Run(Task::perform(
                    open_session(store.to_owned(), None, passphrase, false),
                    Message::Opened,
                ))
            }
            Message::Opened(result) => self.opened(result),
        }
    }

    fn opened(&mut self, result: Result<Handoff<Session>, StoreError>) -> Action {
        self.busy = false;
        match result.map(|h| h.take()) {
            Ok(Some(session)) => Action::Unlocked(Box::new(session)),
            Ok(None) => Action::None,
            Err(e) => {
                self.error = Some(describe::store_error(&LOADER, &e));
                self.passphrase = Zeroizing::new(String::new());
                Action::Run(iced::widget::operation::focus(PASSPHRASE))
            }
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let mut input = text_input(&fl!("unlock-passphrase"), &self.passphrase)
            .id(PASSPHRASE)
            .secure(true)
            .padding(style::space::M)
            .size(style::size::BODY);
        let mut submit =
            button(text(fl!("unlock-submit"))).padding([style::space::S, style::space::L]);
        if !self.busy {
            input = input
                .on_input(Message::PassphraseChanged)
                .on_submit(Message::Submit);
            submit = submit.on_press(Message::Submit);
        }
        let mut form = column![
            text(fl!("app-name"))
                .size(style::size::TITLE)
                .font(style::BOLD),
            text(fl!("unlock-intro")).style(style::muted),
            input,
            container(submit).id(SUBMIT),
        ]
        .spacing(style::space::M)
        .width(style::dim::DIALOG_NARROW);
        if self.busy {
            form = form.push(text(fl!("unlock-busy")).style(style::muted));
        }
        if let Some(error) = &self.error {
            form = form.push(text(error).style(style::error_text));
        }
        if let Some(demo) = &self.demo_passphrase {
            form =
                form.push(text(fl!("unlock-demo", passphrase = demo.as_str())).style(style::muted));
        }
        container(container(form).padding(style::space::XL).style(style::card))
            .center(Length::Fill)
            .align_x(Alignment::Center)
            .into()
    }

    /// True while the store is being opened.
    pub fn is_busy(&self) -> bool {
        self.busy
    }

    /// The error shown, if any.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }
}
