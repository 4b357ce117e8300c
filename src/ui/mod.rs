//! The desktop window: the only place that knows iced or rfd. `App` owns the unlocked store and
//! the current screen; screens return an `Action` and only `App` changes the screen.

mod backup;
mod choice;
pub mod files;
mod handoff;
pub mod job;
mod keys;
mod navigate;
pub mod screen;
mod session;
pub mod style;
#[cfg(test)]
mod testing;
mod view;
mod widgets;

use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use iced::keyboard;
use iced::{Subscription, Task, event, mouse};

use crate::describe;
use klagomal_core::domain::Language;
use klagomal_core::fl;
use klagomal_core::i18n::{self, LOADER};
use klagomal_core::store::StoreError;

pub use choice::Choice;
pub use handoff::Handoff;
pub use keys::Shortcut;
use keys::shortcut;
pub use klagomal_core::store::Reopener as Reopen;
use screen::{case, first_run, import, inbox, new_case, person, settings, unlock};
pub use session::Session;
pub use widgets::{BACK, action_bar, back, banner, letter_choices, progress};

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
        .exit_on_close_request(false)
        .font(style::FONT_FILES[0])
        .font(style::FONT_FILES[1])
        .default_font(style::FONT)
        .run()
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
    Person(person::State),
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
    Person(person::Message),
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
    /// To the person view (the data subject's rights), with nothing searched yet.
    OpenPeople,
    DismissError,
    /// A backup the window made by itself finished.
    BackedUp(backup::Outcome),
    /// The officer closes the window: a last backup first.
    CloseRequested,
}

/// The window: the options it was started with and, once unlocked, the session on the store.
pub struct App {
    options: Options,
    session: Option<Session>,
    screen: Screen,
    /// A form with unsaved text, kept in memory across a lock and given back after unlocking.
    stash: Option<Screen>,
    /// The inbox while another screen is shown, so that going back finds it as it was.
    parked_inbox: Option<inbox::State>,
    /// The screens the officer left for another (a case, an import summary), most recent last:
    /// "Back" returns to them in turn, then to the inbox.
    trail: Vec<Screen>,
    /// Files dropped on the window, waiting to be imported together.
    dropped: Vec<std::path::PathBuf>,
    /// When the officer last touched the window, by the wall clock: a machine that slept past
    /// the idle limit is locked as it wakes (a monotonic clock stops while it sleeps).
    last_input: SystemTime,
    error: Option<String>,
    /// A backup that finished while the window was locked, for the next session to show.
    pending_backup: Option<backup::Outcome>,
}

impl App {
    fn new(options: Options) -> (App, Task<Message>) {
        i18n::select(remembered_language());
        let screen = if options.store.exists() {
            Screen::Unlock(unlock::State::new(
                &options.store,
                options.demo_passphrase.clone(),
            ))
        } else {
            Screen::FirstRun(first_run::State::default())
        };
        let app = App {
            options,
            session: None,
            screen,
            stash: None,
            parked_inbox: None,
            trail: Vec::new(),
            dropped: Vec::new(),
            last_input: SystemTime::now(),
            error: None,
            pending_backup: None,
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
                self.last_input = SystemTime::now();
                Task::none()
            }
            Message::Tick => {
                let locked = self.check_auto_lock();
                match self.session.is_some() {
                    true => self.back_up(backup::Occasion::Due),
                    false => locked,
                }
            }
            Message::BackedUp(outcome) => self.backed_up(outcome),
            Message::CloseRequested => self.close(),
            Message::Lock => self.lock(),
            Message::DismissError => {
                self.error = None;
                Task::none()
            }
            Message::OpenSettings => self.open_settings(),
            Message::OpenPeople => self.open_person(None),
            Message::Key(key) => {
                self.last_input = SystemTime::now();
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
                Some(session) => {
                    let action = s.update(m, session);
                    self.on_import(action)
                }
                None => Task::none(),
            },
            (Screen::Settings(s), Message::Settings(m)) => match self.session.as_mut() {
                Some(session) => {
                    let action = s.update(m, session);
                    self.on_settings(action)
                }
                None => Task::none(),
            },
            (Screen::Person(s), Message::Person(m)) => match self.session.as_mut() {
                Some(session) => {
                    let action = s.update(m, session);
                    self.on_person(action)
                }
                None => Task::none(),
            },
            // A message for a screen that is no longer shown (a late task result): ignore it.
            _ => Task::none(),
        }
    }

    fn show_error(&mut self, e: &StoreError) -> Task<Message> {
        self.error = Some(describe::store_error(&LOADER, e));
        Task::none()
    }

    /// Closes the store and drops the key; a form with unsaved text is kept in memory.
    fn lock(&mut self) -> Task<Message> {
        if self.session.is_none() {
            return Task::none();
        }
        let previous = std::mem::replace(
            &mut self.screen,
            Screen::Unlock(unlock::State::new(
                &self.options.store,
                self.options.demo_passphrase.clone(),
            )),
        );
        // The backup on locking goes on after the session is gone, on its own connection.
        let backup = self.back_up(backup::Occasion::Lock);
        self.stash = match previous {
            Screen::NewCase(s) if s.is_dirty() => Some(Screen::NewCase(s)),
            Screen::Case(s) if s.has_draft() => Some(Screen::Case(s)),
            _ => None,
        };
        self.session = None;
        self.parked_inbox = None;
        self.trail.clear();
        self.dropped.clear();
        self.error = None;
        klagomal_core::paths::clear_viewer_dir();
        Task::batch([backup, self.focus_first_field()])
    }

    fn check_auto_lock(&mut self) -> Task<Message> {
        let Some(session) = self.session.as_ref() else {
            return Task::none();
        };
        let minutes = u64::from(session.settings.auto_lock_minutes);
        // A clock set back counts as no time passed.
        let idle = self.last_input.elapsed().unwrap_or_default();
        if minutes > 0 && idle >= Duration::from_secs(minutes * 60) {
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
            (Shortcut::Escape, Screen::Case(_)) => self.back(),
            (Shortcut::Escape, Screen::NewCase(_)) => {
                self.update_screen(Message::NewCase(new_case::Message::Cancel))
            }
            (Shortcut::Escape, Screen::Settings(_) | Screen::Person(_)) => self.back(),
            (Shortcut::Escape, Screen::Import(_)) => {
                self.update_screen(Message::Import(import::Message::Back))
            }
            _ => Task::none(),
        }
    }

    fn focus_first_field(&self) -> Task<Message> {
        match &self.screen {
            Screen::Unlock(s) => iced::widget::operation::focus(s.first_field()),
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
            iced::Event::Keyboard(keyboard::Event::ModifiersChanged(m)) => {
                Some(Message::Inbox(inbox::Message::ModifiersChanged(m)))
            }
            _ => None,
        });
        let close = iced::window::close_requests().map(|_| Message::CloseRequested);
        match self.session {
            Some(_) => Subscription::batch([
                input,
                close,
                iced::time::every(Duration::from_secs(10)).map(|_| Message::Tick),
            ]),
            None => Subscription::batch([input, close]),
        }
    }
}

/// Writes a file for the system's viewer and opens it there. `None` when it opened; otherwise
/// what to tell the officer (no viewer: where the file was saved; or why it could not be written).
pub fn show_in_viewer(name: &str, bytes: &[u8]) -> Option<String> {
    match klagomal_core::paths::write_for_viewer(name, bytes) {
        Ok(path) => open::that_detached(&path)
            .err()
            .map(|_| fl!("case-no-viewer", path = path.display().to_string())),
        Err(e) => Some(describe::store_error(&LOADER, &StoreError::from(e))),
    }
}

/// The interface language chosen last time, kept outside the store so the unlock screen can use it.
fn remembered_language() -> Language {
    klagomal_core::paths::read_ui_language().unwrap_or_else(i18n::system_language)
}

fn remember_language(language: Language) {
    // Losing the remembered language only means the next unlock screen uses the system's.
    let _ = klagomal_core::paths::write_ui_language(language);
}

#[cfg(test)]
mod tests;
