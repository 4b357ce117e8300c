//! The encrypted store: one SQLCipher file per company, every change in a transaction with its
//! audit event. The only place with SQL.

mod audit;
mod case_files;
mod cases;
mod dispatches;
mod error;
mod escalations;
mod inbox;
mod letters;
mod messages;
mod notes;
mod open;
mod search;
mod settings;
mod space;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{Local, NaiveDate, NaiveDateTime, Timelike};
use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::domain::{AuditAction, CaseId, DeadlineSettings, OfficerId};

pub use audit::{AuditReport, left_open_on};
pub use case_files::NewCaseFile;
pub use error::{Result, StoreError};
pub use inbox::{Cursor, InboxFilter, InboxPage, InboxQuery, InboxRow, SEARCH_CANDIDATES, SortKey};
pub use open::SCHEMA_VERSION;
pub use settings::MAX_LOGO_BYTES;
pub use space::SpaceUse;

/// The passphrase or, for benchmarks only, no encryption at all.
pub enum Secret<'a> {
    /// Encrypt with a key derived from this passphrase (SQLCipher 4 defaults).
    Passphrase(&'a str),
    /// A plain SQLite file, only to measure what encryption costs (the benchmark). The app and
    /// the command line never open a store this way.
    Unencrypted,
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

/// An unlocked store. Dropping it closes the connection and forgets the key.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    actor: OfficerId,
    fixed_now: Option<NaiveDateTime>,
}

impl Store {
    /// Creates a new store at `path`; refuses to write over any existing file.
    pub fn create(path: &Path, secret: Secret<'_>, options: &OpenOptions) -> Result<Store> {
        let conn = open::create(path, &secret, options)?;
        let mut store = Store::wrap(conn, path, options);
        store.write(|w| {
            settings::init(w.tx)?;
            w.audit(AuditAction::StoreCreated, None, None, "{}")
        })?;
        store.actor = store.settings()?.current_officer;
        Ok(store)
    }

    /// Opens and unlocks an existing store, migrating it to this version's schema.
    pub fn open(path: &Path, secret: Secret<'_>, options: &OpenOptions) -> Result<Store> {
        let conn = open::open(path, &secret, options)?;
        let mut store = Store::wrap(conn, path, options);
        store.actor = store.settings()?.current_officer;
        Ok(store)
    }

    fn wrap(conn: Connection, path: &Path, options: &OpenOptions) -> Store {
        Store {
            conn,
            path: path.to_owned(),
            actor: OfficerId(0),
            fixed_now: options.fixed_now,
        }
    }

    /// The file this store lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The officer recorded as the actor of changes.
    pub fn actor(&self) -> OfficerId {
        self.actor
    }

    /// Acts as another officer from now on (their id goes into the audit log).
    pub fn set_actor(&mut self, officer: OfficerId) {
        self.actor = officer;
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
        let actor = self.actor;
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
