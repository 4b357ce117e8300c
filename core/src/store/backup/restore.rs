//! Restoring a backup: what it holds is shown (and its passphrase, version and integrity
//! checked) before anything changes; then the current store is renamed aside, never deleted,
//! and the copy put in its place with its key slots.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;

use super::{Contents, Manifest, read_manifest};
use crate::domain::AuditAction;
use crate::store::{OpenOptions, Result, Secret, Store, StoreError, audit, slot_file_path};

/// What a backup holds, read from the copy itself after the officer's passphrase opened it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    /// The manifest beside it, if there is one.
    pub manifest: Option<Manifest>,
    /// How many cases.
    pub cases: u64,
    /// How many audit events.
    pub audit_events: u64,
    /// The newest audit event's time: how far the copy goes.
    pub last_event_at: Option<NaiveDateTime>,
}

/// A restore done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    /// What was restored.
    pub preview: Preview,
    /// Where the store that was in place now is (with its key slots beside it); `None` when
    /// there was none.
    pub aside: Option<PathBuf>,
}

/// Opens a copy of `backup` (with its key slots) in a temporary folder as the officer `secret`
/// names, checks it through (integrity, audit chain) and says what it holds. Nothing beside the
/// backup is touched. A backup from a newer version is refused
/// ([`StoreError::NewerVersion`]), a wrong passphrase too.
pub fn preview(backup: &Path, secret: Secret<'_>, options: &OpenOptions) -> Result<Preview> {
    if !backup.is_file() {
        return Err(StoreError::NotFound(backup.to_owned()));
    }
    let dir = tempfile::tempdir()?;
    let copy = dir.path().join("backup.db");
    fs::copy(backup, &copy)?;
    let slots = slot_file_path(backup);
    if slots.exists() {
        fs::copy(&slots, slot_file_path(&copy))?;
    }
    let store = Store::open(&copy, secret, options)?;
    let integrity: String = store
        .conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if integrity != "ok" || !audit::verify(&store.conn)?.holds() {
        return Err(StoreError::BackupNotVerified);
    }
    let contents = Contents::read(&store.conn)?;
    drop(store);
    Ok(Preview {
        manifest: read_manifest(backup),
        cases: contents.cases,
        audit_events: contents.audit_events,
        last_event_at: contents.last_event_at,
    })
}

/// Restores `backup` to `store`: checks it as [`preview`] does, copies it beside the store,
/// renames the current store (with its `-wal`, `-shm` and key slots) aside as
/// `<store>.before-restore-<time>`, and puts the copy and its key slots in place. The program
/// must not have the store open meanwhile. The restored store records the restore in its
/// audit log.
pub fn restore(
    backup: &Path,
    store: &Path,
    secret: Secret<'_>,
    options: &OpenOptions,
) -> Result<Restored> {
    let preview = preview(backup, secret, options)?;
    let folder = match store.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    // The copy is whole beside the store before anything is moved.
    let part = tempfile::Builder::new()
        .prefix(".klagomal-restore-")
        .suffix(".part")
        .tempfile_in(&folder)?
        .into_temp_path();
    fs::copy(backup, &part)?;
    fs::File::open(&part)?.sync_all()?;
    let slots = fs::read(slot_file_path(backup)).ok();
    let aside = match store.exists() {
        true => Some(put_aside(store, options.fixed_now.unwrap_or_else(now))?),
        false => None,
    };
    part.persist(store).map_err(|e| StoreError::from(e.error))?;
    if let Some(slots) = slots {
        crate::store::write_atomically(&slot_file_path(store), &slots)?;
    }
    if let Ok(dir) = fs::File::open(&folder) {
        // Makes the renames durable where the platform allows syncing a folder.
        let _ = dir.sync_all();
    }
    // The restored store says in its own log that it was restored, and from how far back.
    let mut restored = Store::open(store, secret, options)?;
    let detail = serde_json::json!({
        "made_at": preview.manifest.as_ref().map(|m| m.made_at),
        "cases": preview.cases,
        "last_event_at": preview.last_event_at,
    });
    restored.write(|b| b.audit(AuditAction::StoreRestored, None, None, &detail.to_string()))?;
    Ok(Restored { preview, aside })
}

fn now() -> NaiveDateTime {
    chrono::Local::now().naive_local()
}

/// Renames the store and every file that belongs to it to `<store>.before-restore-<time>…`.
fn put_aside(store: &Path, at: NaiveDateTime) -> Result<PathBuf> {
    let mut name = store.as_os_str().to_owned();
    name.push(format!(".before-restore-{}", at.format("%Y%m%d-%H%M%S")));
    let aside = PathBuf::from(name);
    if aside.exists() {
        return Err(StoreError::AlreadyExists(aside));
    }
    for suffix in ["-wal", "-shm"] {
        let from = with_suffix(store, suffix);
        if from.exists() {
            fs::rename(&from, with_suffix(&aside, suffix))?;
        }
    }
    let slots = slot_file_path(store);
    if slots.exists() {
        fs::rename(&slots, slot_file_path(&aside))?;
    }
    fs::rename(store, &aside)?;
    Ok(aside)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}
