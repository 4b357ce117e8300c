//! Creating, keying, checking and migrating the SQLCipher file.

use std::fs::{self, File};
use std::io::Read;
use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::{OpenOptions, Result, StoreError};

/// `PRAGMA application_id` of a Klagomål store: "KLGM".
pub(super) const APPLICATION_ID: i64 = 0x4B4C_474D;

/// One numbered migration: its SQL, then what only the program can do (refill an index).
struct Migration {
    sql: &'static str,
    then: Option<fn(&rusqlite::Transaction<'_>) -> Result<()>>,
}

const fn sql(sql: &'static str) -> Migration {
    Migration { sql, then: None }
}

/// The numbered migrations, applied in order; the schema version is how many have been applied.
const MIGRATIONS: &[Migration] = &[
    sql(include_str!("migrations/0001_initial.sql")),
    sql(include_str!("migrations/0002_assets.sql")),
    sql(include_str!("migrations/0003_templates.sql")),
    sql(include_str!("migrations/0004_message_hash.sql")),
    sql(include_str!("migrations/0005_escalations.sql")),
    sql(include_str!("migrations/0006_message_channel.sql")),
    sql(include_str!("migrations/0007_inbox_sort.sql")),
    sql(include_str!("migrations/0008_letter_dispatches.sql")),
    sql(include_str!("migrations/0009_case_files.sql")),
    Migration {
        sql: include_str!("migrations/0010_search_words.sql"),
        then: Some(super::search::rebuild),
    },
    sql(include_str!("migrations/0011_officer_roles_and_slots.sql")),
    sql(include_str!("migrations/0012_review.sql")),
    sql(include_str!("migrations/0013_disclosures.sql")),
    sql(include_str!("migrations/0014_legal_hold.sql")),
    sql(include_str!("migrations/0015_rectification.sql")),
    sql(include_str!("migrations/0016_retention.sql")),
];

/// The schema version this program writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Serialises keying connections (see `key`).
static KEYING: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// SQLCipher's page size; an encrypted store's length is always a multiple of it.
const PAGE_SIZE: u64 = 4096;

/// What a connection is keyed with.
pub(super) enum Key<'a> {
    /// The random data key, used by SQLCipher as it is: the value `x'…'` of `PRAGMA key`.
    Raw(&'a str),
    /// A passphrase SQLCipher derives the key from: stores from before key slots, opened once
    /// to be upgraded.
    Passphrase(&'a str),
    /// A plain SQLite file (the benchmark).
    None,
}

/// The last schema before key slots (one passphrase, officers without roles): a wave-1 store
/// (schema 9) is brought this far with its passphrase, then given its slots.
pub(super) const LEGACY_SCHEMA: usize = 10;

pub(super) fn create(path: &Path, key: &Key<'_>, options: &OpenOptions) -> Result<Connection> {
    create_at(path, key, options, MIGRATIONS.len())
}

/// Creates a store with the first `schema` migrations applied.
pub(super) fn create_at(
    path: &Path,
    key: &Key<'_>,
    options: &OpenOptions,
    schema: usize,
) -> Result<Connection> {
    if path.exists() {
        return Err(StoreError::AlreadyExists(path.to_owned()));
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir)?;
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let result = connect(path, flags, key).and_then(|conn| {
        closing_on_error(conn, |conn| {
            conn.pragma_update(None, "application_id", APPLICATION_ID)?;
            configure(conn, options)?;
            migrate(conn, schema)
        })
    });
    if result.is_err() {
        // Nothing half-written: a store that could not be created is not left behind.
        remove_store_files(path);
    }
    result
}

/// Opens, keys and migrates an existing store. A key that does not open it is
/// [`StoreError::WrongPassphrase`], and nothing has been written.
pub(super) fn open(path: &Path, key: &Key<'_>, options: &OpenOptions) -> Result<Connection> {
    check_file(path, key)?;
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = connect(path, flags, key)?;
    closing_on_error(conn, |conn| unlock(conn, key, options))
}

/// Changes the key of the whole store to `new`. The write-ahead log is emptied first and after,
/// so that the file itself is in the new key when this returns.
pub(super) fn rekey(conn: &Connection, new: &str) -> Result<()> {
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    conn.pragma_update(None, "rekey", new)?;
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    Ok(())
}

/// Proves a keyed connection's key and brings the schema up to date.
fn unlock(conn: &mut Connection, key: &Key<'_>, options: &OpenOptions) -> Result<()> {
    // The first read proves the key; nothing has been written before it.
    let app_id: i64 = match conn.pragma_query_value(None, "application_id", |r| r.get(0)) {
        Ok(id) => id,
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
            return Err(match key {
                Key::Raw(_) | Key::Passphrase(_) => StoreError::WrongPassphrase,
                Key::None => StoreError::NotAStore,
            });
        }
        Err(e) => return Err(e.into()),
    };
    if app_id != APPLICATION_ID {
        return Err(StoreError::NotAStore);
    }
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::NewerVersion {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    configure(conn, options)?;
    migrate(conn, MIGRATIONS.len())
}

/// Tells a file that cannot be a store from one that may be ours, without writing to it.
pub(super) fn check_file(path: &Path, key: &Key<'_>) -> Result<()> {
    let meta = fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => StoreError::NotFound(path.to_owned()),
        _ => e.into(),
    })?;
    if !meta.is_file() || meta.len() == 0 {
        return Err(StoreError::NotAStore);
    }
    let mut head = [0u8; 16];
    File::open(path)?
        .read_exact(&mut head)
        .map_err(|_| StoreError::NotAStore)?;
    let plain_sqlite = &head == b"SQLite format 3\0";
    match key {
        // An encrypted store is random bytes from byte 0, in whole pages.
        Key::Raw(_) | Key::Passphrase(_) if plain_sqlite || meta.len() % PAGE_SIZE != 0 => {
            Err(StoreError::NotAStore)
        }
        Key::None if !plain_sqlite => Err(StoreError::NotAStore),
        _ => Ok(()),
    }
}

/// Opens a connection and keys it.
///
/// SQLCipher sets up its crypto provider as connections are opened and keyed and tears it down
/// as the last one closes; a close racing an opening can make `PRAGMA key` fail (seen with
/// parallel tests). Opening, keying and closing are therefore done one at a time (see `close`).
/// That is cheap: the key is derived later, on the first read.
pub(super) fn connect(path: &Path, flags: OpenFlags, key: &Key<'_>) -> Result<Connection> {
    if matches!(key, Key::Passphrase(p) if p.is_empty()) {
        return Err(StoreError::EmptyPassphrase);
    }
    let _one_at_a_time = one_at_a_time();
    let conn = Connection::open_with_flags(path, flags)?;
    if let Err(e) = apply_key(&conn, key) {
        // Already holding the lock, so closed here rather than through `close`.
        let _ = conn.close();
        return Err(e);
    }
    Ok(conn)
}

/// Keys the connection; must be the first statement. SQLCipher 4's defaults are pinned so that a
/// future SQLCipher with other defaults still opens today's files (with a raw key only the page
/// size and the HMAC matter; the rest is pinned for the stores from before key slots).
fn apply_key(conn: &Connection, key: &Key<'_>) -> Result<()> {
    // A wrong key is reported by our error; SQLCipher's own log line would only repeat it on stderr.
    match key {
        Key::None => return Ok(()),
        Key::Raw(value) | Key::Passphrase(value) => {
            conn.pragma_update(None, "cipher_log_level", "NONE")?;
            conn.pragma_update(None, "key", value)?;
        }
    }
    conn.pragma_update(None, "cipher_page_size", 4096)?;
    conn.pragma_update(None, "kdf_iter", 256_000)?;
    conn.pragma_update(None, "cipher_hmac_algorithm", "HMAC_SHA512")?;
    conn.pragma_update(None, "cipher_kdf_algorithm", "PBKDF2_HMAC_SHA512")?;
    Ok(())
}

fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    KEYING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Closes a connection while no other is being opened (see `connect`).
pub(super) fn close(conn: Connection) {
    let _one_at_a_time = one_at_a_time();
    // A failed close leaves nothing to do: the connection is gone either way.
    let _ = conn.close();
}

/// Closes a store's connection (see `close`), leaving an unkeyed in-memory one in its place.
pub(super) fn close_in_place(conn: &mut Connection) {
    let _one_at_a_time = one_at_a_time();
    if let Ok(placeholder) = Connection::open_in_memory() {
        let _ = std::mem::replace(conn, placeholder).close();
    }
}

fn configure(conn: &Connection, options: &OpenOptions) -> Result<()> {
    conn.busy_timeout(options.busy_timeout)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    // Deleted content is overwritten with zeros, so an erased person leaves nothing in free pages.
    conn.pragma_update(None, "secure_delete", "ON")?;
    conn.pragma_update(None, "cache_size", -i64::from(options.cache_kib))?;
    Ok(())
}

/// Applies the migrations this file lacks, each in its own transaction with its version bump.
/// Runs `prepare` on a new connection; a connection that fails it is closed (see `close`).
fn closing_on_error(
    mut conn: Connection,
    prepare: impl FnOnce(&mut Connection) -> Result<()>,
) -> Result<Connection> {
    match prepare(&mut conn) {
        Ok(()) => Ok(conn),
        Err(e) => {
            close(conn);
            Err(e)
        }
    }
}

fn migrate(conn: &mut Connection, schema: usize) -> Result<()> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let applied = usize::try_from(version).map_err(|_| StoreError::NotAStore)?;
    for (index, migration) in MIGRATIONS.iter().enumerate().take(schema).skip(applied) {
        let tx = conn.transaction()?;
        tx.execute_batch(migration.sql)?;
        if let Some(then) = migration.then {
            then(&tx)?;
        }
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

pub(super) fn remove_store_files(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        // Best effort: the file may never have been created.
        let _ = fs::remove_file(p);
    }
}
