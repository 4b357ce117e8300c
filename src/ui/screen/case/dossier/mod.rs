//! The export-dossier dialog of a case: recipient, redaction, where to save, the originals that
//! hold a personnummer; then the export as a background job with a progress bar and cancel.
//! Opening the dialog reads the case and searches its originals once, as a job of its own; the
//! export writes from what that read.

mod view;

use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use iced::Task;

use crate::describe;
use crate::ui::job::{self, Job, Steps};
use crate::ui::{Reopen, Session};
use klagomal_core::domain::{Case, EscalationBody, Language};
use klagomal_core::export::ExportError;
use klagomal_core::export::Options;
use klagomal_core::export::dossier::{self, Exported, Flagged, Request, Scanned};
use klagomal_core::fl;
use klagomal_core::i18n::LOADER;
use klagomal_core::store::StoreError;

/// The path field's id.
pub const PATH: &str = "dossier-path";
/// The export button's id.
pub const SAVE: &str = "dossier-save";

/// The dialog's state.
#[derive(Debug)]
pub struct Dialog {
    recipient: EscalationBody,
    language: Language,
    options: Options,
    path: String,
    /// The path was chosen or typed by the officer (not to be renamed with the recipient).
    path_chosen: bool,
    /// The case as read when the dialog opened, and what searching its originals found (none
    /// until the search is done): the options change only the plan, which is made again without
    /// reading the store, and the export writes from it.
    scanned: Option<Arc<Scanned>>,
    files: usize,
    flagged: Vec<Flagged>,
    phase: Phase,
    notice: Option<String>,
}

#[derive(Debug)]
enum Phase {
    /// The case is being read and its originals searched.
    Scanning,
    Choosing,
    Running {
        steps: Steps,
        cancel: job::Cancel,
    },
    Done(Exported),
}

/// What happens in the dialog.
#[derive(Debug, Clone)]
pub enum Message {
    /// The case was read and its originals searched.
    Scanned(Result<Arc<Scanned>, StoreError>),
    Recipient(EscalationBody),
    Language(Language),
    IncludeNotes(bool),
    Unmask(bool),
    Path(String),
    Choose,
    Chosen(Option<PathBuf>),
    Export,
    Progress(Event),
    Cancel,
    /// Opens the folder the dossier was saved in.
    ShowFolder,
    Close,
}

/// What the export job reports.
pub type Event = job::Report<Steps, Result<Exported, ExportError>>;

/// What the case screen does next.
pub enum Effect {
    None,
    Run(Task<Message>),
    /// The dossier was written: the case's history has a new event.
    Exported,
    Close,
}

impl Dialog {
    /// Opens the dialog for a case and starts reading it and searching its originals; the
    /// choices appear when that is done: the recipient of its newest escalation, redacted, in
    /// Swedish, saved in the documents folder under the dossier's own name.
    pub fn new(case: &Case, session: &Session) -> (Dialog, Task<Message>) {
        let (id, today, reopen) = (case.id, session.store.today(), session.reopen());
        let task = job::once(move || scan(reopen, id, today), Message::Scanned);
        let dialog = Dialog {
            recipient: EscalationBody::Arn,
            language: Language::Sv,
            options: Options::default(),
            path: String::new(),
            path_chosen: false,
            scanned: None,
            files: 0,
            flagged: Vec::new(),
            phase: Phase::Scanning,
            notice: None,
        };
        (dialog, task)
    }

    /// The originals that go in unmasked, as listed.
    #[cfg(test)]
    pub fn flagged(&self) -> &[Flagged] {
        &self.flagged
    }

    /// True until the case has been read and its originals searched.
    #[cfg(test)]
    pub fn is_scanning(&self) -> bool {
        matches!(self.phase, Phase::Scanning)
    }

    /// True while the export runs (the case screen then keeps the dialog open).
    pub fn is_running(&self) -> bool {
        matches!(self.phase, Phase::Running { .. })
    }

    /// Takes the case as read and searched, and offers the choices.
    fn scanned(&mut self, scanned: Arc<Scanned>, case: &Case, session: &Session) {
        self.recipient = dossier::default_recipient(&scanned.data);
        self.path = default_path(case, self.recipient, session.store.today());
        self.scanned = Some(scanned);
        self.phase = Phase::Choosing;
        self.replan(session.store.now());
    }

    /// Counts the files and names the flagged originals, for the chosen options.
    fn replan(&mut self, now: chrono::NaiveDateTime) {
        let Some(scanned) = &self.scanned else {
            return;
        };
        let plan = dossier::plan(&scanned.data, &self.request(), now);
        self.files = plan.len() + 1;
        self.flagged = scanned.scan.flagged(&plan);
    }

    fn request(&self) -> Request {
        Request {
            recipient: self.recipient,
            options: self.options,
            language: self.language,
        }
    }

    pub fn update(&mut self, message: Message, case: &Case, session: &Session) -> Effect {
        let recheck = matches!(
            message,
            Message::Language(_) | Message::IncludeNotes(_) | Message::Unmask(_)
        );
        match message {
            Message::Scanned(Ok(scanned)) if matches!(self.phase, Phase::Scanning) => {
                self.scanned(scanned, case, session);
            }
            Message::Scanned(Err(e)) => self.notice = Some(describe::store_error(&LOADER, &e)),
            // A late search from a dialog opened before: this one has its own.
            Message::Scanned(Ok(_)) => {}
            Message::Recipient(body) => {
                self.recipient = body;
                if !self.path_chosen {
                    let name = dossier::file_name(case, body, session.store.today());
                    let path = PathBuf::from(&self.path).with_file_name(name);
                    self.path = path.display().to_string();
                }
            }
            Message::Language(language) => self.language = language,
            Message::IncludeNotes(on) => self.options.include_notes = on,
            Message::Unmask(on) => self.options.unmask = on,
            Message::Path(p) => {
                self.path = p;
                self.path_chosen = true;
            }
            Message::Choose => {
                let name = dossier::file_name(case, self.recipient, session.store.today());
                return Effect::Run(Task::perform(
                    crate::ui::files::save_as(name, ("ZIP", &["zip"])),
                    Message::Chosen,
                ));
            }
            Message::Chosen(Some(path)) => {
                self.path = path.display().to_string();
                self.path_chosen = true;
            }
            Message::Chosen(None) => {}
            Message::Export => return self.start(case, session),
            Message::Progress(event) => return self.progress(event),
            Message::Cancel => {
                if let Phase::Running { cancel, .. } = &self.phase {
                    cancel.cancel();
                }
            }
            Message::ShowFolder => {
                if let Phase::Done(exported) = &self.phase
                    && let Some(folder) = exported.path.parent()
                    && open::that_detached(folder).is_err()
                {
                    self.notice = Some(fl!(
                        "case-no-viewer",
                        path = exported.path.display().to_string()
                    ));
                }
            }
            Message::Close if self.is_running() => {}
            Message::Close => return Effect::Close,
        }
        if recheck {
            self.replan(session.store.now());
        }
        Effect::None
    }

    /// Starts the export as a background job with its own connection.
    fn start(&mut self, case: &Case, session: &Session) -> Effect {
        let Some(scanned) = self.scanned.clone() else {
            return Effect::None;
        };
        if self.is_running() {
            return Effect::None;
        }
        if self.path.trim().is_empty() {
            self.notice = Some(fl!("dossier-no-path"));
            return Effect::Run(iced::widget::operation::focus(PATH));
        }
        let out = dossier::target(
            &PathBuf::from(self.path.trim()),
            case,
            self.recipient,
            session.store.today(),
        );
        let (request, reopen) = (self.request(), session.reopen());
        let (task, cancel) = job::run(
            move |job| export(reopen, &scanned, &request, &out, job),
            Message::Progress,
        );
        self.phase = Phase::Running {
            steps: Steps {
                done: 0,
                total: self.files,
            },
            cancel,
        };
        self.notice = None;
        Effect::Run(task)
    }

    fn progress(&mut self, event: Event) -> Effect {
        match event {
            Event::Progress(now) => {
                if let Phase::Running { steps, .. } = &mut self.phase {
                    *steps = now;
                }
                Effect::None
            }
            Event::Done(Ok(exported)) => {
                self.phase = Phase::Done(exported);
                Effect::Exported
            }
            Event::Done(Err(e)) => {
                self.notice = Some(describe::export_error(&LOADER, &e));
                self.phase = Phase::Choosing;
                Effect::None
            }
        }
    }
}

/// The dossier's own name in the documents folder.
fn default_path(case: &Case, recipient: EscalationBody, today: NaiveDate) -> String {
    let name = dossier::file_name(case, recipient, today);
    klagomal_core::paths::documents_dir()
        .map(|d| d.join(&name))
        .unwrap_or_else(|| PathBuf::from(&name))
        .display()
        .to_string()
}

/// Reads the case and searches its originals, on the job's thread with a connection of its own.
fn scan(
    reopen: Reopen,
    case: klagomal_core::domain::CaseId,
    today: NaiveDate,
) -> Result<Arc<Scanned>, StoreError> {
    let store = reopen.open()?;
    Ok(Arc::new(Scanned::read(&store, case, today)?))
}

/// Writes the dossier from the case as read, on the job's thread with a connection of its own.
fn export(
    reopen: Reopen,
    scanned: &Scanned,
    request: &Request,
    out: &Path,
    job: &Job<Steps>,
) -> Result<Exported, ExportError> {
    let mut store = reopen.open()?;
    dossier::export_scanned(&mut store, scanned, request, out, &mut |done, total| {
        job.report(Steps { done, total });
        if job.is_cancelled() {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    })
}
