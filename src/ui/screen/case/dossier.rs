//! The export-dossier dialog of a case: recipient, redaction, where to save, the originals that
//! hold a personnummer; then the export on its own thread with a progress bar and cancel.

use std::ops::ControlFlow;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use iced::futures::channel::mpsc;
use iced::widget::{Column, button, checkbox, column, pick_list, row, text, text_input};
use iced::{Element, Length, Task};

use crate::domain::{Case, EscalationBody, Language};
use crate::export::dossier::{self, Exported, Flagged, Request, Scan};
use crate::export::summary::Options;
use crate::export::{CaseData, ExportError};
use crate::fl;
use crate::i18n::{describe_export_error, describe_store_error, file_size, label};
use crate::ui::{Choice, Session, style};

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
        let (scan, data) = read.map_err(|e| describe_store_error(&e))?;
        let recipient = dossier::default_recipient(&data);
        let name = dossier::file_name(case, recipient, store.today());
        let path = crate::paths::documents_dir()
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
                self.notice = Some(describe_store_error(&e));
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
                self.notice = Some(describe_export_error(&e));
                self.phase = Phase::Choosing;
                Effect::None
            }
        }
    }

    /// Draws the dialog.
    pub fn view(&self) -> Element<'_, Message> {
        let mut col = column![
            text(fl!("dossier-title"))
                .size(style::size::HEADING)
                .font(style::BOLD),
            text(fl!("dossier-intro")).style(style::muted),
        ]
        .spacing(style::space::M)
        .max_width(style::FORM_WIDTH);
        col = match &self.phase {
            Phase::Choosing => col.push(self.choices()),
            Phase::Running { done, total, .. } => col.push(crate::ui::progress(
                *done,
                *total,
                fl!("dossier-progress", done = done, total = total),
                (fl!("dossier-cancel"), Message::Cancel),
            )),
            Phase::Done(exported) => col.push(finished(exported)),
        };
        if let Some(notice) = &self.notice {
            col = col.push(text(notice.as_str()).style(style::error_text));
        }
        col.into()
    }

    fn choices(&self) -> Element<'_, Message> {
        let bodies = Choice::all(EscalationBody::ALL, |b| label("escalation-body", b.code()));
        let languages = Choice::all(Language::ALL, |l| label("language", l.code()));
        let mut col = column![
            row![
                column![
                    text(fl!("dossier-recipient")).size(style::size::LABEL),
                    pick_list(
                        bodies.clone(),
                        Choice::find(&bodies, self.recipient),
                        |c: Choice<EscalationBody>| Message::Recipient(c.value)
                    ),
                ]
                .spacing(style::space::XS),
                column![
                    text(fl!("dossier-language")).size(style::size::LABEL),
                    pick_list(
                        languages.clone(),
                        Choice::find(&languages, self.language),
                        |c: Choice<Language>| Message::Language(c.value)
                    ),
                ]
                .spacing(style::space::XS),
            ]
            .spacing(style::space::L),
            checkbox(self.options.include_notes)
                .label(fl!("dossier-include-notes"))
                .on_toggle(Message::IncludeNotes),
            checkbox(self.options.unmask)
                .label(fl!("dossier-unmask"))
                .on_toggle(Message::Unmask),
            text(fl!("dossier-redaction-help"))
                .size(style::size::SMALL)
                .style(style::muted),
        ]
        .spacing(style::space::S);
        if dossier::statement(&self.data).is_none() {
            col = col.push(text(fl!("dossier-no-statement")).style(style::warning_text));
        }
        col = col.push(self.flagged_list());
        col = col
            .push(text(fl!("dossier-count", files = self.files)).size(style::size::LABEL))
            .push(text(fl!("dossier-path")).size(style::size::LABEL))
            .push(
                row![
                    text_input("", &self.path)
                        .id(PATH)
                        .on_input(Message::Path)
                        .on_submit(Message::Export)
                        .padding(style::space::S)
                        .width(Length::Fill),
                    button(text(fl!("dossier-choose")))
                        .style(style::secondary)
                        .on_press(Message::Choose),
                ]
                .spacing(style::space::S),
            )
            .push(
                row![
                    iced::widget::container(
                        button(text(fl!("dossier-save"))).on_press(Message::Export)
                    )
                    .id(SAVE),
                    button(text(fl!("dossier-close")))
                        .style(style::secondary)
                        .on_press(Message::Close),
                ]
                .spacing(style::space::S),
            );
        col.into()
    }

    /// The originals that go in unmasked: found to hold a personnummer, or not searchable.
    fn flagged_list(&self) -> Element<'_, Message> {
        let mut col = Column::new().spacing(style::space::XS).push(
            text(fl!("dossier-flagged-heading"))
                .size(style::size::LABEL)
                .font(style::BOLD),
        );
        if self.flagged.is_empty() {
            return col
                .push(text(fl!("dossier-flagged-none")).style(style::muted))
                .into();
        }
        col = col.push(text(fl!("dossier-flagged-help")).size(style::size::SMALL));
        for f in &self.flagged {
            let (why, colour): (String, fn(&iced::Theme) -> text::Style) = if f.found {
                (fl!("dossier-found"), style::warning_text)
            } else {
                (fl!("dossier-not-searched"), style::muted)
            };
            col = col.push(
                text(format!("• {} – {why}", f.path))
                    .size(style::size::SMALL)
                    .style(colour),
            );
        }
        col.into()
    }
}

fn finished(exported: &Exported) -> Element<'_, Message> {
    column![
        text(fl!(
            "dossier-done",
            path = exported.path.display().to_string(),
            files = exported.files,
            size = file_size(exported.bytes)
        )),
        text(format!("SHA-256 {}", exported.sha256))
            .size(style::size::SMALL)
            .style(style::muted),
        row![
            button(text(fl!("dossier-show-folder"))).on_press(Message::ShowFolder),
            button(text(fl!("dossier-close")))
                .style(style::secondary)
                .on_press(Message::Close),
        ]
        .spacing(style::space::S),
    ]
    .spacing(style::space::M)
    .into()
}
