//! The desktop window: the only place that knows iced or rfd. `App` owns the unlocked store and
//! the current screen; screens return an `Action` and only `App` changes the screen.

mod choice;
pub mod files;
mod handoff;
mod keys;
pub mod screen;
pub mod style;
#[cfg(test)]
mod testing;
mod view;
mod widgets;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use iced::keyboard;
use iced::{Subscription, Task, event, mouse};

use crate::domain::{CaseId, Language, Officer, Settings};
use crate::fl;
use crate::i18n;
use crate::store::{Store, StoreError};

pub use choice::Choice;
pub use handoff::Handoff;
pub use keys::Shortcut;
use keys::shortcut;
use screen::{case, first_run, import, inbox, new_case, settings, unlock};
pub use widgets::{action_bar, letter_choices, progress};

/// What the window opens on.
#[derive(Debug, Clone)]
pub struct Options {
    /// The store file.
    pub store: PathBuf,
    /// Shown on the unlock screen of a demo store.
    pub demo_passphrase: Option<String>,
}

/// Opens the window and runs until it is closed.
pub fn run(options: Options) -> iced::Result {
    iced::application(move || App::new(options.clone()), App::update, App::view)
        .title(App::title)
        .theme(|_: &App| style::theme())
        .subscription(App::subscription)
        .window_size((1280.0, 800.0))
        .font(style::FONT_FILES[0])
        .font(style::FONT_FILES[1])
        .default_font(style::FONT)
        .run()
}

/// The unlocked store and what every screen needs to know about it.
pub struct Session {
    /// The open store; dropping it closes the connection and forgets the key.
    pub store: Store,
    /// The store's settings, kept current by the settings screen.
    pub settings: Settings,
    /// Everyone a case can be assigned to.
    pub officers: Vec<Officer>,
    /// Kept while unlocked so that background work (an import) can open its own connection;
    /// dropped, and wiped, when the app locks.
    passphrase: zeroize::Zeroizing<String>,
}

impl Session {
    /// Wraps a freshly opened store.
    pub fn new(
        store: Store,
        passphrase: zeroize::Zeroizing<String>,
    ) -> Result<Session, StoreError> {
        Ok(Session {
            passphrase,
            settings: store.settings()?,
            officers: store.officers()?,
            store,
        })
    }

    /// A second connection to the same store, for work off the UI thread.
    pub fn open_again(&self) -> Result<Store, StoreError> {
        let mut store = Store::open(
            self.store.path(),
            crate::store::Secret::Passphrase(&self.passphrase),
            &crate::store::OpenOptions::default(),
        )?;
        store.set_actor(self.store.actor());
        Ok(store)
    }

    /// An officer's name, or an empty string for an unknown id.
    pub fn officer_name(&self, id: crate::domain::OfficerId) -> String {
        self.officers
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.name.clone())
            .unwrap_or_default()
    }
}

/// The screens. Only one exists at a time, so their differing sizes cost nothing.
#[allow(clippy::large_enum_variant)]
pub enum Screen {
    FirstRun(first_run::State),
    Unlock(unlock::State),
    Inbox(inbox::State),
    NewCase(new_case::State),
    Case(case::State),
    Settings(settings::State),
    Import(import::State),
}

/// Everything that can happen in the window.
#[derive(Debug, Clone)]
pub enum Message {
    FirstRun(first_run::Message),
    Unlock(unlock::Message),
    Inbox(inbox::Message),
    NewCase(new_case::Message),
    Case(case::Message),
    Settings(settings::Message),
    Import(import::Message),
    /// A file was dropped on the window.
    FileDropped(std::path::PathBuf),
    /// No more files have been dropped for a moment: import the ones that were.
    DropSettled,
    /// A key press that no widget took, or a shortcut.
    Key(Shortcut),
    /// Any input at all: resets the auto-lock timer.
    Activity,
    /// The clock, for the auto-lock.
    Tick,
    Lock,
    OpenSettings,
    DismissError,
}

/// The application.
pub struct App {
    options: Options,
    session: Option<Session>,
    screen: Screen,
    /// A form with unsaved text, kept in memory across a lock and given back after unlocking.
    stash: Option<Screen>,
    /// The inbox while a case is open, so that going back finds it as it was.
    parked_inbox: Option<inbox::State>,
    /// Files dropped on the window, waiting to be imported together.
    dropped: Vec<std::path::PathBuf>,
    last_input: Instant,
    error: Option<String>,
}

impl App {
    fn new(options: Options) -> (App, Task<Message>) {
        i18n::select(remembered_language());
        let screen = if options.store.exists() {
            Screen::Unlock(unlock::State::new(options.demo_passphrase.clone()))
        } else {
            Screen::FirstRun(first_run::State::default())
        };
        let app = App {
            options,
            session: None,
            screen,
            stash: None,
            parked_inbox: None,
            dropped: Vec::new(),
            last_input: Instant::now(),
            error: None,
        };
        let focus = app.focus_first_field();
        (app, focus)
    }

    fn title(&self) -> String {
        let file = self
            .options
            .store
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        match &self.screen {
            Screen::Case(c) => fl!("window-title-case", case = c.number(), store = file),
            _ => fl!("window-title", store = file),
        }
    }

    fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Activity => {
                self.last_input = Instant::now();
                Task::none()
            }
            Message::Tick => self.check_auto_lock(),
            Message::Lock => self.lock(),
            Message::DismissError => {
                self.error = None;
                Task::none()
            }
            Message::OpenSettings => self.open_settings(),
            Message::Key(key) => {
                self.last_input = Instant::now();
                self.on_shortcut(key)
            }
            Message::FileDropped(path) => self.file_dropped(path),
            Message::DropSettled => self.import_dropped(),
            other => self.update_screen(other),
        }
    }

    fn update_screen(&mut self, message: Message) -> Task<Message> {
        match (&mut self.screen, message) {
            (Screen::FirstRun(s), Message::FirstRun(m)) => {
                let action = s.update(m, &self.options.store);
                self.on_first_run(action)
            }
            (Screen::Unlock(s), Message::Unlock(m)) => {
                let action = s.update(m, &self.options.store);
                self.on_unlock(action)
            }
            (Screen::Inbox(s), Message::Inbox(m)) => match self.session.as_mut() {
                Some(session) => {
                    let action = s.update(m, session);
                    self.on_inbox(action)
                }
                None => Task::none(),
            },
            (Screen::NewCase(s), Message::NewCase(m)) => match self.session.as_mut() {
                Some(session) => {
                    let action = s.update(m, session);
                    self.on_new_case(action)
                }
                None => Task::none(),
            },
            (Screen::Case(s), Message::Case(m)) => match self.session.as_mut() {
                Some(session) => {
                    let action = s.update(m, session);
                    self.on_case(action)
                }
                None => Task::none(),
            },
            (Screen::Import(s), Message::Import(m)) => match self.session.as_ref() {
                Some(session) => match s.update(m, session) {
                    import::Action::None => Task::none(),
                    import::Action::Run(task) => task.map(Message::Import),
                    import::Action::Back => self.open_inbox(),
                },
                None => Task::none(),
            },
            (Screen::Settings(s), Message::Settings(m)) => match self.session.as_mut() {
                Some(session) => {
                    let action = s.update(m, session);
                    self.on_settings(action)
                }
                None => Task::none(),
            },
            // A message for a screen that is no longer shown (a late task result): ignore it.
            _ => Task::none(),
        }
    }

    fn on_first_run(&mut self, action: first_run::Action) -> Task<Message> {
        match action {
            first_run::Action::None => Task::none(),
            first_run::Action::Run(task) => task.map(Message::FirstRun),
            first_run::Action::Created(session) => self.enter(*session),
        }
    }

    fn on_unlock(&mut self, action: unlock::Action) -> Task<Message> {
        match action {
            unlock::Action::None => Task::none(),
            unlock::Action::Run(task) => task.map(Message::Unlock),
            unlock::Action::Unlocked(session) => self.enter(*session),
        }
    }

    fn on_inbox(&mut self, action: inbox::Action) -> Task<Message> {
        match action {
            inbox::Action::None => Task::none(),
            inbox::Action::Run(task) => task.map(Message::Inbox),
            inbox::Action::OpenCase(id) => self.open_case(id),
            inbox::Action::NewCase => self.new_case(),
            inbox::Action::Import => {
                self.screen = Screen::Import(import::State::new());
                Task::none()
            }
            inbox::Action::Error(e) => self.show_error(&e),
        }
    }

    fn on_new_case(&mut self, action: new_case::Action) -> Task<Message> {
        match action {
            new_case::Action::None => Task::none(),
            new_case::Action::Run(task) => task.map(Message::NewCase),
            new_case::Action::Saved(id) => self.open_case(id),
            new_case::Action::Back => self.open_inbox(),
            new_case::Action::Error(e) => self.show_error(&e),
        }
    }

    fn on_case(&mut self, action: case::Action) -> Task<Message> {
        match action {
            case::Action::None => Task::none(),
            case::Action::Run(task) => task.map(Message::Case),
            case::Action::Back => self.open_inbox(),
            case::Action::Error(e) => self.show_error(&e),
            case::Action::Notice(text) => {
                self.error = Some(text);
                Task::none()
            }
        }
    }

    fn on_settings(&mut self, action: settings::Action) -> Task<Message> {
        match action {
            settings::Action::None => Task::none(),
            settings::Action::Run(task) => task.map(Message::Settings),
            settings::Action::Back => self.open_inbox(),
            settings::Action::Error(e) => self.show_error(&e),
        }
    }

    /// After unlocking or creating: the form kept across a lock, or the inbox.
    fn enter(&mut self, session: Session) -> Task<Message> {
        i18n::select(session.settings.language);
        remember_language(session.settings.language);
        self.session = Some(session);
        self.last_input = Instant::now();
        match self.stash.take() {
            Some(Screen::Case(mut case)) => {
                // The case may have changed elsewhere while locked; the unsaved draft stays.
                if let Some(Err(e)) = self.session.as_ref().map(|s| case.refresh(s)) {
                    return self.show_error(&e);
                }
                self.screen = Screen::Case(case);
                Task::none()
            }
            Some(screen) => {
                self.screen = screen;
                Task::none()
            }
            None => self.open_inbox(),
        }
    }

    /// The inbox as the officer left it, refreshed; a new one the first time.
    fn open_inbox(&mut self) -> Task<Message> {
        let Some(session) = self.session.as_mut() else {
            return Task::none();
        };
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

    fn open_case(&mut self, id: CaseId) -> Task<Message> {
        let Some(session) = self.session.as_mut() else {
            return Task::none();
        };
        match case::State::new(id, session) {
            Ok(state) => {
                if let Screen::Inbox(inbox) =
                    std::mem::replace(&mut self.screen, Screen::Case(state))
                {
                    self.parked_inbox = Some(inbox);
                }
                Task::none()
            }
            Err(e) => self.show_error(&e),
        }
    }

    fn new_case(&mut self) -> Task<Message> {
        let Some(session) = self.session.as_ref() else {
            return Task::none();
        };
        self.screen = Screen::NewCase(new_case::State::new(session));
        iced::widget::operation::focus(new_case::FIRST_FIELD)
    }

    fn open_settings(&mut self) -> Task<Message> {
        if let Some(session) = self.session.as_ref() {
            self.screen = Screen::Settings(settings::State::new(session));
        }
        Task::none()
    }

    /// Files dropped on the window are gathered for a moment (one event arrives per file), then
    /// imported together.
    fn file_dropped(&mut self, path: std::path::PathBuf) -> Task<Message> {
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

    fn import_dropped(&mut self) -> Task<Message> {
        let paths = std::mem::take(&mut self.dropped);
        let Some(session) = self.session.as_ref() else {
            return Task::none();
        };
        if !matches!(self.screen, Screen::Import(_)) {
            self.screen = Screen::Import(import::State::new());
        }
        match &mut self.screen {
            Screen::Import(s) => match s.start(paths, session) {
                import::Action::Run(task) => task.map(Message::Import),
                _ => Task::none(),
            },
            _ => Task::none(),
        }
    }

    fn show_error(&mut self, e: &StoreError) -> Task<Message> {
        self.error = Some(i18n::describe_store_error(e));
        Task::none()
    }

    /// Closes the store and drops the key; a form with unsaved text is kept in memory.
    fn lock(&mut self) -> Task<Message> {
        if self.session.is_none() {
            return Task::none();
        }
        let previous = std::mem::replace(
            &mut self.screen,
            Screen::Unlock(unlock::State::new(self.options.demo_passphrase.clone())),
        );
        self.stash = match previous {
            Screen::NewCase(s) if s.is_dirty() => Some(Screen::NewCase(s)),
            Screen::Case(s) if s.has_draft() => Some(Screen::Case(s)),
            _ => None,
        };
        self.session = None;
        self.parked_inbox = None;
        self.dropped.clear();
        self.error = None;
        crate::paths::clear_viewer_dir();
        self.focus_first_field()
    }

    fn check_auto_lock(&mut self) -> Task<Message> {
        let Some(session) = self.session.as_ref() else {
            return Task::none();
        };
        let minutes = u64::from(session.settings.auto_lock_minutes);
        if minutes > 0 && self.last_input.elapsed() >= Duration::from_secs(minutes * 60) {
            return self.lock();
        }
        Task::none()
    }

    fn on_shortcut(&mut self, key: Shortcut) -> Task<Message> {
        match (key, &mut self.screen) {
            (Shortcut::FocusNext, _) => iced::widget::operation::focus_next(),
            (Shortcut::FocusPrevious, _) => iced::widget::operation::focus_previous(),
            (Shortcut::Lock, _) => self.lock(),
            (Shortcut::NewCase, Screen::Inbox(_) | Screen::Case(_)) => self.new_case(),
            (_, Screen::Inbox(_)) => {
                self.update_screen(Message::Inbox(inbox::Message::Shortcut(key)))
            }
            (Shortcut::Escape, Screen::Case(_)) => self.open_inbox(),
            (Shortcut::Escape, Screen::NewCase(_)) => {
                self.update_screen(Message::NewCase(new_case::Message::Cancel))
            }
            (Shortcut::Escape, Screen::Settings(_)) => self.open_inbox(),
            (Shortcut::Escape, Screen::Import(_)) => {
                self.update_screen(Message::Import(import::Message::Back))
            }
            _ => Task::none(),
        }
    }

    fn focus_first_field(&self) -> Task<Message> {
        match &self.screen {
            Screen::Unlock(_) => iced::widget::operation::focus(unlock::PASSPHRASE),
            Screen::FirstRun(_) => iced::widget::operation::focus(first_run::PASSPHRASE),
            _ => Task::none(),
        }
    }

    fn subscription(&self) -> Subscription<Message> {
        let input = event::listen_with(|event, status, _window| match event {
            iced::Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) => Some(
                shortcut(&key, modifiers, status == event::Status::Captured)
                    .map_or(Message::Activity, Message::Key),
            ),
            iced::Event::Mouse(
                mouse::Event::ButtonPressed(_) | mouse::Event::WheelScrolled { .. },
            ) => Some(Message::Activity),
            _ => None,
        });
        match self.session {
            Some(_) => Subscription::batch([
                input,
                iced::time::every(Duration::from_secs(10)).map(|_| Message::Tick),
            ]),
            None => input,
        }
    }
}

/// Writes a file for the system's viewer and opens it there. `None` when it opened; otherwise
/// what to tell the officer (no viewer: where the file was saved; or why it could not be written).
pub fn show_in_viewer(name: &str, bytes: &[u8]) -> Option<String> {
    match crate::paths::write_for_viewer(name, bytes) {
        Ok(path) => open::that_detached(&path)
            .err()
            .map(|_| fl!("case-no-viewer", path = path.display().to_string())),
        Err(e) => Some(i18n::describe_store_error(&StoreError::from(e))),
    }
}

/// The interface language chosen last time, kept outside the store so the unlock screen can use it.
fn remembered_language() -> Language {
    crate::paths::read_ui_language().unwrap_or_else(i18n::system_language)
}

fn remember_language(language: Language) {
    // Losing the remembered language only means the next unlock screen uses the system's.
    let _ = crate::paths::write_ui_language(language);
}

#[cfg(test)]
mod tests;
