//! One person across cases (the data subject's rights): search by identity number, e-mail,
//! phone or name; the officer confirms name-only matches; the person's cases with their counts
//! and disclosures; legal holds; the register extract, rectification and the erasure.

mod erase;
mod extract;
mod rectify;
mod view;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use iced::Task;

use crate::ui::{Session, job};
use klagomal_core::domain::{CaseId, CaseKind, Disclosure, Language, PersonMatch, Role, Status};
use klagomal_core::i18n::LOADER;
use klagomal_core::store::{Store, StoreError};

/// The search field's id.
pub const SEARCH: &str = "person-search";
/// The register-extract button's id.
pub const EXTRACT: &str = "person-extract";
/// The erase button's id.
pub const ERASE: &str = "person-erase";
/// The rectify button's id.
pub const RECTIFY: &str = "person-rectify";
/// The field for a legal claim's reason.
pub const HOLD_REASON: &str = "person-hold-reason";

/// One case the search found, with what the person view shows of it.
#[derive(Debug, Clone)]
pub struct Found {
    /// The case, its number, the complainant's name there and how it matched.
    pub matched: PersonMatch,
    /// Complaint, objection or personal-data request.
    pub kind: CaseKind,
    /// Where the case stands.
    pub status: Status,
    /// The day it came in.
    pub received: NaiveDate,
    /// The complainant's language in that case (the newest decides the extract's).
    pub language: Language,
    /// How many messages the case holds.
    pub messages: usize,
    /// How many letters were kept on it.
    pub letters: usize,
    /// The reason of the legal claim marked on the case, if any.
    pub hold: Option<String>,
}

/// What a search read, on a connection of its own.
#[derive(Debug, Clone, Default)]
pub struct Person {
    /// The text searched for (an erasure acts on it, not on what the field holds now).
    pub query: String,
    /// Exact identifiers first, then name-only matches; by case number within each.
    pub cases: Vec<Found>,
    /// The disclosures of every case found, oldest first.
    pub disclosures: Vec<Disclosure>,
}

/// What the screen holds.
pub struct State {
    query: String,
    /// Which search is the latest: an older one's result is ignored.
    generation: u64,
    person: Option<Person>,
    searching: bool,
    /// The name-only matches the officer confirmed as the person's.
    confirmed: BTreeSet<CaseId>,
    /// A legal claim being marked: the case and the reason typed so far.
    marking: Option<(CaseId, String)>,
    extract: Option<extract::Dialog>,
    erase: Option<erase::Dialog>,
    rectify: Option<rectify::Dialog>,
    notice: Option<String>,
}

/// What happens on the screen.
#[derive(Debug, Clone)]
pub enum Message {
    QueryChanged(String),
    Search,
    /// A search was read, for the search of that generation.
    Found(u64, Result<Person, StoreError>),
    /// The officer confirmed (or took back) that a name-only match is the person's.
    Confirm(CaseId, bool),
    OpenCase(CaseId),
    MarkHold(CaseId),
    HoldReason(String),
    SetHold,
    CancelHold,
    ReleaseHold(CaseId),
    OpenExtract,
    Extract(extract::Message),
    OpenErase,
    Erase(erase::Message),
    OpenRectify,
    Rectify(rectify::Message),
    Back,
}

/// What the parent does next.
pub enum Action {
    None,
    Run(Task<Message>),
    OpenCase(CaseId),
    Back,
}

impl State {
    /// The person view, searching for `query` at once when it is given (from a case).
    pub fn new(query: Option<String>, session: &Session) -> (State, Task<Message>) {
        let mut state = State {
            query: query.unwrap_or_default(),
            generation: 0,
            person: None,
            searching: false,
            confirmed: BTreeSet::new(),
            marking: None,
            extract: None,
            erase: None,
            rectify: None,
            notice: None,
        };
        let task = match state.query.trim().is_empty() {
            true => iced::widget::operation::focus(SEARCH),
            false => state.search(session),
        };
        (state, task)
    }

    pub fn update(&mut self, message: Message, session: &mut Session) -> Action {
        match message {
            Message::QueryChanged(text) => {
                self.query = text;
                Action::None
            }
            Message::Search => Action::Run(self.search(session)),
            Message::Found(generation, _) if generation != self.generation => Action::None,
            Message::Found(_, found) => self.found(found),
            Message::Confirm(id, yes) => {
                match yes {
                    true => self.confirmed.insert(id),
                    false => self.confirmed.remove(&id),
                };
                Action::None
            }
            Message::OpenCase(id) => Action::OpenCase(id),
            Message::MarkHold(id) => {
                self.marking = Some((id, String::new()));
                Action::Run(iced::widget::operation::focus(HOLD_REASON))
            }
            Message::HoldReason(text) => {
                if let Some((_, reason)) = &mut self.marking {
                    *reason = text;
                }
                Action::None
            }
            Message::SetHold => self.set_hold(session),
            Message::CancelHold => {
                self.marking = None;
                Action::None
            }
            Message::ReleaseHold(id) => {
                self.hold_changed(session.store.release_legal_hold(id), session)
            }
            Message::OpenExtract => self.open_extract(session),
            Message::Extract(m) => self.on_extract(m, session),
            Message::OpenErase => self.open_erase(session),
            Message::Erase(m) => self.on_erase(m, session),
            Message::OpenRectify => self.open_rectify(),
            Message::Rectify(m) => self.on_rectify(m, session),
            Message::Back => Action::Back,
        }
    }

    /// Reads the search again (back from a case, which may have changed).
    pub fn refresh(&mut self, session: &Session) -> Task<Message> {
        match self.person.as_ref().map(|p| p.query.clone()) {
            Some(query) => self.search_for(query, session),
            None => Task::none(),
        }
    }

    fn search(&mut self, session: &Session) -> Task<Message> {
        let query = self.query.trim().to_owned();
        if query.is_empty() {
            return Task::none();
        }
        self.confirmed.clear();
        self.extract = None;
        self.erase = None;
        self.rectify = None;
        self.search_for(query, session)
    }

    /// Starts reading the cases `query` finds, off the UI thread.
    fn search_for(&mut self, query: String, session: &Session) -> Task<Message> {
        self.generation += 1;
        self.searching = true;
        self.notice = None;
        let (generation, reopen) = (self.generation, session.reopen());
        job::once(
            move || read_person(&reopen.open()?, query),
            move |found| Message::Found(generation, found),
        )
    }

    fn found(&mut self, found: Result<Person, StoreError>) -> Action {
        self.searching = false;
        match found {
            Ok(person) => {
                // A confirmation stays only for a case the search still finds by name.
                self.confirmed
                    .retain(|id| person.cases.iter().any(|f| f.matched.case_id == *id));
                self.person = Some(person);
            }
            Err(e) => self.tell(&e),
        }
        Action::None
    }

    fn set_hold(&mut self, session: &mut Session) -> Action {
        let Some((id, reason)) = self.marking.clone() else {
            return Action::None;
        };
        let done = session.store.set_legal_hold(id, &reason);
        self.hold_changed(done, session)
    }

    /// After a hold was marked or released: the cases read again, or why it failed.
    fn hold_changed(&mut self, done: Result<(), StoreError>, session: &Session) -> Action {
        match done {
            Ok(()) => {
                self.marking = None;
                Action::Run(self.refresh(session))
            }
            Err(e) => {
                self.tell(&e);
                Action::None
            }
        }
    }

    fn open_extract(&mut self, session: &Session) -> Action {
        let cases = self.cases();
        let Some(newest) = cases.iter().max_by_key(|f| f.matched.number) else {
            return Action::None;
        };
        let (language, number) = (newest.language, newest.matched.number);
        let ids: Vec<CaseId> = cases.iter().map(|f| f.matched.case_id).collect();
        match extract::Dialog::new(ids, language, number, session) {
            Ok(dialog) => {
                self.erase = None;
                self.rectify = None;
                self.extract = Some(dialog);
            }
            Err(e) => self.tell(&e),
        }
        Action::None
    }

    fn on_extract(&mut self, message: extract::Message, session: &Session) -> Action {
        let Some(dialog) = &mut self.extract else {
            return Action::None;
        };
        match dialog.update(message, session) {
            extract::Effect::None => Action::None,
            extract::Effect::Run(task) => Action::Run(task.map(Message::Extract)),
            extract::Effect::Extracted => Action::Run(self.refresh(session)),
            extract::Effect::Close => {
                self.extract = None;
                Action::None
            }
        }
    }

    fn open_erase(&mut self, session: &Session) -> Action {
        let Some(person) = &self.person else {
            return Action::None;
        };
        if !may_erase(session) || !self.identified() {
            return Action::None;
        }
        let (dialog, task) = erase::Dialog::new(person.query.clone(), session);
        self.extract = None;
        self.rectify = None;
        self.erase = Some(dialog);
        Action::Run(task.map(Message::Erase))
    }

    fn on_erase(&mut self, message: erase::Message, session: &Session) -> Action {
        let Some(dialog) = &mut self.erase else {
            return Action::None;
        };
        match dialog.update(message, session) {
            erase::Effect::None => Action::None,
            erase::Effect::Run(task) => Action::Run(task.map(Message::Erase)),
            erase::Effect::Erased => Action::Run(self.refresh(session)),
            erase::Effect::Close => {
                self.erase = None;
                Action::None
            }
        }
    }

    /// Rectifying needs an identifier, as erasing does: a name alone does not say whose data.
    fn open_rectify(&mut self) -> Action {
        let Some(person) = &self.person else {
            return Action::None;
        };
        if !self.identified() {
            return Action::None;
        }
        let (dialog, task) = rectify::Dialog::new(person.query.clone());
        self.extract = None;
        self.erase = None;
        self.rectify = Some(dialog);
        Action::Run(task.map(Message::Rectify))
    }

    fn on_rectify(&mut self, message: rectify::Message, session: &Session) -> Action {
        let Some(dialog) = &mut self.rectify else {
            return Action::None;
        };
        match dialog.update(message, session) {
            rectify::Effect::None => Action::None,
            rectify::Effect::Run(task) => Action::Run(task.map(Message::Rectify)),
            rectify::Effect::Rectified => Action::Run(self.refresh(session)),
            rectify::Effect::Close => {
                self.rectify = None;
                Action::None
            }
        }
    }

    /// The person's cases: those an identifier matched, and the name-only matches the officer
    /// confirmed. A name alone never selects a case by itself.
    pub fn cases(&self) -> Vec<&Found> {
        self.person
            .iter()
            .flat_map(|p| &p.cases)
            .filter(|f| {
                !f.matched.matched_by.to_confirm() || self.confirmed.contains(&f.matched.case_id)
            })
            .collect()
    }

    /// The matches by name only, for the officer to confirm.
    pub fn to_confirm(&self) -> Vec<&Found> {
        self.person
            .iter()
            .flat_map(|p| &p.cases)
            .filter(|f| f.matched.matched_by.to_confirm())
            .collect()
    }

    /// Whether the search was by an identifier (an erasure needs one; a name is not enough).
    fn identified(&self) -> bool {
        self.person
            .as_ref()
            .is_some_and(|p| p.cases.iter().any(|f| !f.matched.matched_by.to_confirm()))
    }

    /// The disclosures of the person's cases, oldest first.
    pub fn disclosures(&self) -> Vec<&Disclosure> {
        let ids: BTreeSet<CaseId> = self.cases().iter().map(|f| f.matched.case_id).collect();
        self.person
            .iter()
            .flat_map(|p| &p.disclosures)
            .filter(|d| ids.contains(&d.case_id))
            .collect()
    }

    /// Says what went wrong, in the officer's language.
    fn tell(&mut self, e: &StoreError) {
        self.notice = Some(crate::describe::store_error(&LOADER, e));
    }

    /// What the screen says went wrong, if anything.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }
}

/// Erasing, and lifting a legal hold, are for a complaints manager or an administrator (the
/// store checks again when it acts).
pub fn may_erase(session: &Session) -> bool {
    session.may(Role::Manager) || session.may(Role::Admin)
}

/// Reads the cases `query` finds, each with its counts and hold, and their disclosures.
fn read_person(store: &Store, query: String) -> Result<Person, StoreError> {
    let mut cases = Vec::new();
    let mut disclosures = Vec::new();
    for matched in store.find_person(&query)? {
        let id = matched.case_id;
        let case = store.case(id)?;
        disclosures.extend(store.disclosures(Some(id))?);
        cases.push(Found {
            kind: case.details.kind,
            status: case.status,
            received: case.details.received_at.date(),
            language: case.details.complainant.language,
            messages: store.messages(id)?.len(),
            letters: store.letters(id)?.len(),
            hold: store.legal_hold(id)?,
            matched,
        });
    }
    disclosures.sort_by_key(|d| (d.disclosure.on, d.id));
    Ok(Person {
        query,
        cases,
        disclosures,
    })
}

#[cfg(test)]
mod tests;
