//! Backups: a complete, consistent, encrypted copy of the open store, made with SQLite's online
//! backup API in one step from one read snapshot (writers go on meanwhile: the store is in WAL
//! mode), in the store's own key, with the officers' key slots beside it and a manifest. Each
//! copy is verified before it gets its name (opened, `integrity_check`, audit chain, case
//! count against the snapshot), and old copies are rotated out.
//!
//! ```text
//! <folder>/klagomal-backup-20261204-181500.db         the copy (one file, no WAL)
//! <folder>/klagomal-backup-20261204-181500.db.slots   the officers' key slots
//! <folder>/klagomal-backup-20261204-181500.db.json    the manifest
//! ```

mod restore;

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use restore::{Preview, Restored, preview, restore};

use super::open::{self, Key, SCHEMA_VERSION};
use super::{Result, Store, StoreError, audit, slot_file_path, write_atomically};
use crate::domain::{AuditAction, Rotation, backup_file_name, backup_made_at, to_keep};

/// The manifest's format.
pub const FORMAT: &str = "klagomal-backup/1";

/// What a backup holds, written beside it and read back by `backup list` and a restore.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// [`FORMAT`].
    pub format: String,
    /// When the copy was made.
    pub made_at: NaiveDateTime,
    /// The program version that made it.
    pub program_version: String,
    /// The store's schema version.
    pub schema_version: i64,
    /// How many cases it holds.
    pub cases: u64,
    /// How many audit events, and when the newest happened.
    pub audit_events: u64,
    /// The newest audit event's time.
    pub last_event_at: Option<NaiveDateTime>,
    /// The copy's size in bytes.
    pub bytes: u64,
    /// SHA-256 of the copy, hex.
    pub sha256: String,
}

/// A backup made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupMade {
    /// The copy.
    pub path: PathBuf,
    /// What it holds.
    pub manifest: Manifest,
    /// Older copies the rotation removed.
    pub removed: Vec<PathBuf>,
}

/// What a store (or a copy of one) holds, as a backup is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Contents {
    pub cases: u64,
    pub audit_events: u64,
    pub last_event_at: Option<NaiveDateTime>,
}

impl Contents {
    pub(super) fn read(conn: &Connection) -> Result<Contents> {
        let n = |sql: &str| -> Result<u64> {
            let n: i64 = conn.query_row(sql, [], |r| r.get(0))?;
            Ok(n.unsigned_abs())
        };
        Ok(Contents {
            cases: n("SELECT count(*) FROM cases")?,
            audit_events: n("SELECT count(*) FROM audit")?,
            last_event_at: conn
                .query_row("SELECT max(at) FROM audit", [], |r| r.get(0))
                .optional()?
                .flatten(),
        })
    }
}

impl Store {
    /// Makes a backup of the store in `folder` (which must exist: a second disk, a share, a USB
    /// stick), verifies it, and removes the older copies there that `rotation` does not keep.
    /// The store is read from one snapshot while writers go on; a copy that does not verify is
    /// removed and the error says so. The backup is recorded in the audit log (counts only).
    pub fn backup_to(&mut self, folder: &Path, rotation: Rotation) -> Result<BackupMade> {
        if !folder.is_dir() {
            return Err(StoreError::BackupFolder(folder.to_owned()));
        }
        let made_at = self.now();
        let path = folder.join(backup_file_name(made_at));
        let part = tempfile::Builder::new()
            .prefix(".klagomal-backup-")
            .suffix(".part")
            .tempfile_in(folder)?
            .into_temp_path();
        let key = self.data_key_value();
        let key = match &key {
            Some(k) => Key::Raw(k),
            None => Key::None,
        };
        let snapshot = self.copy_into(&part, &key)?;
        let copied = check(&part, &key)?;
        if copied != snapshot {
            return Err(StoreError::BackupNotVerified);
        }
        let bytes = fs::read(&part)?;
        fs::File::open(&part)?.sync_all()?;
        part.persist(&path).map_err(|e| StoreError::from(e.error))?;
        let slots = slot_file_path(self.path());
        if slots.exists() {
            write_atomically(&slot_file_path(&path), &fs::read(&slots)?)?;
        }
        let manifest = Manifest {
            format: FORMAT.to_owned(),
            made_at,
            program_version: env!("CARGO_PKG_VERSION").to_owned(),
            schema_version: SCHEMA_VERSION,
            cases: snapshot.cases,
            audit_events: snapshot.audit_events,
            last_event_at: snapshot.last_event_at,
            bytes: bytes.len() as u64,
            sha256: hex::encode(Sha256::digest(&bytes)),
        };
        write_atomically(
            &manifest_path(&path),
            &serde_json::to_vec_pretty(&manifest)?,
        )?;
        let removed = rotate(folder, rotation)?;
        let detail = serde_json::json!({ "cases": manifest.cases, "bytes": manifest.bytes });
        self.write(|b| b.audit(AuditAction::BackupMade, None, None, &detail.to_string()))?;
        Ok(BackupMade {
            path,
            manifest,
            removed,
        })
    }

    /// When the last backup recorded in this store was made, if any.
    pub fn last_backup(&self) -> Result<Option<NaiveDateTime>> {
        Ok(self
            .conn
            .query_row(
                "SELECT max(at) FROM audit WHERE action = ?1",
                [AuditAction::BackupMade.code()],
                |r| r.get(0),
            )
            .optional()?
            .flatten())
    }

    /// Copies every page of one read snapshot into a new file at `to`, keyed with `key`, and
    /// leaves it as one file (rollback journal, not WAL). Returns what the snapshot held.
    fn copy_into(&self, to: &Path, key: &Key<'_>) -> Result<Contents> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut copy = open::connect(to, flags, key)?;
        let done = (|| -> Result<Contents> {
            self.conn.execute_batch("BEGIN")?;
            let copied = (|| -> Result<Contents> {
                let contents = Contents::read(&self.conn)?;
                // One step, from the snapshot this read transaction holds.
                rusqlite::backup::Backup::new(&self.conn, &mut copy)?.step(-1)?;
                Ok(contents)
            })();
            self.conn.execute_batch("COMMIT")?;
            let contents = copied?;
            copy.pragma_update(None, "journal_mode", "DELETE")?;
            Ok(contents)
        })();
        open::close(copy);
        done
    }
}

/// The manifest's path beside a backup.
pub fn manifest_path(backup: &Path) -> PathBuf {
    let mut name = backup.as_os_str().to_owned();
    name.push(".json");
    PathBuf::from(name)
}

/// Reads a backup's manifest; `None` when there is none or it cannot be read.
pub fn read_manifest(backup: &Path) -> Option<Manifest> {
    let bytes = fs::read(manifest_path(backup)).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// The backups in `folder`, oldest first, each with its manifest where it has one.
pub fn list_backups(folder: &Path) -> Result<Vec<(PathBuf, Option<Manifest>)>> {
    if !folder.is_dir() {
        return Err(StoreError::BackupFolder(folder.to_owned()));
    }
    let mut found: Vec<(NaiveDateTime, PathBuf)> = Vec::new();
    for entry in fs::read_dir(folder)? {
        let path = entry?.path();
        let made = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(backup_made_at);
        if let Some(made) = made {
            found.push((made, path));
        }
    }
    found.sort();
    Ok(found
        .into_iter()
        .map(|(_, p)| {
            let m = read_manifest(&p);
            (p, m)
        })
        .collect())
}

/// Opens a copy read-only in `key` and checks it through: ours, not from a newer version,
/// `integrity_check` ok, the audit chain whole. Returns what it holds.
pub(super) fn check(path: &Path, key: &Key<'_>) -> Result<Contents> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = open::connect(path, flags, key)?;
    let checked = (|| -> Result<Contents> {
        let app_id: i64 = conn
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .map_err(|_| StoreError::BackupNotVerified)?;
        if app_id != open::APPLICATION_ID {
            return Err(StoreError::NotAStore);
        }
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::NewerVersion {
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if integrity != "ok" || !audit::verify(&conn)?.holds() {
            return Err(StoreError::BackupNotVerified);
        }
        Contents::read(&conn)
    })();
    open::close(conn);
    checked
}

/// Removes the backups in `folder` the rotation does not keep, with their slots and manifest.
fn rotate(folder: &Path, rotation: Rotation) -> Result<Vec<PathBuf>> {
    let backups: Vec<PathBuf> = list_backups(folder)?.into_iter().map(|(p, _)| p).collect();
    let made: Vec<NaiveDateTime> = backups
        .iter()
        .filter_map(|p| p.file_name()?.to_str().and_then(backup_made_at))
        .collect();
    let keep = to_keep(&made, rotation);
    let mut removed = Vec::new();
    for (i, path) in backups.into_iter().enumerate() {
        if keep.contains(&i) {
            continue;
        }
        for file in [slot_file_path(&path), manifest_path(&path)] {
            if file.exists() {
                fs::remove_file(&file)?;
            }
        }
        fs::remove_file(&path)?;
        removed.push(path);
    }
    Ok(removed)
}
