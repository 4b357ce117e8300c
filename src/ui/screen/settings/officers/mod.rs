//! The officers part of the settings screen: an administrator adds officers (with a first
//! passphrase), sets their roles and removes them; everyone changes their own passphrase. The
//! slow parts (Argon2id for a new slot, the rekey after a removal) run on a connection of their
//! own off the UI thread, which then takes the session's place (a rekey retires the old one).

mod view;

use std::collections::BTreeSet;

use iced::Task;
use zeroize::Zeroizing;

use crate::describe;
use crate::ui::screen::first_run::{MIN_SCORE, score};
use crate::ui::{Handoff, Reopen, Session};
use klagomal_core::domain::{OfficerId, Role};
use klagomal_core::fl;
use klagomal_core::i18n::LOADER;
use klagomal_core::store::{NewOfficer, Store, StoreError};

/// The new officer's name field's id.
pub const NEW_NAME: &str = "settings-officer-new-name";
/// The add button's id.
pub const ADD: &str = "settings-officer-add";
/// The own new passphrase field's id.
pub const MY_PASSPHRASE: &str = "settings-my-passphrase";

/// The officers part.
#[derive(Debug, Default)]
pub struct Officers {
    name: String,
    title: String,
    roles: BTreeSet<Role>,
    passphrase: Zeroizing<String>,
    repeat: Zeroizing<String>,
    confirm_remove: Option<OfficerId>,
    mine: Zeroizing<String>,
    mine_repeat: Zeroizing<String>,
    busy: bool,
    /// The officers who can sign in, as of the last change here.
    signing_in: Vec<OfficerId>,
    /// What the last change said, or why it failed, shown in the part it concerned.
    outcome: Option<Outcome>,
}

/// The words after a change, and where they belong.
#[derive(Debug)]
struct Outcome {
    text: String,
    failed: bool,
    /// True for one's own passphrase; false for the list of officers.
    mine: bool,
}

/// What happens in the officers part.
#[derive(Debug, Clone)]
pub enum Message {
    Name(String),
    Title(String),
    Role(Role, bool),
    Passphrase(String),
    Repeat(String),
    Add,
    SetRole(OfficerId, Role, bool),
    Remove(OfficerId),
    ConfirmRemove,
    CancelRemove,
    Mine(String),
    MineRepeat(String),
    ChangeMine,
    Done(Done, Result<Handoff<Store>, StoreError>),
}

/// Which change came back from its connection.
#[derive(Debug, Clone)]
pub enum Done {
    Added(String),
    Removed(String),
    PassphraseChanged,
}

/// A change made on a connection of its own.
enum Change {
    Add {
        name: String,
        title: String,
        roles: BTreeSet<Role>,
        passphrase: Zeroizing<String>,
    },
    Remove(OfficerId),
    Passphrase(Zeroizing<String>),
}

impl Officers {
    pub fn new(session: &Session) -> Officers {
        Officers {
            roles: BTreeSet::from([Role::Officer]),
            signing_in: session.store.officers_signing_in().unwrap_or_default(),
            ..Officers::default()
        }
    }

    pub fn update(&mut self, message: Message, session: &mut Session) -> Task<Message> {
        if !matches!(message, Message::Done(..)) {
            self.outcome = None;
        }
        match message {
            Message::Name(v) => self.name = v,
            Message::Title(v) => self.title = v,
            Message::Role(role, on) => toggle(&mut self.roles, role, on),
            Message::Passphrase(v) => self.passphrase = Zeroizing::new(v),
            Message::Repeat(v) => self.repeat = Zeroizing::new(v),
            Message::Add => return self.add(session),
            Message::SetRole(id, role, on) => self.set_role(session, id, role, on),
            Message::Remove(id) => self.confirm_remove = Some(id),
            Message::CancelRemove => self.confirm_remove = None,
            Message::ConfirmRemove => return self.remove(session),
            Message::Mine(v) => self.mine = Zeroizing::new(v),
            Message::MineRepeat(v) => self.mine_repeat = Zeroizing::new(v),
            Message::ChangeMine => return self.change_mine(session),
            Message::Done(done, result) => self.done(session, done, result),
        }
        Task::none()
    }

    fn add(&mut self, session: &Session) -> Task<Message> {
        if self.busy || self.add_refusal().is_some() {
            return Task::none();
        }
        let name = self.name.trim().to_owned();
        let change = Change::Add {
            name: name.clone(),
            title: self.title.trim().to_owned(),
            roles: self.roles.clone(),
            passphrase: std::mem::take(&mut self.passphrase),
        };
        self.repeat = Zeroizing::default();
        self.start(session, change, Done::Added(name))
    }

    fn remove(&mut self, session: &Session) -> Task<Message> {
        let Some(id) = self.confirm_remove.take().filter(|_| !self.busy) else {
            return Task::none();
        };
        let name = session.officer_name(id);
        self.start(session, Change::Remove(id), Done::Removed(name))
    }

    fn change_mine(&mut self, session: &Session) -> Task<Message> {
        if self.busy || self.mine_refusal().is_some() {
            return Task::none();
        }
        let change = Change::Passphrase(std::mem::take(&mut self.mine));
        self.mine_repeat = Zeroizing::default();
        self.start(session, change, Done::PassphraseChanged)
    }

    fn start(&mut self, session: &Session, change: Change, done: Done) -> Task<Message> {
        self.busy = true;
        Task::perform(apart(session.reopen(), change), move |result| {
            Message::Done(done.clone(), result)
        })
    }

    fn done(
        &mut self,
        session: &mut Session,
        done: Done,
        result: Result<Handoff<Store>, StoreError>,
    ) {
        self.busy = false;
        let mine = matches!(done, Done::PassphraseChanged);
        let store = match result.map(|h| h.take()) {
            Ok(Some(store)) => store,
            Ok(None) => return,
            Err(e) => return self.say(describe::store_error(&LOADER, &e), true, mine),
        };
        // The change's connection holds the store's key as it is now (a removal rekeyed it).
        session.store = store;
        if let Ok(officers) = session.store.officers() {
            session.officers = officers;
        }
        self.signing_in = session.store.officers_signing_in().unwrap_or_default();
        let text = match done {
            Done::Added(name) => {
                *self = Officers::new(session);
                fl!("settings-officer-added", name = name)
            }
            Done::Removed(name) => fl!("settings-officer-removed", name = name),
            Done::PassphraseChanged => fl!("settings-passphrase-changed"),
        };
        self.say(text, false, mine);
    }

    fn say(&mut self, text: String, failed: bool, mine: bool) {
        self.outcome = Some(Outcome { text, failed, mine });
    }

    fn set_role(&mut self, session: &mut Session, id: OfficerId, role: Role, on: bool) {
        let Some(officer) = session.officers.iter().find(|o| o.id == id) else {
            return;
        };
        let mut roles = officer.roles.clone();
        toggle(&mut roles, role, on);
        let result = session
            .store
            .set_roles(id, &roles)
            .and_then(|()| session.store.officers());
        match result {
            Ok(officers) => session.officers = officers,
            Err(e) => self.say(describe::store_error(&LOADER, &e), true, false),
        }
    }

    /// Why the new officer cannot be added yet, as words to show.
    fn add_refusal(&self) -> Option<String> {
        if self.name.trim().is_empty() {
            return Some(fl!("settings-officer-name-needed"));
        }
        passphrase_refusal(&self.passphrase, &self.repeat)
    }

    fn mine_refusal(&self) -> Option<String> {
        passphrase_refusal(&self.mine, &self.mine_repeat)
    }

    /// What the last change said, or why it failed.
    #[cfg(test)]
    pub fn outcome(&self) -> (Option<&str>, Option<&str>) {
        match &self.outcome {
            Some(o) if o.failed => (None, Some(o.text.as_str())),
            Some(o) => (Some(o.text.as_str()), None),
            None => (None, None),
        }
    }

    /// True while a change runs on its own connection.
    pub fn is_busy(&self) -> bool {
        self.busy
    }
}

/// Runs a change on a connection of its own, on a blocking thread, and hands the connection
/// back: after a removal it is the one that holds the new key.
async fn apart(reopen: Reopen, change: Change) -> Result<Handoff<Store>, StoreError> {
    let work = move || {
        let mut store = reopen.open()?;
        match change {
            Change::Add {
                name,
                title,
                roles,
                passphrase,
            } => {
                let new = NewOfficer {
                    name: &name,
                    title: &title,
                    roles: &roles,
                    passphrase: Some(&passphrase),
                };
                store.add_officer(new)?;
            }
            Change::Remove(id) => store.remove_officer(id)?,
            Change::Passphrase(passphrase) => store.change_passphrase(&passphrase)?,
        }
        Ok(Handoff::new(store))
    };
    match tokio::task::spawn_blocking(work).await {
        Ok(result) => result,
        Err(e) => Err(StoreError::Io(std::sync::Arc::new(std::io::Error::other(
            e.to_string(),
        )))),
    }
}

fn toggle(roles: &mut BTreeSet<Role>, role: Role, on: bool) {
    match on {
        true => roles.insert(role),
        false => roles.remove(&role),
    };
}

/// Why a new passphrase cannot be used yet: too weak, or the repeat differs.
fn passphrase_refusal(passphrase: &str, repeat: &str) -> Option<String> {
    if score(passphrase) < MIN_SCORE {
        Some(fl!("first-run-too-weak"))
    } else if passphrase != repeat {
        Some(fl!("first-run-mismatch"))
    } else {
        None
    }
}

#[cfg(test)]
mod tests;
