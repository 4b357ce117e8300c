//! Acting on what the screens report: which screen comes next, and what it needs to open.

use std::time::{Duration, SystemTime};

use iced::Task;

use super::screen::{case, first_run, import, inbox, new_case, person, settings, unlock};
use super::{App, Message, Screen, Session, backup, remember_language};
use klagomal_core::domain::CaseId;
use klagomal_core::i18n;

/// How many screens "Back" remembers.
const TRAIL: usize = 8;

impl App {
    pub(super) fn on_first_run(&mut self, action: first_run::Action) -> Task<Message> {
        match action {
            first_run::Action::None => Task::none(),
            first_run::Action::Run(task) => task.map(Message::FirstRun),
            first_run::Action::Created(session) => self.enter(*session),
        }
    }

    pub(super) fn on_unlock(&mut self, action: unlock::Action) -> Task<Message> {
        match action {
            unlock::Action::None => Task::none(),
            unlock::Action::Run(task) => task.map(Message::Unlock),
            unlock::Action::Unlocked(session) => self.enter(*session),
        }
    }

    pub(super) fn on_inbox(&mut self, action: inbox::Action) -> Task<Message> {
        match action {
            inbox::Action::None => Task::none(),
            inbox::Action::Run(task) => task.map(Message::Inbox),
            inbox::Action::OpenCase(id) => self.open_case(id),
            inbox::Action::NewCase => self.new_case(),
            inbox::Action::Import => {
                self.show(Screen::Import(import::State::new()));
                Task::none()
            }
            inbox::Action::Settings => self.open_settings(),
            inbox::Action::Retention => self
                .open_settings()
                .chain(iced::widget::operation::snap_to_end(settings::PAGE)),
            inbox::Action::Error(e) => self.show_error(&e),
        }
    }

    pub(super) fn on_new_case(&mut self, action: new_case::Action) -> Task<Message> {
        match action {
            new_case::Action::None => Task::none(),
            new_case::Action::Run(task) => task.map(Message::NewCase),
            new_case::Action::Saved(id) => self.open_case(id),
            new_case::Action::Back => self.back(),
            new_case::Action::Error(e) => self.show_error(&e),
        }
    }

    pub(super) fn on_case(&mut self, action: case::Action) -> Task<Message> {
        match action {
            case::Action::None => Task::none(),
            case::Action::Run(task) => task.map(Message::Case),
            case::Action::Back => self.back(),
            case::Action::Error(e) => self.show_error(&e),
            case::Action::Notice(text) => {
                self.error = Some(text);
                Task::none()
            }
            case::Action::OpenPerson(query) => self.open_person(Some(query)),
        }
    }

    pub(super) fn on_person(&mut self, action: person::Action) -> Task<Message> {
        match action {
            person::Action::None => Task::none(),
            person::Action::Run(task) => task.map(Message::Person),
            person::Action::OpenCase(id) => self.open_case(id),
            person::Action::Back => self.back(),
        }
    }

    /// The person view, searching for `query` at once when it is given (from a case).
    pub(super) fn open_person(&mut self, query: Option<String>) -> Task<Message> {
        let Some(session) = self.session.as_ref() else {
            return Task::none();
        };
        let (state, task) = person::State::new(query, session);
        self.show(Screen::Person(state));
        task.map(Message::Person)
    }

    pub(super) fn on_settings(&mut self, action: settings::Action) -> Task<Message> {
        match action {
            settings::Action::None => Task::none(),
            settings::Action::Run(task) => task.map(Message::Settings),
            settings::Action::Back => self.back(),
            settings::Action::Error(e) => self.show_error(&e),
        }
    }

    /// After unlocking or creating: the form kept across a lock, or the inbox.
    pub(super) fn enter(&mut self, session: Session) -> Task<Message> {
        i18n::select(session.settings.language);
        remember_language(session.settings.language);
        let mut session = session;
        if let Some(outcome) = self.pending_backup.take() {
            backup::apply(&mut session.backup, outcome);
        }
        self.session = Some(session);
        self.last_input = SystemTime::now();
        let due = self.back_up(backup::Occasion::Due);
        // The case may have changed elsewhere while locked; the unsaved draft stays.
        let stashed = self.stash.take();
        Task::batch([due, self.return_to(stashed)])
    }

    pub(super) fn on_import(&mut self, action: import::Action) -> Task<Message> {
        match action {
            import::Action::None => Task::none(),
            import::Action::Run(task) => task.map(Message::Import),
            import::Action::OpenCase(id) => self.open_case(id),
            import::Action::Back => self.back(),
        }
    }

    /// Shows `next`; the screen left behind is kept to come back to: the inbox as it was, a
    /// case or an import summary on the trail "Back" follows.
    fn show(&mut self, next: Screen) {
        match std::mem::replace(&mut self.screen, next) {
            Screen::Inbox(inbox) => self.parked_inbox = Some(inbox),
            previous @ (Screen::Case(_) | Screen::Import(_) | Screen::Person(_)) => {
                if self.trail.len() >= TRAIL {
                    self.trail.remove(0);
                }
                self.trail.push(previous);
            }
            _ => {}
        }
    }

    /// "Back": to the screen the officer came from (a case is read again, as it may have
    /// changed meanwhile); to the inbox when there is none.
    pub(super) fn back(&mut self) -> Task<Message> {
        // A change to the officers hands its connection (after a removal, the only one with the
        // store's new key) back to the settings screen: it is not left before that.
        if matches!(&self.screen, Screen::Settings(s) if s.is_busy()) {
            return Task::none();
        }
        let previous = self.trail.pop();
        self.return_to(previous)
    }

    /// Shows a screen kept from before (a case read again from the store, its unsaved draft
    /// kept), or the inbox when there is none.
    fn return_to(&mut self, screen: Option<Screen>) -> Task<Message> {
        match screen {
            Some(Screen::Case(mut case)) => {
                if let Some(Err(e)) = self.session.as_ref().map(|s| case.refresh(s)) {
                    return self.show_error(&e);
                }
                self.screen = Screen::Case(case);
                Task::none()
            }
            Some(Screen::Person(mut person)) => {
                let task = match self.session.as_ref() {
                    Some(session) => person.refresh(session).map(Message::Person),
                    None => Task::none(),
                };
                self.screen = Screen::Person(person);
                task
            }
            Some(screen) => {
                self.screen = screen;
                Task::none()
            }
            None => self.open_inbox(),
        }
    }

    /// The inbox as the officer left it, refreshed; a new one the first time.
    pub(super) fn open_inbox(&mut self) -> Task<Message> {
        let Some(session) = self.session.as_mut() else {
            return Task::none();
        };
        self.trail.clear();
        let result = match self.parked_inbox.take() {
            Some(mut inbox) => inbox
                .refresh(session)
                .map(|task| (inbox, task.map(Message::Inbox))),
            None => inbox::State::new(session).map(|inbox| (inbox, Task::none())),
        };
        match result {
            Ok((state, task)) => {
                self.screen = Screen::Inbox(state);
                task
            }
            Err(e) => self.show_error(&e),
        }
    }

    pub(super) fn open_case(&mut self, id: CaseId) -> Task<Message> {
        let Some(session) = self.session.as_mut() else {
            return Task::none();
        };
        match case::State::new(id, session) {
            Ok(state) => {
                self.show(Screen::Case(state));
                Task::none()
            }
            Err(e) => self.show_error(&e),
        }
    }

    pub(super) fn new_case(&mut self) -> Task<Message> {
        let Some(session) = self.session.as_ref() else {
            return Task::none();
        };
        let screen = Screen::NewCase(new_case::State::new(session));
        self.show(screen);
        iced::widget::operation::focus(new_case::FIRST_FIELD)
    }

    pub(super) fn open_settings(&mut self) -> Task<Message> {
        if let Some(session) = self.session.as_ref() {
            let screen = Screen::Settings(settings::State::new(session));
            self.show(screen);
        }
        Task::none()
    }

    /// Files dropped on the window are gathered for a moment (one event arrives per file), then
    /// imported together.
    pub(super) fn file_dropped(&mut self, path: std::path::PathBuf) -> Task<Message> {
        if self.session.is_none() {
            return Task::none();
        }
        self.dropped.push(path);
        if self.dropped.len() > 1 {
            return Task::none();
        }
        Task::perform(
            async { tokio::time::sleep(Duration::from_millis(300)).await },
            |()| Message::DropSettled,
        )
    }

    pub(super) fn import_dropped(&mut self) -> Task<Message> {
        let paths = std::mem::take(&mut self.dropped);
        if self.session.is_none() {
            return Task::none();
        }
        if !matches!(self.screen, Screen::Import(_)) {
            self.show(Screen::Import(import::State::new()));
        }
        let Some(session) = self.session.as_ref() else {
            return Task::none();
        };
        match &mut self.screen {
            Screen::Import(s) => match s.start(paths, session) {
                import::Action::Run(task) => task.map(Message::Import),
                _ => Task::none(),
            },
            _ => Task::none(),
        }
    }
}
