//! The register extract from the person view: the officer reviews the internal notes (each
//! unchecked until judged the person's own data), picks where to save, and the extract runs as
//! a background job; then where it went and what was left out.

use std::collections::BTreeSet;
use std::path::PathBuf;

use iced::Task;
use iced::widget::{Column, button, checkbox, column, container, row, text, text_input};
use iced::{Alignment, Element, Length};

use crate::describe;
use crate::ui::{Session, job, style};
use klagomal_core::domain::{CaseId, CaseNumber, Language, NoteId};
use klagomal_core::export::ExportError;
use klagomal_core::export::extract::{
    ExtractChoices, Extracted, LeftOut, LeftOutReason, NoteCandidate, candidate_notes,
    register_extract,
};
use klagomal_core::fl;
use klagomal_core::i18n::{LOADER, label};
use klagomal_core::store::StoreError;

/// The path field's id.
pub const PATH: &str = "person-extract-path";
/// The button that makes the extract at the path given.
pub const SAVE: &str = "person-extract-save";

/// The dialog's state.
#[derive(Debug)]
pub struct Dialog {
    cases: Vec<CaseId>,
    language: Language,
    notes: Vec<NoteCandidate>,
    chosen: BTreeSet<NoteId>,
    path: String,
    phase: Phase,
    notice: Option<String>,
}

#[derive(Debug)]
enum Phase {
    Choosing,
    Running,
    Done(Extracted),
}

/// What happens in the dialog.
#[derive(Debug, Clone)]
pub enum Message {
    /// The officer judged a note the person's own data (or took it back).
    Note(NoteId, bool),
    Path(String),
    /// Asks the system's save dialog where to save, then makes the extract there.
    SaveAs,
    Chosen(Option<PathBuf>),
    /// Makes the extract at the path in the field.
    Save,
    Done(Result<Extracted, ExportError>),
    Close,
}

/// What the person view does next.
pub enum Effect {
    None,
    Run(Task<Message>),
    /// The extract was written and logged: read the cases again.
    Extracted,
    Close,
}

impl Dialog {
    /// The review of the notes of `cases` (the person's), none chosen; the extract in
    /// `language`, saved in the documents folder under a name with the newest case's number.
    pub fn new(
        cases: Vec<CaseId>,
        language: Language,
        newest: CaseNumber,
        session: &Session,
    ) -> Result<Dialog, StoreError> {
        let notes = candidate_notes(&session.store, &cases)?;
        let name = format!(
            "{}_{newest}_{}.zip",
            fl!("person-extract-file-name"),
            session.store.today()
        );
        let path = klagomal_core::paths::documents_dir()
            .map(|d| d.join(&name))
            .unwrap_or_else(|| PathBuf::from(&name));
        Ok(Dialog {
            cases,
            language,
            notes,
            chosen: BTreeSet::new(),
            path: path.display().to_string(),
            phase: Phase::Choosing,
            notice: None,
        })
    }

    /// The notes the officer chose so far.
    #[cfg(test)]
    pub fn chosen(&self) -> &BTreeSet<NoteId> {
        &self.chosen
    }

    /// The notes to review.
    #[cfg(test)]
    pub fn notes(&self) -> &[NoteCandidate] {
        &self.notes
    }

    /// The extract, once written.
    #[cfg(test)]
    pub fn done(&self) -> Option<&Extracted> {
        match &self.phase {
            Phase::Done(done) => Some(done),
            _ => None,
        }
    }

    pub fn update(&mut self, message: Message, session: &Session) -> Effect {
        match message {
            Message::Note(id, yes) => {
                match yes {
                    true => self.chosen.insert(id),
                    false => self.chosen.remove(&id),
                };
            }
            Message::Path(p) => self.path = p,
            Message::SaveAs => {
                return Effect::Run(Task::perform(
                    crate::ui::files::save_as_typed(self.path.clone(), ("ZIP", &["zip"])),
                    Message::Chosen,
                ));
            }
            Message::Chosen(Some(path)) => {
                self.path = path.display().to_string();
                return self.start(session);
            }
            // No file dialog on this system, or cancelled: the path field stays.
            Message::Chosen(None) => self.notice = Some(fl!("person-extract-no-dialog")),
            Message::Save => return self.start(session),
            Message::Done(Ok(done)) => {
                self.phase = Phase::Done(done);
                return Effect::Extracted;
            }
            Message::Done(Err(e)) => {
                self.phase = Phase::Choosing;
                self.notice = Some(describe::export_error(&LOADER, &e));
            }
            Message::Close if matches!(self.phase, Phase::Running) => {}
            Message::Close => return Effect::Close,
        }
        Effect::None
    }

    /// Makes the extract as a background job with its own connection.
    fn start(&mut self, session: &Session) -> Effect {
        if !matches!(self.phase, Phase::Choosing) {
            return Effect::None;
        }
        let out = PathBuf::from(self.path.trim());
        if self.path.trim().is_empty() {
            self.notice = Some(fl!("person-extract-no-path"));
            return Effect::Run(iced::widget::operation::focus(PATH));
        }
        let choices = ExtractChoices {
            include_notes: self.chosen.clone(),
        };
        let (cases, language, reopen) = (self.cases.clone(), self.language, session.reopen());
        self.phase = Phase::Running;
        self.notice = None;
        Effect::Run(job::once(
            move || {
                let mut store = reopen.open()?;
                register_extract(&mut store, &cases, language, &choices, &out)
            },
            Message::Done,
        ))
    }

    pub fn view<'a>(&'a self, session: &'a Session) -> Element<'a, Message> {
        let mut col = Column::new()
            .spacing(style::space::M)
            .push(text(fl!("person-extract-title")).size(style::size::HEADING));
        col = match &self.phase {
            Phase::Done(done) => col.push(result(done)),
            _ => col.push(self.review(session)).push(self.save_row()),
        };
        if let Some(notice) = &self.notice {
            col = col.push(text(notice.as_str()).style(style::error_text));
        }
        let close = button(text(fl!("action-dismiss")))
            .style(style::secondary)
            .on_press_maybe((!matches!(self.phase, Phase::Running)).then_some(Message::Close));
        container(col.push(close))
            .padding(style::space::M)
            .width(Length::Fill)
            .style(style::card)
            .into()
    }

    /// The notes, each with its checkbox, under the sentence that says which go in.
    fn review<'a>(&'a self, session: &'a Session) -> Element<'a, Message> {
        let mut col = column![text(fl!("person-extract-notes-help")).style(style::muted)]
            .spacing(style::space::S);
        if self.notes.is_empty() {
            return col
                .push(text(fl!("person-extract-no-notes")).style(style::muted))
                .into();
        }
        for n in &self.notes {
            let meta = fl!(
                "person-extract-note",
                case = n.number.to_string(),
                date = n.at.format("%Y-%m-%d %H:%M").to_string(),
                author = session.officer_name(n.author),
                kind = label("note-kind", n.kind.code())
            );
            let id = n.note;
            col = col.push(
                row![
                    checkbox(self.chosen.contains(&id))
                        .on_toggle(move |yes| Message::Note(id, yes)),
                    column![
                        text(meta).size(style::size::SMALL).style(style::muted),
                        text(n.first_line.as_str()),
                    ]
                    .spacing(style::space::XS),
                ]
                .spacing(style::space::S)
                .align_y(Alignment::Center),
            );
        }
        col.push(text(fl!(
            "person-extract-chosen",
            count = self.chosen.len()
        )))
        .into()
    }

    fn save_row(&self) -> Element<'_, Message> {
        let running = matches!(self.phase, Phase::Running);
        let mut bar = row![
            text_input(&fl!("person-extract-path"), &self.path)
                .id(PATH)
                .on_input(Message::Path)
                .padding(style::space::S)
                .width(Length::Fill),
            button(text(fl!("person-extract-save-as")))
                .style(style::secondary)
                .on_press_maybe((!running).then_some(Message::SaveAs)),
            container(
                button(text(fl!("person-extract-save")))
                    .on_press_maybe((!running).then_some(Message::Save))
            )
            .id(SAVE),
        ]
        .spacing(style::space::S)
        .align_y(Alignment::Center);
        if running {
            bar = bar.push(text(fl!("person-extract-running")).style(style::muted));
        }
        bar.into()
    }
}

/// Where the extract went, and each thing left out with its reason.
fn result(done: &Extracted) -> Element<'_, Message> {
    let mut col = column![crate::ui::banner(fl!(
        "person-extract-done",
        path = done.path.display().to_string(),
        files = done.files.len()
    ))]
    .spacing(style::space::S);
    if done.left_out.is_empty() {
        return col
            .push(text(fl!("person-extract-nothing-left-out")))
            .into();
    }
    col = col.push(text(fl!("person-extract-left-out")).font(style::BOLD));
    for line in left_out(&done.left_out) {
        col = col.push(text(line));
    }
    col.into()
}

/// What was left out, in words: one line per case, kind of thing and reason, with how many.
pub fn left_out(items: &[LeftOut]) -> Vec<String> {
    let mut counted: Vec<(&LeftOut, usize)> = Vec::new();
    for l in items {
        match counted.iter_mut().find(|(x, _)| *x == l) {
            Some((_, n)) => *n += 1,
            None => counted.push((l, 1)),
        }
    }
    counted
        .into_iter()
        .map(|(l, count)| {
            let what = match l.what {
                "note" => fl!("person-left-out-notes", count = count),
                "attachment" => fl!("person-left-out-attachments", count = count),
                "letter" => fl!("person-left-out-letters", count = count),
                _ => fl!("person-left-out-power-of-attorney"),
            };
            let reason = match l.reason {
                LeftOutReason::NotTheirData => fl!("person-left-out-reason-not-their-data"),
                LeftOutReason::Representative => fl!("person-left-out-reason-representative"),
            };
            fl!(
                "person-left-out",
                case = l.case.as_str(),
                what = what,
                reason = reason
            )
        })
        .collect()
}
