//! The letters section of a case: compose a letter from its template, edit the text, see the
//! page, create the PDF (kept on the case for good), and save, open or print any kept letter.

mod view;

use iced::Task;
use iced::widget::text_editor;

use super::kept;
use super::statement::{self, Escalations};
use crate::describe;
use crate::ui::{Session, job};
use klagomal_core::domain::{Addressee, Case, Language, LetterKind, Outcome, Status};
use klagomal_core::fl;
use klagomal_core::i18n::LOADER;
use klagomal_core::letters::LetterInput;
use klagomal_core::letters::issuing::{self, IssueError};
use klagomal_core::letters::review;
use klagomal_core::letters::statement as statement_text;
#[cfg(test)]
pub use view::{CREATE, CREATED};

/// The editor of the letter's text.
pub const TEXT: &str = "letter-text";

/// The composer's state.
#[derive(Debug)]
pub struct Composer {
    kind: LetterKind,
    language: Language,
    outcome: Outcome,
    reasons: text_editor::Content,
    remedy: String,
    delay_reason: String,
    new_date: String,
    statement: statement::Answers,
    /// The officer's choice of recipient; `None` follows the rule (the power of attorney).
    recipient: Option<Addressee>,
    text: text_editor::Content,
    /// The kind, language and recipient the text was last filled in for.
    filled: Option<(LetterKind, Language, Option<Addressee>)>,
    /// Why the text could not be filled in or the letter made, shown beside the create button.
    notice: Option<String>,
    /// The confirmation that the letter was made, shown beside the create button.
    created: Option<String>,
    /// What saving, opening or printing a kept letter came to, shown under the kept letters.
    kept_notice: Option<String>,
    /// The letter is being made and kept (a background job): the create button waits.
    creating: bool,
    kept: kept::Kept,
}

/// What happens in the composer.
#[derive(Debug, Clone)]
pub enum Message {
    Kind(LetterKind),
    Language(Language),
    Outcome(Outcome),
    Reasons(text_editor::Action),
    Remedy(String),
    DelayReason(String),
    NewDate(String),
    Recipient(Addressee),
    Statement(statement::Message),
    Fill,
    Edit(text_editor::Action),
    Create,
    /// The letter was made and kept on the case, or why not.
    /// Kept (`false`) or submitted for review (`true`), or why not.
    Created(Result<bool, IssueError>),
    Kept(kept::Message),
}

/// What the case screen does next.
pub enum Effect {
    None,
    Run(Task<Message>),
    /// A letter was kept or recorded as sent: reload the case.
    Created,
}

impl Composer {
    /// A composer for a case: the language follows the complainant's; an escalated case is
    /// most likely answered with a statement.
    pub fn new(case: &Case) -> Composer {
        let mut composer = Composer {
            kind: LetterKind::Acknowledgement,
            language: case.details.complainant.language,
            outcome: Outcome::Rejected,
            reasons: text_editor::Content::new(),
            remedy: String::new(),
            delay_reason: String::new(),
            new_date: String::new(),
            statement: statement::Answers::default(),
            recipient: None,
            text: text_editor::Content::new(),
            filled: None,
            notice: None,
            created: None,
            kept_notice: None,
            creating: false,
            kept: kept::Kept::default(),
        };
        if case.status == Status::Escalated {
            composer.choose_kind(LetterKind::ArnStatement);
        }
        composer
    }

    /// True when the officer has written something not yet kept.
    pub fn has_draft(&self) -> bool {
        !self.text.text().trim().is_empty()
            || !self.reasons.text().trim().is_empty()
            || self.statement.has_draft()
    }

    /// Follows the case's escalations after they were (re)loaded.
    pub fn sync(&mut self, escalations: &Escalations) {
        self.statement.sync(escalations);
    }

    pub fn update(
        &mut self,
        message: Message,
        case: &Case,
        escalations: &Escalations,
        session: &mut Session,
    ) -> Effect {
        if matches!(message, Message::Edit(_) | Message::Fill) {
            self.created = None;
        }
        match message {
            Message::Kind(kind) => self.choose_kind(kind),
            Message::Language(language) => self.language = language,
            Message::Outcome(outcome) => self.outcome = outcome,
            Message::Reasons(action) => self.reasons.perform(action),
            Message::Remedy(v) => self.remedy = v,
            Message::DelayReason(v) => self.delay_reason = v,
            Message::NewDate(v) => self.new_date = v,
            Message::Recipient(to) => self.recipient = Some(to),
            Message::Statement(m) => self.statement.update(m, escalations),
            Message::Edit(action) => self.text.perform(action),
            Message::Fill => self.fill(case, escalations, session),
            Message::Create => return self.create(case, escalations, session),
            Message::Created(result) => return self.created(result),
            Message::Kept(m) => match self.kept.update(m, case, session) {
                kept::Effect::None => {}
                kept::Effect::Notice(notice) => self.kept_notice = Some(notice),
                kept::Effect::Sent(notice) => {
                    self.kept_notice = Some(notice);
                    return Effect::Created;
                }
                kept::Effect::Run(task) => return Effect::Run(task.map(Message::Kept)),
            },
        }
        Effect::None
    }

    /// A statement goes to a Swedish body, so it is written in Swedish unless the officer
    /// chooses otherwise.
    fn choose_kind(&mut self, kind: LetterKind) {
        if kind == LetterKind::ArnStatement && self.kind != kind {
            self.language = Language::Sv;
        }
        self.kind = kind;
    }

    fn input(&self, escalations: &Escalations, session: &Session) -> LetterInput {
        let mut input = LetterInput::new(self.kind, self.language, session.store.today());
        input.outcome = self.outcome;
        input.reasons = self.reasons.text();
        input.remedy_given = self.remedy.clone();
        input.delay_reason = self.delay_reason.clone();
        input.new_answer_date = self.new_date.trim().parse().ok();
        input.recipient = self.recipient;
        if self.kind == LetterKind::ArnStatement {
            self.statement.fill_input(&mut input, escalations);
        }
        input
    }

    /// Whether the letter may be created: a text, and for a statement every point answered.
    fn ready(&self, escalations: &Escalations) -> bool {
        !self.text.text().trim().is_empty()
            && (self.kind != LetterKind::ArnStatement || self.statement.complete(escalations))
    }

    /// Fills the text from the template in use and the officer's input.
    fn fill(&mut self, case: &Case, escalations: &Escalations, session: &Session) {
        if self.kind == LetterKind::ArnStatement && self.statement.no_enclosures() {
            self.fill_enclosures(case, escalations, session);
        }
        let input = self.input(escalations, session);
        let facts = issuing::facts_for(&session.store, case, &session.settings);
        match facts.and_then(|facts| issuing::render_text(&session.store, &facts, &input)) {
            Ok(text) => {
                self.text = text_editor::Content::with_text(&text);
                self.filled = Some((self.kind, self.language, self.recipient));
                self.notice = None;
            }
            Err(e) => self.notice = Some(describe::issue_error(&LOADER, &e)),
        }
    }

    /// Lists the documents of the dossier as the statement's enclosures; the officer edits them.
    fn fill_enclosures(&mut self, case: &Case, escalations: &Escalations, session: &Session) {
        let store = &session.store;
        match store
            .messages(case.id)
            .and_then(|m| Ok((m, store.letters(case.id)?)))
        {
            Ok((messages, letters)) => {
                let lines = statement_text::default_enclosures(&messages, &letters, self.language);
                self.statement
                    .update(statement::Message::FillEnclosures(lines), escalations);
            }
            Err(e) => self.notice = Some(describe::store_error(&LOADER, &e)),
        }
    }

    /// Makes the PDF and keeps the letter as a background job with its own connection (the PDF
    /// takes a moment); a second click while it runs does nothing.
    fn create(&mut self, case: &Case, escalations: &Escalations, session: &Session) -> Effect {
        let text = self.text.text();
        if self.creating || text.trim().is_empty() {
            return Effect::None;
        }
        let input = self.input(escalations, session);
        self.created = None;
        // The window already holds the case and the settings; the job reads only the officer
        // and the logo, on its own connection.
        let (case, settings, reopen) = (case.clone(), session.settings.clone(), session.reopen());
        self.creating = true;
        Effect::Run(job::once(
            move || {
                let mut store = reopen.open()?;
                let facts = issuing::facts_for(&store, &case, &settings)?;
                review::create(&mut store, &facts, &input, &text)
                    .map(|c| matches!(c, review::Created::Submitted { .. }))
            },
            Message::Created,
        ))
    }

    /// Empties the composer once the letter is kept, or says why it was not.
    fn created(&mut self, result: Result<bool, IssueError>) -> Effect {
        self.creating = false;
        match result {
            Ok(submitted) => {
                self.text = text_editor::Content::new();
                self.reasons = text_editor::Content::new();
                if self.kind == LetterKind::ArnStatement {
                    self.statement.clear();
                }
                self.filled = None;
                self.notice = None;
                self.created = Some(if submitted {
                    fl!("letter-submitted")
                } else {
                    fl!("letter-created")
                });
                Effect::Created
            }
            Err(e) => {
                self.created = None;
                self.notice = Some(describe::issue_error(&LOADER, &e));
                Effect::None
            }
        }
    }
}
