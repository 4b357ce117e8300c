//! First run: no store yet. The officer chooses a passphrase (twice, with a strength estimate)
//! and is told plainly that a lost passphrase cannot be recovered.

use std::path::Path;

use iced::widget::{button, column, container, progress_bar, text, text_input};
use iced::{Alignment, Element, Length, Task};
use zeroize::Zeroizing;

use super::open_session;
use crate::describe;
use crate::ui::{Handoff, Session, style};
use klagomal_core::fl;
use klagomal_core::i18n::LOADER;
use klagomal_core::store::StoreError;

/// The first passphrase field's id.
pub const PASSPHRASE: &str = "first-run-passphrase";
/// The repeat field's id.
pub const REPEAT: &str = "first-run-repeat";
/// The create button's id.
pub const CREATE: &str = "first-run-create";

/// The weakest zxcvbn score (0–4) accepted for a passphrase: the store's first, an officer's
/// first, or a new one.
pub const MIN_SCORE: u8 = 3;

/// How hard a passphrase is to guess, 0–4 (zxcvbn), the program's own name counting for nothing.
pub fn score(passphrase: &str) -> u8 {
    u8::from(zxcvbn::zxcvbn(passphrase, &["klagomal", "klagomål"]).score())
}

/// What the screen holds.
#[derive(Debug, Default)]
pub struct State {
    passphrase: Zeroizing<String>,
    repeat: Zeroizing<String>,
    score: u8,
    error: Option<String>,
    busy: bool,
}

/// What happens on the screen.
#[derive(Debug, Clone)]
pub enum Message {
    PassphraseChanged(String),
    RepeatChanged(String),
    Create,
    Created(Result<Handoff<Session>, StoreError>),
}

/// What the parent does next.
pub enum Action {
    None,
    Run(Task<Message>),
    Created(Box<Session>),
}

/// Why the passphrase cannot be used yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    TooWeak,
    Mismatch,
}

impl State {
    pub fn update(&mut self, message: Message, store: &Path) -> Action {
        match message {
            Message::PassphraseChanged(p) => {
                self.score = score(&p);
                self.passphrase = Zeroizing::new(p);
                Action::None
            }
            Message::RepeatChanged(p) => {
                self.repeat = Zeroizing::new(p);
                Action::None
            }
            Message::Create if self.busy || self.refusal().is_some() => Action::None,
            Message::Create => {
                self.busy = true;
                let passphrase = Zeroizing::new(self.passphrase.to_string());
                Action::Run(Task::perform(
                    open_session(store.to_owned(), None, passphrase, true),
                    Message::Created,
                ))
            }
            Message::Created(result) => {
                self.busy = false;
                match result.map(|h| h.take()) {
                    Ok(Some(session)) => Action::Created(Box::new(session)),
                    Ok(None) => Action::None,
                    Err(e) => {
                        self.error = Some(describe::store_error(&LOADER, &e));
                        Action::None
                    }
                }
            }
        }
    }

    /// What keeps the passphrase from being used, if anything.
    pub fn refusal(&self) -> Option<Refusal> {
        if self.score < MIN_SCORE {
            Some(Refusal::TooWeak)
        } else if *self.passphrase != *self.repeat {
            Some(Refusal::Mismatch)
        } else {
            None
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let field = |placeholder: String, value: &str, id: &'static str| {
            text_input(&placeholder, value)
                .id(id)
                .secure(true)
                .padding(style::space::M)
                .size(style::size::BODY)
        };
        let mut first = field(fl!("first-run-passphrase"), &self.passphrase, PASSPHRASE);
        let mut second = field(fl!("first-run-repeat"), &self.repeat, REPEAT);
        let mut create =
            button(text(fl!("first-run-create"))).padding([style::space::S, style::space::L]);
        if !self.busy {
            first = first.on_input(Message::PassphraseChanged);
            second = second
                .on_input(Message::RepeatChanged)
                .on_submit(Message::Create);
            if self.refusal().is_none() {
                create = create.on_press(Message::Create);
            }
        }
        let strength = fl!("first-run-strength", score = self.score.to_string());
        let hint = match (self.passphrase.is_empty(), self.refusal()) {
            (true, _) => fl!("first-run-hint"),
            (false, Some(Refusal::TooWeak)) => fl!("first-run-too-weak"),
            (false, Some(Refusal::Mismatch)) if !self.repeat.is_empty() => {
                fl!("first-run-mismatch")
            }
            (false, Some(Refusal::Mismatch)) => fl!("first-run-repeat-hint"),
            (false, None) => fl!("first-run-ready"),
        };
        let mut form = column![
            text(fl!("first-run-title"))
                .size(style::size::TITLE)
                .font(style::BOLD),
            text(fl!("first-run-intro")),
            container(text(fl!("first-run-warning")))
                .padding(style::space::M)
                .width(Length::Fill)
                .style(style::error_banner),
            first,
            progress_bar(0.0..=4.0, f32::from(self.score)).girth(style::dim::BAR_THIN),
            text(strength).size(style::size::SMALL).style(style::muted),
            second,
            text(hint).size(style::size::SMALL).style(style::muted),
            container(create).id(CREATE),
        ]
        .spacing(style::space::M)
        .width(style::dim::DIALOG);
        if let Some(error) = &self.error {
            form = form.push(text(error).style(style::error_text));
        }
        container(container(form).padding(style::space::XL).style(style::card))
            .center(Length::Fill)
            .align_x(Alignment::Center)
            .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_weak_or_mismatched_passphrase_is_not_accepted() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("ny.db");
        let mut screen = State::default();
        screen.update(Message::PassphraseChanged("abc123".into()), &path);
        screen.update(Message::RepeatChanged("abc123".into()), &path);
        assert_eq!(screen.refusal(), Some(Refusal::TooWeak));
        assert!(matches!(
            screen.update(Message::Create, &path),
            Action::None
        ));
        screen.update(
            Message::PassphraseChanged("fyra ord som inte hör ihop".into()),
            &path,
        );
        assert_eq!(screen.refusal(), Some(Refusal::Mismatch));
        screen.update(
            Message::RepeatChanged("fyra ord som inte hör ihop".into()),
            &path,
        );
        assert_eq!(screen.refusal(), None);
        assert!(matches!(
            screen.update(Message::Create, &path),
            Action::Run(_)
        ));
        assert!(
            matches!(screen.update(Message::Create, &path), Action::None),
            "only once"
        );
        assert!(!path.exists(), "nothing is written until the task runs");
    }
}
