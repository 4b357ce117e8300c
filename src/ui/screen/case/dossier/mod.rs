//! The export-dossier dialog of a case: recipient, redaction, where to save, the originals that
//! hold a personnummer; then the export on its own thread with a progress bar and cancel.

mod view;

use crate::describe;
use klagomal_core::i18n::LOADER;
use std::ops::ControlFlow;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use iced::Task;
use iced::futures::channel::mpsc;

use crate::ui::Session;
use klagomal_core::domain::{Case, EscalationBody, Language};
use klagomal_core::export::dossier::{self, Exported, Flagged, Request, Scan};
use klagomal_core::export::summary::Options;
use klagomal_core::export::{CaseData, ExportError};
use klagomal_core::fl;

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
    /// The case as read when the dialog opened, and what searching its originals found: the
    /// options change only the plan, which is made again without reading the store.
    data: CaseData,
    scan: Scan,
    files: usize,
    flagged: Vec<Flagged>,
    phase: Phase,
    notice: Option<String>,
}

#[derive(Debug)]
enum Phase {
    Choosing,
    Running {
        done: usize,
        total: usize,
        cancel: Arc<AtomicBool>,
    },
    Done(Exported),
}

/// What happens in the dialog.
#[derive(Debug, Clone)]
pub enum Message {
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

/// What the export thread reports.
#[derive(Debug, Clone)]
pub enum Event {
    Progress { done: usize, total: usize },
    Finished(Result<Exported, ExportError>),
}

/// What the case screen does next.
pub enum Effect {
    None,
    Run(Task<Message>),
    /// The dossier was written: the case's history has a new event.
    Exported,
    Close,
}

impl Dialog {
    /// Opens the dialog for a case: the recipient of its newest escalation, redacted, in
    /// Swedish, saved in the documents folder under the dossier's own name.
    pub fn new(case: &Case, session: &Session) -> Result<Dialog, String> {
        let store = &session.store;
        let read = CaseData::read(store, case.id)
            .and_then(|data| Ok((dossier::scan(store, &data, store.today())?, data)));
        let (scan, data) = read.map_err(|e| describe::store_error(&LOADER, &e))?;
        let recipient = dossier::default_recipient(&data);
        let name = dossier::file_name(case, recipient, store.today());
        let path = klagomal_core::paths::documents_dir()
            .map(|d| d.join(&name))
            .unwrap_or_else(|| PathBuf::from(&name));
        let mut dialog = Dialog {
            recipient,
            language: Language::Sv,
            options: Options::default(),
            path: path.display().to_string(),
            path_chosen: false,
            data,
            scan,
            files: 0,
            flagged: Vec::new(),
            phase: Phase::Choosing,
            notice: None,
        };
        dialog.replan(store.now());
        Ok(dialog)
    }

    /// The originals that go in unmasked, as listed.
    #[cfg(test)]
    pub fn flagged(&self) -> &[Flagged] {
        &self.flagged
    }

    /// True while the export runs (the case screen then keeps the dialog open).
    pub fn is_running(&self) -> bool {
        matches!(self.phase, Phase::Running { .. })
    }

    /// Counts the files and names the flagged originals, for the chosen options.
    fn replan(&mut self, now: chrono::NaiveDateTime) {
        let plan = dossier::plan(&self.data, &self.request(), now);
        self.files = plan.len() + 1;
        self.flagged = self.scan.flagged(&plan);
    }

    fn request(&self) -> Request {
        Request {
            recipient: self.recipient,
            options: self.options,
            language: self.language,
        }
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message, case: &Case, session: &Session) -> Effect {
        let recheck = matches!(
            message,
            Message::Language(_) | Message::IncludeNotes(_) | Message::Unmask(_)
        );
        match message {
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
                    cancel.store(true, Ordering::Relaxed);
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

    /// Starts the export on a thread with its own connection.
    fn start(&mut self, case: &Case, session: &Session) -> Effect {
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
        let mut store = match session.open_again() {
            Ok(store) => store,
            Err(e) => {
                self.notice = Some(describe::store_error(&LOADER, &e));
                return Effect::None;
            }
        };
        let cancel = Arc::new(AtomicBool::new(false));
        self.phase = Phase::Running {
            done: 0,
            total: self.files,
            cancel: Arc::clone(&cancel),
        };
        self.notice = None;
        let (sender, receiver) = mpsc::unbounded();
        let (id, request) = (case.id, self.request());
        std::thread::spawn(move || {
            let result = dossier::export(&mut store, id, &request, &out, &mut |done, total| {
                let _ = sender.unbounded_send(Event::Progress { done, total });
                if cancel.load(Ordering::Relaxed) {
                    ControlFlow::Break(())
                } else {
                    ControlFlow::Continue(())
                }
            });
            let _ = sender.unbounded_send(Event::Finished(result));
        });
        Effect::Run(Task::run(receiver, Message::Progress))
    }

    fn progress(&mut self, event: Event) -> Effect {
        match event {
            Event::Progress { done, total } => {
                if let Phase::Running {
                    done: d, total: t, ..
                } = &mut self.phase
                {
                    (*d, *t) = (done, total);
                }
                Effect::None
            }
            Event::Finished(Ok(exported)) => {
                self.phase = Phase::Done(exported);
                Effect::Exported
            }
            Event::Finished(Err(e)) => {
                self.notice = Some(describe::export_error(&LOADER, &e));
                self.phase = Phase::Choosing;
                Effect::None
            }
        }
    }
}
