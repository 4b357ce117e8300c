//! One case: header with deadlines, then overview (editable), investigation notes,
//! correspondence and history. Status changes offer only the allowed transitions.

mod dossier;
mod escalation;
mod header;
mod history;
mod kept;
mod letters;
mod overview;
mod register;
mod review;
mod statement;
mod view;

use iced::Task;
use iced::widget::text_editor;

use super::case_form::{self, Form};
use crate::describe;
use crate::ui::Session;
use klagomal_core::domain::{
    AttachmentId, AuditEvent, Case, CaseId, NewNote, Note, NoteKind, OfficerId, Status,
};
use klagomal_core::i18n::LOADER;
use klagomal_core::letters::issuing::IssueError;
use klagomal_core::store::StoreError;

/// The note text editor's id.
pub const NOTE_TEXT: &str = "case-note-text";
/// The add-note button's id.
pub const ADD_NOTE: &str = "case-add-note";

/// The sections of the case view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Overview,
    Notes,
    Correspondence,
    Letters,
    Escalation,
    History,
}

/// What the screen holds.
pub struct State {
    case: Case,
    notes: Vec<Note>,
    messages: Vec<klagomal_core::domain::Message>,
    letters: Vec<klagomal_core::domain::Letter>,
    history: Vec<AuditEvent>,
    /// The day the case last left the open statuses, from its history.
    answered_on: Option<chrono::NaiveDate>,
    /// Registering a letter that came by post or a phone call.
    register: register::Register,
    composer: letters::Composer,
    /// The draft waiting for review, if any.
    review: review::Review,
    escalations: Vec<(
        klagomal_core::domain::EscalationId,
        klagomal_core::domain::Escalation,
    )>,
    escalation: escalation::Section,
    /// The export-dossier dialog, while open.
    dossier: Option<dossier::Dialog>,
    /// The case summary is being made for printing.
    printing: bool,
    tab: Tab,
    edit: Option<Form>,
    note_kind: NoteKind,
    note_text: text_editor::Content,
    /// A transition waiting for its reason.
    pending: Option<Status>,
    reason: String,
}

/// What happens on the screen.
#[derive(Debug, Clone)]
pub enum Message {
    Tab(Tab),
    Edit,
    Form(case_form::Message),
    SaveEdit,
    CancelEdit,
    NoteKind(NoteKind),
    NoteEdited(text_editor::Action),
    AddNote,
    Transition(Status),
    ReasonChanged(String),
    ConfirmTransition,
    CancelTransition,
    Assign(Option<OfficerId>),
    OpenAttachment(AttachmentId, String),
    Letters(letters::Message),
    Review(review::Message),
    Register(register::Message),
    Escalation(escalation::Message),
    /// Opens the case summary in the system's PDF viewer, to print or save.
    PrintCase,
    /// The case summary was made.
    Printed(Result<Vec<u8>, IssueError>),
    /// Opens the export-dossier dialog.
    ExportDossier,
    Dossier(dossier::Message),
    /// To the person view, searched by the complainant's surest identifier.
    ShowPerson,
    Back,
}

/// What the parent does next.
pub enum Action {
    None,
    Run(Task<Message>),
    Back,
    Error(StoreError),
    /// Something to tell the officer, already translated.
    Notice(String),
    /// The person view, searching for this text (the complainant's identifier).
    OpenPerson(String),
}

impl State {
    /// Loads a case with everything on it.
    pub fn new(id: CaseId, session: &Session) -> Result<State, StoreError> {
        let case = session.store.case(id)?;
        let composer = letters::Composer::new(&case);
        let mut state = State {
            case,
            notes: Vec::new(),
            messages: Vec::new(),
            letters: Vec::new(),
            history: Vec::new(),
            answered_on: None,
            register: register::Register::new(session.store.today()),
            composer,
            review: review::Review::default(),
            escalations: Vec::new(),
            escalation: escalation::Section::default(),
            dossier: None,
            printing: false,
            tab: Tab::Overview,
            edit: None,
            note_kind: NoteKind::Note,
            note_text: text_editor::Content::new(),
            pending: None,
            reason: String::new(),
        };
        state.refresh(session)?;
        Ok(state)
    }

    /// Reads the case and its records again.
    pub fn refresh(&mut self, session: &Session) -> Result<(), StoreError> {
        let store = &session.store;
        self.case = store.case(self.case.id)?;
        self.notes = store.notes(self.case.id)?;
        self.messages = store.messages(self.case.id)?;
        self.letters = store.letters(self.case.id)?;
        self.escalations = store.escalations(self.case.id)?;
        self.composer.sync(&self.escalations);
        self.history = store.case_history(self.case.id)?;
        self.answered_on = klagomal_core::store::left_open_on(&self.history);
        let draft = store.pending_draft(self.case.id)?;
        let handled = match &draft {
            Some(_) => store.handled_cases(store.actor())?,
            None => Vec::new(),
        };
        self.review.sync(draft, handled);
        Ok(())
    }

    pub fn update(&mut self, message: Message, session: &mut Session) -> Action {
        let result = match message {
            Message::Tab(tab) => {
                self.tab = tab;
                Ok(Action::None)
            }
            Message::Edit => {
                self.edit = Some(Form::from_details(
                    &self.case.details,
                    session.store.today(),
                ));
                Ok(Action::Run(iced::widget::operation::focus(
                    case_form::FIRST_FIELD,
                )))
            }
            Message::Form(m) => {
                let task = self.edit.as_mut().and_then(|form| form.update(m));
                Ok(task.map_or(Action::None, |t| Action::Run(t.map(Message::Form))))
            }
            Message::SaveEdit => self.save_edit(session),
            Message::CancelEdit => {
                self.edit = None;
                Ok(Action::None)
            }
            Message::NoteKind(kind) => {
                self.note_kind = kind;
                Ok(Action::None)
            }
            Message::NoteEdited(action) => {
                self.note_text.perform(action);
                Ok(Action::None)
            }
            Message::AddNote => self.add_note(session),
            Message::Transition(to) => self.transition(to, session),
            Message::ReasonChanged(r) => {
                self.reason = r;
                Ok(Action::None)
            }
            Message::ConfirmTransition => self.confirm_transition(session),
            Message::CancelTransition => {
                self.pending = None;
                self.reason.clear();
                Ok(Action::None)
            }
            Message::Assign(officer) => self.assign(officer, session),
            Message::OpenAttachment(id, name) => Ok(open_attachment(session, id, &name)),
            Message::Letters(m) => self.compose(m, session),
            Message::Review(m) => match self.review.update(m, &self.case, session) {
                review::Effect::None => Ok(Action::None),
                review::Effect::Decided => self.refresh(session).map(|()| Action::None),
            },
            Message::Register(m) => match self.register.update(m, &self.case, session) {
                register::Effect::None => Ok(Action::None),
                register::Effect::Run(task) => Ok(Action::Run(task.map(Message::Register))),
                register::Effect::Saved => self.refresh(session).map(|()| Action::None),
            },
            Message::Escalation(m) => match self.escalation.update(m, self.case.id, session) {
                escalation::Effect::None => Ok(Action::None),
                escalation::Effect::Saved => self.refresh(session).map(|()| Action::None),
            },
            Message::PrintCase => Ok(self.print_case(session)),
            Message::Printed(pdf) => Ok(self.printed(pdf)),
            Message::ExportDossier => {
                let (dialog, task) = dossier::Dialog::new(&self.case, session);
                self.dossier = Some(dialog);
                Ok(Action::Run(task.map(Message::Dossier)))
            }
            Message::Dossier(m) => self.export(m, session),
            Message::ShowPerson => Ok(self.person_query().map_or(Action::None, Action::OpenPerson)),
            Message::Back => Ok(Action::Back),
        };
        result.unwrap_or_else(Action::Error)
    }

    fn compose(
        &mut self,
        message: letters::Message,
        session: &mut Session,
    ) -> Result<Action, StoreError> {
        match self
            .composer
            .update(message, &self.case, &self.escalations, session)
        {
            letters::Effect::None => Ok(Action::None),
            letters::Effect::Run(task) => Ok(Action::Run(task.map(Message::Letters))),
            letters::Effect::Created => {
                self.refresh(session)?;
                Ok(Action::None)
            }
        }
    }

    fn export(
        &mut self,
        message: dossier::Message,
        session: &Session,
    ) -> Result<Action, StoreError> {
        let Some(dialog) = &mut self.dossier else {
            return Ok(Action::None);
        };
        match dialog.update(message, &self.case, session) {
            dossier::Effect::None => Ok(Action::None),
            dossier::Effect::Run(task) => Ok(Action::Run(task.map(Message::Dossier))),
            dossier::Effect::Exported => self.refresh(session).map(|()| Action::None),
            dossier::Effect::Close => {
                self.dossier = None;
                Ok(Action::None)
            }
        }
    }

    fn save_edit(&mut self, session: &mut Session) -> Result<Action, StoreError> {
        let Some(form) = &mut self.edit else {
            return Ok(Action::None);
        };
        let (Ok(details), Ok(document)) = (form.submit(), form.document(session)) else {
            return Ok(Action::None);
        };
        let id = Some(self.case.id);
        session
            .store
            .save_case_with_power_of_attorney(id, details, document.as_ref())?;
        self.edit = None;
        self.refresh(session)?;
        Ok(Action::None)
    }

    fn add_note(&mut self, session: &mut Session) -> Result<Action, StoreError> {
        let text = self.note_text.text().trim().to_owned();
        if text.is_empty() {
            return Ok(Action::None);
        }
        session.store.add_note(
            self.case.id,
            NewNote {
                kind: self.note_kind,
                text,
            },
        )?;
        self.note_text = text_editor::Content::new();
        self.refresh(session)?;
        Ok(Action::None)
    }

    fn transition(&mut self, to: Status, session: &mut Session) -> Result<Action, StoreError> {
        let needs_reason = self
            .case
            .status
            .next()
            .any(|t| t.to == to && t.needs_reason);
        if needs_reason {
            self.pending = Some(to);
            return Ok(Action::Run(iced::widget::operation::focus(header::REASON)));
        }
        session.store.change_status(self.case.id, to, None)?;
        self.refresh(session)?;
        Ok(Action::None)
    }

    fn confirm_transition(&mut self, session: &mut Session) -> Result<Action, StoreError> {
        let Some(to) = self.pending else {
            return Ok(Action::None);
        };
        session
            .store
            .change_status(self.case.id, to, Some(&self.reason))?;
        self.pending = None;
        self.reason.clear();
        self.refresh(session)?;
        Ok(Action::None)
    }

    fn assign(
        &mut self,
        officer: Option<OfficerId>,
        session: &mut Session,
    ) -> Result<Action, StoreError> {
        session.store.assign(self.case.id, officer)?;
        self.refresh(session)?;
        Ok(Action::None)
    }

    /// Makes the case summary as a background job; a second click while it runs does nothing.
    fn print_case(&mut self, session: &Session) -> Action {
        if self.printing {
            return Action::None;
        }
        self.printing = true;
        let options = klagomal_core::export::Options::default();
        let language = klagomal_core::i18n::current_language();
        let (id, today, reopen) = (self.case.id, session.store.today(), session.reopen());
        Action::Run(crate::ui::job::once(
            move || {
                let store = reopen.open()?;
                klagomal_core::export::printed::case_summary_pdf(
                    &store, id, options, language, today,
                )
            },
            Message::Printed,
        ))
    }

    /// Opens the case summary in the system's viewer.
    fn printed(&mut self, pdf: Result<Vec<u8>, IssueError>) -> Action {
        self.printing = false;
        match pdf {
            Ok(pdf) => {
                let name = format!(
                    "{}_{}.pdf",
                    self.case.number,
                    klagomal_core::fl!("summary-file-name")
                );
                crate::ui::show_in_viewer(&name, &pdf).map_or(Action::None, Action::Notice)
            }
            Err(e) => Action::Notice(describe::issue_error(&LOADER, &e)),
        }
    }

    /// What finds the complainant across cases: the identity number, else the e-mail address,
    /// else the phone number, else the name; `None` when none is given.
    pub fn person_query(&self) -> Option<String> {
        klagomal_core::domain::person_search_text(&self.case.details.complainant)
    }

    /// The case number, for the window title.
    pub fn number(&self) -> String {
        self.case.number.to_string()
    }

    /// The case as loaded.
    pub fn case(&self) -> &Case {
        &self.case
    }

    /// The audit events of the case, oldest first.
    pub fn history(&self) -> &[AuditEvent] {
        &self.history
    }

    /// The correspondence as loaded.
    pub fn messages(&self) -> &[klagomal_core::domain::Message] {
        &self.messages
    }

    /// The notes as loaded.
    pub fn notes(&self) -> &[Note] {
        &self.notes
    }

    /// True when a note, an edit or a reason holds unsaved text.
    pub fn has_draft(&self) -> bool {
        let editing = self.edit.as_ref().is_some_and(Form::is_dirty);
        editing
            || !self.note_text.text().trim().is_empty()
            || !self.reason.trim().is_empty()
            || self.composer.has_draft()
            || self.escalation.has_draft()
            || self.register.has_draft()
    }
}

/// Opens an attachment with the system's viewer; when the system has none, says where it is.
fn open_attachment(session: &Session, id: AttachmentId, name: &str) -> Action {
    match session.store.attachment_bytes(id) {
        Ok(bytes) => crate::ui::show_in_viewer(name, &bytes).map_or(Action::None, Action::Notice),
        Err(e) => Action::Error(e),
    }
}

#[cfg(test)]
mod tests;
