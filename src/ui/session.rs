//! The unlocked store and what every screen needs to know about it, for as long as the app is
//! unlocked.

use chrono::NaiveDateTime;
use klagomal_core::domain::{Officer, OfficerId, Role, Settings};
use klagomal_core::store::{Reopener, Store, StoreError};

/// The unlocked store and what every screen needs to know about it.
pub struct Session {
    /// The open store, signed in as one officer; dropping it closes the connection and forgets
    /// the key.
    pub store: Store,
    /// The store's settings, kept current by the settings screen.
    pub settings: Settings,
    /// Everyone a case can be assigned to, and everyone named in a case's history.
    pub officers: Vec<Officer>,
    /// When the last good backup was made, and why the last attempt failed if it did.
    pub backup: BackupStatus,
}

/// What the window knows of backups: shown in the inbox, kept current by the backups it makes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BackupStatus {
    /// The last good backup recorded in the store.
    pub last: Option<NaiveDateTime>,
    /// Why the last attempt failed, translated; `None` after a good one.
    pub failed: Option<String>,
    /// True while one is being made.
    pub running: bool,
}

impl Session {
    /// Wraps a freshly opened store.
    pub fn new(store: Store) -> Result<Session, StoreError> {
        Ok(Session {
            settings: store.settings()?,
            officers: store.officers()?,
            backup: BackupStatus {
                last: store.last_backup()?,
                ..BackupStatus::default()
            },
            store,
        })
    }

    /// A second connection to the same store, for work off the UI thread.
    #[cfg(test)]
    pub fn open_again(&self) -> Result<Store, StoreError> {
        self.reopen().open()
    }

    /// What a background job needs to open its own connection as the same officer (with the
    /// data key, wiped when dropped; no key derivation on the job's thread).
    pub fn reopen(&self) -> Reopener {
        self.store.reopener()
    }

    /// An officer's name, or an empty string for an unknown id.
    pub fn officer_name(&self, id: OfficerId) -> String {
        self.officers
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.name.clone())
            .unwrap_or_default()
    }

    /// True when the signed-in officer holds `role` (as of sign-in or their last change here;
    /// the store checks again when it acts).
    pub fn may(&self, role: Role) -> bool {
        self.store.signed_in().may(role)
    }
}
