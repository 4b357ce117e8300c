//! The sign-in screen: the officer's name (picked from the slot file's list, or typed) and their
//! passphrase open the store; with one officer it asks for the passphrase alone. A wrong
//! passphrase clears the field and says so.

use std::path::Path;

use iced::widget::{Row, button, column, container, text, text_input};
use iced::{Alignment, Element, Length, Task};
use zeroize::Zeroizing;

use super::open_session;
use crate::describe;
use crate::ui::{Handoff, Session, style};
use klagomal_core::fl;
use klagomal_core::i18n::LOADER;
use klagomal_core::store::StoreError;

/// The name field's id.
pub const OFFICER: &str = "unlock-officer";
/// The passphrase field's id.
pub const PASSPHRASE: &str = "unlock-passphrase";
/// The unlock button's id.
pub const SUBMIT: &str = "unlock-submit";

/// What the screen holds.
#[derive(Debug, Default)]
pub struct State {
    /// The names the slot file offers; a name is asked for when there are several.
    names: Vec<String>,
    officer: String,
    passphrase: Zeroizing<String>,
    error: Option<String>,
    busy: bool,
    demo_passphrase: Option<String>,
}

/// What happens on the screen.
#[derive(Debug, Clone)]
pub enum Message {
    OfficerChanged(String),
    /// A name from the list was clicked.
    OfficerPicked(String),
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
    /// The screen for the store at `store`, offering the names in its slot file; a demo store
    /// shows its passphrase.
    pub fn new(store: &Path, demo_passphrase: Option<String>) -> State {
        State {
            names: klagomal_core::store::officer_names(store),
            demo_passphrase,
            ..State::default()
        }
    }

    pub fn update(&mut self, message: Message, store: &Path) -> Action {
        match message {
            Message::OfficerChanged(name) => {
                self.officer = name;
                Action::None
            }
            Message::OfficerPicked(name) => {
                self.officer = name;
                Action::Run(iced::widget::operation::focus(PASSPHRASE))
            }
            Message::PassphraseChanged(p) => {
                self.passphrase = Zeroizing::new(p);
                Action::None
            }
            Message::Submit if self.busy || self.passphrase.is_empty() => Action::None,
            Message::Submit if self.asks_name() && self.officer.trim().is_empty() => {
                self.error = Some(fl!("unlock-name-needed"));
                Action::Run(iced::widget::operation::focus(OFFICER))
            }
            Message::Submit => self.submit(store),
            Message::Opened(result) => self.opened(result),
        }
    }

    fn submit(&mut self, store: &Path) -> Action {
        self.busy = true;
        self.error = None;
        let passphrase = Zeroizing::new(std::mem::take(&mut *self.passphrase));
        let officer = Some(self.officer.trim().to_owned()).filter(|n| !n.is_empty());
        Action::Run(Task::perform(
            open_session(store.to_owned(), officer, passphrase, false),
            Message::Opened,
        ))
    }

    fn opened(&mut self, result: Result<Handoff<Session>, StoreError>) -> Action {
        self.busy = false;
        match result.map(|h| h.take()) {
            Ok(Some(session)) => Action::Unlocked(Box::new(session)),
            Ok(None) => Action::None,
            Err(e) => {
                self.error = Some(describe::store_error(&LOADER, &e));
                self.passphrase = Zeroizing::new(String::new());
                let field = match e {
                    StoreError::UnknownOfficer | StoreError::OfficerNotGiven => OFFICER,
                    _ => PASSPHRASE,
                };
                Action::Run(iced::widget::operation::focus(field))
            }
        }
    }

    /// True when the officer must say who they are: more than one can sign in.
    pub fn asks_name(&self) -> bool {
        self.names.len() > 1
    }

    /// The field the cursor starts in.
    pub fn first_field(&self) -> &'static str {
        match self.asks_name() {
            true => OFFICER,
            false => PASSPHRASE,
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
        let intro = match self.asks_name() {
            true => fl!("unlock-intro-officers"),
            false => fl!("unlock-intro"),
        };
        let mut form = column![
            text(fl!("app-name"))
                .size(style::size::TITLE)
                .font(style::BOLD),
            text(intro).style(style::muted),
        ]
        .spacing(style::space::M)
        .width(style::dim::DIALOG_NARROW);
        if self.asks_name() {
            form = form.push(self.officer_field());
        }
        form = form.push(input).push(container(submit).id(SUBMIT));
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

    /// The name, typed or picked from the names in the slot file.
    fn officer_field(&self) -> Element<'_, Message> {
        let mut field = text_input(&fl!("unlock-officer"), &self.officer)
            .id(OFFICER)
            .padding(style::space::M)
            .size(style::size::BODY);
        if !self.busy {
            field = field
                .on_input(Message::OfficerChanged)
                .on_submit(Message::OfficerPicked(self.officer.clone()));
        }
        let mut names = Row::new().spacing(style::space::S);
        for name in self.names.iter().filter(|n| !n.trim().is_empty()) {
            let chosen = klagomal_core::domain::name_key(name)
                == klagomal_core::domain::name_key(&self.officer);
            let mut pick = button(text(name.as_str()).size(style::size::SMALL))
                .padding([style::space::XS, style::space::S]);
            pick = match chosen {
                true => pick.style(style::flat(true)),
                false => pick.style(style::secondary),
            };
            if !self.busy {
                pick = pick.on_press(Message::OfficerPicked(name.clone()));
            }
            names = names.push(pick);
        }
        column![field, names.wrap()]
            .spacing(style::space::XS)
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

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use klagomal_core::domain::Role;
    use klagomal_core::store::{NewOfficer, OpenOptions, Secret, Store};

    const EVA: &str = "evas lösenfras för testet";
    const OLLE: &str = "olles lösenfras för testet";

    /// A store two officers can sign in to.
    fn two_officers() -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("two.db");
        let eva = Secret::Officer {
            name: "Eva Berg",
            passphrase: EVA,
        };
        let mut store = Store::create(&path, eva, &OpenOptions::default()).expect("create");
        let roles = BTreeSet::from([Role::Officer]);
        let olle = NewOfficer {
            name: "Olle Ek",
            title: "",
            roles: &roles,
            passphrase: Some(OLLE),
        };
        store.add_officer(olle).expect("add");
        (dir, path)
    }

    fn opened(path: &Path, officer: &str, passphrase: &str) -> Message {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let passphrase = Zeroizing::new(passphrase.to_owned());
        let open = open_session(path.to_owned(), Some(officer.to_owned()), passphrase, false);
        Message::Opened(runtime.block_on(open))
    }

    #[test]
    fn with_several_officers_the_name_comes_first_and_decides_who_signs_in() {
        let (_dir, path) = two_officers();
        let mut screen = State::new(&path, None);
        assert!(screen.asks_name());
        assert_eq!(screen.first_field(), OFFICER);
        screen.update(Message::PassphraseChanged(OLLE.into()), &path);
        screen.update(Message::Submit, &path);
        assert!(!screen.is_busy(), "no name: nothing opened");
        assert!(screen.error().is_some());
        screen.update(Message::OfficerPicked("Olle Ek".into()), &path);
        assert!(matches!(
            screen.update(Message::Submit, &path),
            Action::Run(_)
        ));
        assert!(screen.is_busy());
        match screen.update(opened(&path, "Olle Ek", OLLE), &path) {
            Action::Unlocked(session) => {
                assert_eq!(session.store.signed_in().name, "Olle Ek");
                assert!(!session.may(Role::Admin));
            }
            _ => panic!("not signed in"),
        }
        let refused = screen.update(opened(&path, "Eva Berg", OLLE), &path);
        assert!(matches!(refused, Action::Run(_)));
        assert!(screen.error().is_some() && !screen.is_busy());
    }

    #[test]
    fn with_one_officer_it_asks_for_the_passphrase_alone() {
        let (_dir, session) = crate::ui::testing::session(0);
        let screen = State::new(session.store.path(), None);
        assert!(!screen.asks_name());
        assert_eq!(screen.first_field(), PASSPHRASE);
    }
}
