//! Importing e-mail files: choose files or a folder (or drop them on the window), watch the
//! progress, cancel if need be, and read the summary. The work runs as a background job with its
//! own connection to the store; each message is one transaction, so a cancel keeps what was done.

use std::path::PathBuf;

use iced::widget::{Column, button, column, container, row, scrollable, text, text_input};
use iced::{Element, Length, Task};

use crate::describe;
use crate::ui::job::{self, Job, Steps};
use crate::ui::{Reopen, Session, style};
use klagomal_core::domain::CaseId;
use klagomal_core::fl;
use klagomal_core::i18n::LOADER;
use klagomal_core::intake::import::{Importer, Summary};
use klagomal_core::store::StoreError;

/// The path field's id.
pub const PATH: &str = "import-path";

/// Where the import stands.
#[derive(Debug)]
enum Phase {
    Choosing,
    Running { steps: Steps, cancel: job::Cancel },
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
    /// Opens a case the import registered.
    OpenCase(CaseId),
    Back,
}

/// What the import job reports.
pub type Event = job::Report<Steps, Result<Box<Summary>, StoreError>>;

/// What the parent does next.
pub enum Action {
    None,
    Run(Task<Message>),
    OpenCase(CaseId),
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
                    cancel.cancel();
                }
                Action::None
            }
            Message::OpenCase(id) => Action::OpenCase(id),
            Message::Back if self.is_running() => Action::None,
            Message::Back => Action::Back,
        }
    }

    /// Starts importing `paths` as a background job; also used for files dropped on the window.
    pub fn start(&mut self, paths: Vec<PathBuf>, session: &Session) -> Action {
        if self.is_running() {
            return Action::None;
        }
        let reopen = session.reopen();
        let (task, cancel) = job::run(move |job| import(reopen, &paths, job), Message::Progress);
        self.phase = Phase::Running {
            steps: Steps { done: 0, total: 0 },
            cancel,
        };
        self.error = None;
        Action::Run(task)
    }

    fn progress(&mut self, event: Event) {
        match event {
            Event::Progress(now) => {
                if let Phase::Running { steps, .. } = &mut self.phase {
                    *steps = now;
                }
            }
            Event::Done(Ok(summary)) => self.phase = Phase::Done(summary),
            Event::Done(Err(e)) => {
                self.error = Some(describe::store_error(&LOADER, &e));
                self.phase = Phase::Choosing;
            }
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let body: Element<'_, Message> = match &self.phase {
            Phase::Choosing => self.choosing(),
            Phase::Running {
                steps: Steps { done, total },
                ..
            } => crate::ui::progress(
                *done,
                *total,
                fl!("import-progress", done = done, total = total),
                (fl!("import-cancel"), Message::Cancel),
            ),
            Phase::Done(summary) => done(summary),
        };
        let title = row![
            crate::ui::back(Message::Back),
            text(fl!("import-title"))
                .size(style::size::TITLE)
                .font(style::BOLD),
        ]
        .spacing(style::space::M)
        .align_y(iced::Alignment::Center);
        let mut page = column![title, body]
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
    if !s.created.is_empty() {
        col = col.push(
            text(fl!("import-new-cases"))
                .size(style::size::HEADING)
                .font(style::BOLD),
        );
    }
    for (id, number) in &s.created {
        col = col.push(
            container(
                button(text(fl!("import-open-case", number = number.to_string())))
                    .style(style::secondary)
                    .on_press(Message::OpenCase(*id)),
            )
            .id(open_case_id(*id)),
        );
    }
    col.push(button(text(fl!("import-to-inbox"))).on_press(Message::Back))
        .into()
}

/// The id of the open button of a new case in the summary.
pub fn open_case_id(id: CaseId) -> iced::widget::Id {
    iced::widget::Id::from(format!("import-open-{}", id.0))
}

/// The import itself, on the job's thread with a connection of its own.
fn import(reopen: Reopen, paths: &[PathBuf], job: &Job<Steps>) -> Result<Box<Summary>, StoreError> {
    let mut store = reopen.open()?;
    let importer = Importer::new(&store)?;
    let summary = klagomal_core::intake::import::import_paths(
        &mut store,
        &importer,
        paths,
        job.cancel_flag(),
        |done, total| job.report(Steps { done, total }),
    );
    Ok(Box::new(summary))
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
        let Action::Run(task) = action else {
            panic!("the import runs as a task")
        };
        assert!(screen.is_running());
        assert!(
            matches!(screen.update(Message::Back, &session), Action::None),
            "no leaving while it runs"
        );
        // The window's runtime would deliver these one by one.
        let messages = job::finish(task);
        assert!(
            messages.len() > 2
                && matches!(
                    messages.last(),
                    Some(Message::Progress(job::Report::Done(Ok(_))))
                ),
            "progress, then the summary: {messages:?}"
        );
        for m in messages {
            screen.update(m, &session);
        }
        assert_eq!(
            session.store.case_count().unwrap_or(0),
            12,
            "the import reached the store"
        );
        assert_eq!(screen.summary().map(|s| s.new_cases), Some(12));
        let created = screen
            .summary()
            .map(|s| s.created.clone())
            .unwrap_or_default();
        assert_eq!(created.len(), 12, "the summary names each new case");
        let first = created[0].0;
        assert_eq!(
            session.store.case(first).map(|c| c.number).ok(),
            Some(created[0].1),
            "by its id and number"
        );
        assert!(
            matches!(
                screen.update(Message::OpenCase(first), &session),
                Action::OpenCase(id) if id == first
            ),
            "its button opens it"
        );
        assert!(matches!(
            screen.update(Message::Back, &session),
            Action::Back
        ));
    }

    #[test]
    fn cancel_stops_between_messages() {
        let cancel = std::sync::atomic::AtomicBool::new(true);
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
