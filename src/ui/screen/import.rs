//! Importing e-mail files: choose files or a folder (or drop them on the window), watch the
//! progress, cancel if need be, and read the summary. The work runs on its own thread with its
//! own connection to the store; each message is one transaction, so a cancel keeps what was done.

use crate::describe;
use klagomal_core::i18n::LOADER;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use iced::futures::channel::mpsc;
use iced::widget::{Column, button, column, container, row, scrollable, text, text_input};
use iced::{Element, Length, Task};

use crate::ui::{Session, style};
use klagomal_core::fl;
use klagomal_core::intake::import::{Importer, Summary};
use klagomal_core::store::StoreError;

/// The path field's id.
pub const PATH: &str = "import-path";

/// Where the import stands.
#[derive(Debug)]
enum Phase {
    Choosing,
    Running {
        done: usize,
        total: usize,
        cancel: Arc<AtomicBool>,
    },
    Done(Box<Summary>),
}

/// What the screen holds.
#[derive(Debug)]
pub struct State {
    phase: Phase,
    path: String,
    error: Option<String>,
}

/// What happens on the screen.
#[derive(Debug, Clone)]
pub enum Message {
    ChooseFiles,
    ChooseFolder,
    Chosen(Vec<PathBuf>),
    PathChanged(String),
    ImportPath,
    Progress(Event),
    Cancel,
    Back,
}

/// What the import thread reports.
#[derive(Debug, Clone)]
pub enum Event {
    Progress { done: usize, total: usize },
    Finished(Box<Summary>),
    Failed(StoreError),
}

/// What the parent does next.
pub enum Action {
    None,
    Run(Task<Message>),
    Back,
}

impl State {
    /// The screen, waiting for files.
    pub fn new() -> State {
        State {
            phase: Phase::Choosing,
            path: String::new(),
            error: None,
        }
    }

    /// True while messages are being imported.
    pub fn is_running(&self) -> bool {
        matches!(self.phase, Phase::Running { .. })
    }

    /// The summary, once done.
    pub fn summary(&self) -> Option<&Summary> {
        match &self.phase {
            Phase::Done(s) => Some(s),
            _ => None,
        }
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message, session: &Session) -> Action {
        match message {
            Message::ChooseFiles => Action::Run(Task::perform(
                crate::ui::files::pick_mail(false),
                Message::Chosen,
            )),
            Message::ChooseFolder => Action::Run(Task::perform(
                crate::ui::files::pick_mail(true),
                Message::Chosen,
            )),
            Message::Chosen(paths) if paths.is_empty() => Action::None,
            Message::Chosen(paths) => self.start(paths, session),
            Message::PathChanged(p) => {
                self.path = p;
                Action::None
            }
            Message::ImportPath if self.path.trim().is_empty() => Action::None,
            Message::ImportPath => self.start(vec![PathBuf::from(self.path.trim())], session),
            Message::Progress(event) => {
                self.progress(event);
                Action::None
            }
            Message::Cancel => {
                if let Phase::Running { cancel, .. } = &self.phase {
                    cancel.store(true, Ordering::Relaxed);
                }
                Action::None
            }
            Message::Back if self.is_running() => Action::None,
            Message::Back => Action::Back,
        }
    }

    /// Starts importing `paths` on a thread of its own; also used for files dropped on the window.
    pub fn start(&mut self, paths: Vec<PathBuf>, session: &Session) -> Action {
        if self.is_running() {
            return Action::None;
        }
        let store = match session.open_again() {
            Ok(store) => store,
            Err(e) => {
                self.error = Some(describe::store_error(&LOADER, &e));
                return Action::None;
            }
        };
        let cancel = Arc::new(AtomicBool::new(false));
        self.phase = Phase::Running {
            done: 0,
            total: 0,
            cancel: Arc::clone(&cancel),
        };
        self.error = None;
        let (sender, receiver) = mpsc::unbounded();
        std::thread::spawn(move || run(store, paths, &cancel, &sender));
        Action::Run(Task::run(receiver, Message::Progress))
    }

    fn progress(&mut self, event: Event) {
        match event {
            Event::Progress { done, total } => {
                if let Phase::Running {
                    done: d, total: t, ..
                } = &mut self.phase
                {
                    (*d, *t) = (done, total);
                }
            }
            Event::Finished(summary) => self.phase = Phase::Done(summary),
            Event::Failed(e) => {
                self.error = Some(describe::store_error(&LOADER, &e));
                self.phase = Phase::Choosing;
            }
        }
    }

    /// Draws the screen.
    pub fn view(&self) -> Element<'_, Message> {
        let body: Element<'_, Message> = match &self.phase {
            Phase::Choosing => self.choosing(),
            Phase::Running { done, total, .. } => crate::ui::progress(
                *done,
                *total,
                fl!("import-progress", done = done, total = total),
                (fl!("import-cancel"), Message::Cancel),
            ),
            Phase::Done(summary) => done(summary),
        };
        let mut page = column![
            text(fl!("import-title"))
                .size(style::size::TITLE)
                .font(style::BOLD),
            body
        ]
        .spacing(style::space::L)
        .padding(style::space::L)
        .max_width(style::FORM_WIDTH);
        if let Some(error) = &self.error {
            page = page.push(text(error.as_str()).style(style::error_text));
        }
        scrollable(container(page).center_x(Length::Fill))
            .height(Length::Fill)
            .into()
    }

    fn choosing(&self) -> Element<'_, Message> {
        column![
            text(fl!("import-intro")),
            row![
                button(text(fl!("import-choose-files"))).on_press(Message::ChooseFiles),
                button(text(fl!("import-choose-folder")))
                    .style(style::secondary)
                    .on_press(Message::ChooseFolder),
                button(text(fl!("action-back")))
                    .style(style::flat(false))
                    .on_press(Message::Back),
            ]
            .spacing(style::space::M),
            text(fl!("import-drop-hint"))
                .size(style::size::SMALL)
                .style(style::muted),
            row![
                text_input(&fl!("import-path"), &self.path)
                    .id(PATH)
                    .on_input(Message::PathChanged)
                    .on_submit(Message::ImportPath)
                    .padding(style::space::S),
                button(text(fl!("import-start")))
                    .style(style::secondary)
                    .on_press(Message::ImportPath),
            ]
            .spacing(style::space::S),
        ]
        .spacing(style::space::M)
        .into()
    }
}

impl Default for State {
    fn default() -> Self {
        State::new()
    }
}

fn done(s: &Summary) -> Element<'_, Message> {
    use crate::describe::Severity;
    let mut col = Column::new().spacing(style::space::S);
    for (severity, line) in describe::import_summary(&LOADER, s, false) {
        let colour = match severity {
            Severity::Info => style::plain_text,
            Severity::Warning => style::warning_text,
            Severity::Failure => style::error_text,
        };
        col = col.push(text(line).style(colour));
    }
    col.push(button(text(fl!("import-to-inbox"))).on_press(Message::Back))
        .into()
}

/// The import itself, on its own thread.
fn run(
    mut store: klagomal_core::store::Store,
    paths: Vec<PathBuf>,
    cancel: &AtomicBool,
    sender: &mpsc::UnboundedSender<Event>,
) {
    let importer = match Importer::new(&store) {
        Ok(importer) => importer,
        Err(e) => {
            let _ = sender.unbounded_send(Event::Failed(e));
            return;
        }
    };
    // A closed channel means the screen is gone; the import still finishes what it started.
    let summary = klagomal_core::intake::import::import_paths(
        &mut store,
        &importer,
        &paths,
        cancel,
        |done, total| {
            let _ = sender.unbounded_send(Event::Progress { done, total });
        },
    );
    let _ = sender.unbounded_send(Event::Finished(Box::new(summary)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::testing::session;

    fn fixtures() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mail")
    }

    #[test]
    fn an_import_runs_off_the_ui_thread_and_ends_with_its_summary() {
        let (_dir, session) = session(0);
        let mut screen = State::new();
        assert!(
            matches!(
                screen.update(Message::Chosen(vec![]), &session),
                Action::None
            ),
            "cancelled dialog"
        );
        let action = screen.update(Message::Chosen(vec![fixtures()]), &session);
        assert!(matches!(action, Action::Run(_)) && screen.is_running());
        assert!(
            matches!(screen.update(Message::Back, &session), Action::None),
            "no leaving while it runs"
        );
        // The thread has its own connection: wait for it to finish its work in the store.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while session.store.case_count().unwrap_or(0) < 12 && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        assert_eq!(
            session.store.case_count().unwrap_or(0),
            12,
            "the import reached the store"
        );
        screen.update(
            Message::Progress(Event::Progress { done: 3, total: 20 }),
            &session,
        );
        let summary = Summary {
            new_cases: 12,
            ..Summary::default()
        };
        screen.update(
            Message::Progress(Event::Finished(Box::new(summary))),
            &session,
        );
        assert_eq!(screen.summary().map(|s| s.new_cases), Some(12));
        assert!(matches!(
            screen.update(Message::Back, &session),
            Action::Back
        ));
    }

    #[test]
    fn cancel_stops_between_messages() {
        let cancel = AtomicBool::new(true);
        let (_dir, session) = session(0);
        let mut store = session.open_again().expect("second connection");
        let importer = Importer::new(&store).expect("importer");
        let summary = klagomal_core::intake::import::import_paths(
            &mut store,
            &importer,
            &[fixtures()],
            &cancel,
            |_, _| {},
        );
        assert!(summary.cancelled);
        assert_eq!(summary.total(), 0);
    }
}
