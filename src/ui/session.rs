//! The unlocked store and what every screen needs to know about it, for as long as the app is
//! unlocked.

use std::path::PathBuf;

use klagomal_core::domain::{Officer, OfficerId, Settings};
use klagomal_core::store::{OpenOptions, Secret, Store, StoreError};

/// The unlocked store and what every screen needs to know about it.
pub struct Session {
    /// The open store; dropping it closes the connection and forgets the key.
    pub store: Store,
    /// The store's settings, kept current by the settings screen.
    pub settings: Settings,
    /// Everyone a case can be assigned to.
    pub officers: Vec<Officer>,
    /// Kept while unlocked so that background work (an import) can open its own connection;
    /// dropped, and wiped, when the app locks.
    passphrase: zeroize::Zeroizing<String>,
}

impl Session {
    /// Wraps a freshly opened store.
    pub fn new(
        store: Store,
        passphrase: zeroize::Zeroizing<String>,
    ) -> Result<Session, StoreError> {
        Ok(Session {
            passphrase,
            settings: store.settings()?,
            officers: store.officers()?,
            store,
        })
    }

    /// A second connection to the same store, for work off the UI thread.
    #[cfg(test)]
    pub fn open_again(&self) -> Result<Store, StoreError> {
        self.reopen().open()
    }

    /// What a background job needs to open its own connection: opening derives the key, which
    /// takes a few hundred milliseconds, so the job does it on its own thread.
    pub fn reopen(&self) -> Reopen {
        Reopen {
            path: self.store.path().to_owned(),
            passphrase: self.passphrase.clone(),
            actor: self.store.actor(),
        }
    }

    /// An officer's name, or an empty string for an unknown id.
    pub fn officer_name(&self, id: OfficerId) -> String {
        self.officers
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.name.clone())
            .unwrap_or_default()
    }
}

/// The means to open a second connection to the unlocked store, acting as the same officer.
/// Sent to a job's thread; the passphrase it carries is wiped when it is dropped.
pub struct Reopen {
    path: PathBuf,
    passphrase: zeroize::Zeroizing<String>,
    actor: OfficerId,
}

impl Reopen {
    /// Opens the connection (slow: the key is derived again).
    pub fn open(self) -> Result<Store, StoreError> {
        let mut store = Store::open(
            &self.path,
            Secret::Passphrase(&self.passphrase),
            &OpenOptions::default(),
        )?;
        store.set_actor(self.actor);
        Ok(store)
    }
}
