//! The encrypted store: one SQLCipher file per company, every change in a transaction with its
//! audit event. The only place with SQL.

mod access;
mod audit;
mod backup;
mod case_files;
mod cases;
mod disclosures;
mod dispatches;
mod erasure;
mod error;
mod escalations;
mod file;
mod inbox;
mod letters;
mod messages;
mod notes;
mod officers;
mod open;
mod people;
mod rectification;
mod retention;
mod reviews;
mod search;
mod settings;
mod space;
mod throttle;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{Local, NaiveDate, NaiveDateTime, Timelike};
use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::domain::{AuditAction, CaseId, DeadlineSettings, Officer, OfficerId};

pub use access::{NewOfficer, Reopener, officer_names, slot_file_path};
pub use audit::{AuditReport, left_open_on};
pub use backup::{
    BackupMade, Manifest, Preview, Restored, list_backups, manifest_path, preview, read_manifest,
    restore,
};
pub use case_files::NewCaseFile;
pub use erasure::{CaseErasure, Erasure};
pub use error::{Result, StoreError};
pub use file::write_atomically;
pub use inbox::{Cursor, InboxFilter, InboxPage, InboxQuery, InboxRow, SEARCH_CANDIDATES, SortKey};
pub use open::SCHEMA_VERSION;
pub use rectification::{Rectification, Rectified};
pub use retention::{HeldSweepCase, Sweep, SweepCase, SweepRecord};
pub use reviews::{ApproveOptions, NewDraft};
pub use settings::MAX_LOGO_BYTES;
pub use space::SpaceUse;

/// Who signs in, with what passphrase, or, for benchmarks only, no encryption at all.
#[derive(Clone, Copy)]
pub enum Secret<'a> {
    /// The passphrase of the store's only officer (on a store with several, name the officer
    /// with [`Secret::Officer`]); creating a store, the first officer's. A store from before
    /// key slots is opened with its passphrase and upgraded.
    Passphrase(&'a str),
    /// A named officer and their passphrase; creating a store, the first officer's name.
    Officer { name: &'a str, passphrase: &'a str },
    /// A plain SQLite file, only to measure what encryption costs (the benchmark). The app and
    /// the command line never open a store this way.
    Unencrypted,
}

impl<'a> Secret<'a> {
    /// An officer's passphrase, with their name when one was given.
    pub fn sign_in(name: Option<&'a str>, passphrase: &'a str) -> Secret<'a> {
        match name {
            Some(name) => Secret::Officer { name, passphrase },
            None => Secret::Passphrase(passphrase),
        }
    }
}

/// Test hooks: stop a change to the key slots after a step, as a crash there would.
#[doc(hidden)]
pub mod testing {
    pub use super::access::{Step, create_legacy, stop_after};
}

/// How to open a store.
#[derive(Debug, Clone)]
pub struct OpenOptions {
    /// How long to wait for another process's lock before giving up with [`StoreError::Locked`].
    pub busy_timeout: Duration,
    /// Page cache, in KiB.
    pub cache_kib: u32,
    /// A fixed clock for tests and reproducible seeding; `None` is the system's local time.
    pub fixed_now: Option<NaiveDateTime>,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions {
            busy_timeout: Duration::from_secs(5),
            cache_kib: 64 * 1024,
            fixed_now: None,
        }
    }
}

/// An unlocked store, signed in as one officer. Dropping it closes the connection and forgets
/// the key.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Who signed in: the actor of every change.
    officer: Officer,
    keys: Option<access::Keys>,
    options: OpenOptions,
    fixed_now: Option<NaiveDateTime>,
}

impl Store {
    /// Creates a new store at `path` with its first officer (administrator, complaints manager
    /// and officer) and their key slot beside it; refuses to write over any existing file.
    pub fn create(path: &Path, secret: Secret<'_>, options: &OpenOptions) -> Result<Store> {
        match secret {
            Secret::Passphrase(p) => access::create(path, None, p, options),
            Secret::Officer { name, passphrase } => {
                access::create(path, Some(name), passphrase, options)
            }
            Secret::Unencrypted => access::create_plain(path, options),
        }
    }

    /// Signs in to an existing store, migrating it to this version's schema (and a store from
    /// before key slots to key slots). A wrong passphrase changes nothing.
    ///
    /// After five wrong passphrases in a row each attempt waits, longer each time (kept beside
    /// the store, so a restart does not reset it): [`StoreError::TooManyAttempts`].
    pub fn open(path: &Path, secret: Secret<'_>, options: &OpenOptions) -> Result<Store> {
        let now = options
            .fixed_now
            .unwrap_or_else(|| Local::now().naive_local());
        if !matches!(secret, Secret::Unencrypted) {
            throttle::check(path, now)?;
        }
        let opened = match secret {
            Secret::Passphrase(p) => access::sign_in(path, None, p, options),
            Secret::Officer { name, passphrase } => {
                access::sign_in(path, Some(name), passphrase, options)
            }
            Secret::Unencrypted => access::open_plain(path, options),
        };
        match &opened {
            Err(StoreError::WrongPassphrase) => throttle::failed(path, now),
            Ok(_) => throttle::succeeded(path),
            Err(_) => {}
        }
        opened
    }

    /// A store on a keyed and migrated connection, signed in as nobody yet.
    fn wrap(conn: Connection, path: &Path, options: &OpenOptions) -> Store {
        let mut nobody = Officer::new(OfficerId(0), "", "");
        nobody.roles.clear();
        Store {
            conn,
            path: path.to_owned(),
            officer: nobody,
            keys: None,
            options: options.clone(),
            fixed_now: options.fixed_now,
        }
    }

    /// The file this store lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The signed-in officer's id: the actor of every change.
    pub fn actor(&self) -> OfficerId {
        self.officer.id
    }

    /// Makes synthetic data in another officer's name (the seed and the demo only, never a
    /// person's work): `f` runs as `officer`, with that officer's roles, and the signed-in
    /// officer acts again afterwards.
    pub(crate) fn acting_as<T>(
        &mut self,
        officer: OfficerId,
        f: impl FnOnce(&mut Store) -> T,
    ) -> Result<T> {
        let other = officers::load(&self.conn, officer)?;
        let me = std::mem::replace(&mut self.officer, other);
        let value = f(self);
        self.officer = me;
        Ok(value)
    }

    /// Sets or clears the fixed clock.
    pub fn set_fixed_now(&mut self, now: Option<NaiveDateTime>) {
        self.fixed_now = now;
    }

    /// The store's notion of now, in the company's local time, to the second.
    pub fn now(&self) -> NaiveDateTime {
        let now = self.fixed_now.unwrap_or_else(|| Local::now().naive_local());
        now.with_nanosecond(0).unwrap_or(now)
    }

    /// Today, by the store's clock.
    pub fn today(&self) -> NaiveDate {
        self.now().date()
    }

    /// Runs several changes in one transaction: all of them are kept, or none. Used for bulk
    /// work such as seeding, where a transaction per change would be slow.
    pub fn batch<T>(&mut self, f: impl FnOnce(&mut Batch<'_>) -> Result<T>) -> Result<T> {
        self.write(f)
    }

    /// Runs `f` in one immediate transaction; commits only if it succeeds.
    fn write<T>(&mut self, f: impl FnOnce(&mut Batch<'_>) -> Result<T>) -> Result<T> {
        let now = self.now();
        let actor = self.officer.id;
        let deadlines = settings::load(&self.conn)?.deadlines;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut batch = Batch {
            tx: &tx,
            now,
            actor,
            deadlines,
            reindex: BTreeSet::new(),
        };
        let value = f(&mut batch)?;
        let mut words = BTreeSet::new();
        for id in std::mem::take(&mut batch.reindex) {
            search::reindex(&tx, id, &mut words)?;
        }
        search::remember(&tx, &words)?;
        tx.commit()?;
        Ok(value)
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        open::close_in_place(&mut self.conn);
    }
}

/// Changes in progress inside one transaction, each with its audit event.
pub struct Batch<'a> {
    tx: &'a Transaction<'a>,
    now: NaiveDateTime,
    actor: OfficerId,
    deadlines: DeadlineSettings,
    /// Cases whose searchable text changed; indexed once each, just before commit.
    reindex: BTreeSet<CaseId>,
}

impl Batch<'_> {
    /// Dates the following changes and their audit events, for importing history or synthetic
    /// data; the app itself always uses the clock.
    pub fn set_now(&mut self, now: NaiveDateTime) {
        self.now = now;
    }

    /// Runs `f` inside a savepoint: when it fails, everything it did is undone (rows, audit
    /// events, cases to reindex) while the batch's earlier changes stay. One bad message of an
    /// import undoes only itself.
    pub fn attempt<T>(&mut self, f: impl FnOnce(&mut Batch<'_>) -> Result<T>) -> Result<T> {
        self.tx.execute_batch("SAVEPOINT attempt")?;
        let (reindex, now) = (self.reindex.clone(), self.now);
        match f(self) {
            Ok(value) => {
                self.tx.execute_batch("RELEASE attempt")?;
                Ok(value)
            }
            Err(e) => {
                self.tx
                    .execute_batch("ROLLBACK TO attempt; RELEASE attempt")?;
                (self.reindex, self.now) = (reindex, now);
                Err(e)
            }
        }
    }

    /// A case as it stands inside this batch.
    pub fn case(&self, id: CaseId) -> Result<crate::domain::Case> {
        cases::load(self.tx, id)
    }

    /// Appends an audit event for this batch's actor.
    fn audit(
        &self,
        action: AuditAction,
        case: Option<CaseId>,
        entity: Option<i64>,
        detail: &str,
    ) -> Result<()> {
        audit::append(self.tx, self.now, self.actor, action, case, entity, detail)
    }
}

/// A stored code that names no variant: the row cannot be read back.
fn code_error(column: usize, e: crate::domain::UnknownCode) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, Box::new(e))
}
