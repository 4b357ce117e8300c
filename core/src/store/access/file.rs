//! The slot file beside the store (`<store>.slots`): its JSON format, and writing it so that a
//! crash leaves the old file or the new one, never half of one. See docs/key-slots.md.

use std::cell::Cell;
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::crypto::{self, DataKey, KDF_COST, KdfCost, SlotSecret, Wrapped};
use crate::store::{Result, StoreError};

/// The `format` field of every slot file.
const FORMAT: &str = "klagomal-key-slots";
/// The version this program writes and reads.
const VERSION: u32 = 1;

/// The whole file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SlotFile {
    pub format: String,
    pub version: u32,
    pub slots: Vec<Slot>,
}

/// One officer's slot.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Slot {
    /// 16 random bytes in hex; the officer's row in the store names it.
    pub id: String,
    /// The officer's name in clear, so that the sign-in screen can list it. Only a hint: who
    /// signed in, and with which roles, is read from the store.
    pub name: String,
    /// The key derivation: Argon2id's cost and this slot's salt.
    pub argon2id: Argon2Field,
    /// The officer's X25519 secret key and token, encrypted under the derived key.
    pub xchacha20poly1305: SealedField,
    /// The data key sealed to the officer's public key (libsodium's sealed box), in hex.
    pub sealed_data_key: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Argon2Field {
    #[serde(flatten)]
    pub cost: KdfCost,
    pub salt: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SealedField {
    pub nonce: String,
    pub ciphertext: String,
}

impl SlotFile {
    pub fn new(slots: Vec<Slot>) -> SlotFile {
        SlotFile {
            format: FORMAT.to_owned(),
            version: VERSION,
            slots,
        }
    }

    /// The slot with this id.
    pub fn slot(&self, id: &str) -> Option<&Slot> {
        self.slots.iter().find(|s| s.id == id)
    }
}

impl Slot {
    /// A new slot: `secret` wrapped under `passphrase`, the data key sealed to its public key.
    pub fn new(
        id: &str,
        name: &str,
        passphrase: &str,
        secret: &SlotSecret,
        key: &DataKey,
    ) -> Result<Slot> {
        let aad = associated_data(id, KDF_COST);
        let wrapped = crypto::wrap(passphrase, KDF_COST, &aad, secret).ok_or_else(crypto_failed)?;
        let sealed = crypto::seal_data_key(&secret.public_key(), key).ok_or_else(crypto_failed)?;
        let slot = Slot {
            id: id.to_owned(),
            name: name.to_owned(),
            argon2id: Argon2Field {
                cost: KDF_COST,
                salt: hex::encode(wrapped.salt),
            },
            xchacha20poly1305: SealedField {
                nonce: hex::encode(wrapped.nonce),
                ciphertext: hex::encode(&wrapped.ciphertext),
            },
            sealed_data_key: hex::encode(sealed),
        };
        Ok(slot)
    }

    /// The slot's secret, if `passphrase` opens it.
    pub fn open(&self, passphrase: &str) -> Option<SlotSecret> {
        let wrapped = Wrapped {
            salt: hex::decode(&self.argon2id.salt).ok()?.try_into().ok()?,
            nonce: hex::decode(&self.xchacha20poly1305.nonce)
                .ok()?
                .try_into()
                .ok()?,
            ciphertext: hex::decode(&self.xchacha20poly1305.ciphertext).ok()?,
        };
        let aad = associated_data(&self.id, self.argon2id.cost);
        crypto::unwrap(passphrase, self.argon2id.cost, &aad, &wrapped)
    }

    /// The data key in this slot's box, opened with the slot's secret.
    pub fn data_key(&self, secret: &SlotSecret) -> Option<DataKey> {
        secret.open_data_key(&hex::decode(&self.sealed_data_key).ok()?)
    }

    /// The same slot with the data key sealed anew to `public_key` (read from the store).
    pub fn resealed(&self, public_key: &[u8], key: &DataKey) -> Result<Slot> {
        let sealed = crypto::seal_data_key(public_key, key).ok_or_else(crypto_failed)?;
        Ok(Slot {
            sealed_data_key: hex::encode(sealed),
            ..self.clone()
        })
    }
}

/// What the AEAD binds a slot's secret to: the format, the slot's id and its cost (the salt
/// needs no binding: another salt derives another key, which opens nothing).
fn associated_data(id: &str, cost: KdfCost) -> Vec<u8> {
    format!(
        "{FORMAT} {VERSION}\n{id}\n{}\n{}\n{}",
        cost.memory_kib, cost.iterations, cost.parallelism
    )
    .into_bytes()
}

fn crypto_failed() -> StoreError {
    StoreError::Io(std::sync::Arc::new(std::io::Error::other(
        "the key slot could not be sealed",
    )))
}

/// `<store>.slots`: the slot file in force.
pub fn current_path(store: &Path) -> PathBuf {
    beside(store, ".slots")
}

/// `<store>.slots.new`: a slot file being written; renamed over the current one when complete.
pub fn pending_path(store: &Path) -> PathBuf {
    beside(store, ".slots.new")
}

/// `<store>.slots.lock`: held while the slot files are read or changed, so that two programs on
/// one store never interleave their steps.
fn lock_path(store: &Path) -> PathBuf {
    beside(store, ".slots.lock")
}

fn beside(store: &Path, suffix: &str) -> PathBuf {
    let mut p = store.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

/// Reads a slot file: `None` when there is none; an error when it is not one this program can
/// read (damaged, another program's, a newer version).
pub fn read(path: &Path) -> Result<Option<SlotFile>> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let unreadable = || StoreError::KeySlotsUnreadable(path.to_owned());
    let file: SlotFile = serde_json::from_slice(&bytes).map_err(|_| unreadable())?;
    if file.format != FORMAT || file.version != VERSION {
        return Err(unreadable());
    }
    Ok(Some(file))
}

/// Writes `file` as the pending slot file and makes it durable (step 1 of every change).
pub fn write_pending(store: &Path, file: &SlotFile) -> Result<()> {
    let json = serde_json::to_vec_pretty(file)?;
    let path = pending_path(store);
    let mut out = create_private(&path)?;
    out.write_all(&json)?;
    out.write_all(b"\n")?;
    out.sync_all()?;
    stop_if(Step::PendingWritten)
}

/// Puts the pending slot file in force: renamed over the current one, then the folder synced so
/// that the rename itself survives a power cut.
pub fn commit_pending(store: &Path) -> Result<()> {
    fs::rename(pending_path(store), current_path(store))?;
    sync_dir(store)?;
    stop_if(Step::Renamed)
}

/// Writes and puts in force a slot file that holds the same data key (a passphrase changed, a
/// slot added, names refreshed): the store opens with the old file or the new one throughout.
pub fn replace(store: &Path, file: &SlotFile) -> Result<()> {
    write_pending(store, file)?;
    commit_pending(store)
}

/// Removes a pending file left by an interrupted change that never took effect.
pub fn discard_pending(store: &Path) {
    // Best effort: a pending file that stays is tried, and then overwritten, next time.
    let _ = fs::remove_file(pending_path(store));
}

/// Removes the slot files of a store that could not be created.
pub fn remove_all(store: &Path) {
    for path in [current_path(store), pending_path(store), lock_path(store)] {
        let _ = fs::remove_file(path);
    }
}

/// The lock on a store's slot files, held until dropped.
pub struct SlotLock(#[allow(dead_code)] File);

/// Takes the lock on the store's slot files, waiting for another program to finish its change.
pub fn lock(store: &Path) -> Result<SlotLock> {
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(lock_path(store))?;
    file.lock()?;
    Ok(SlotLock(file))
}

fn create_private(path: &Path) -> std::io::Result<File> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

#[cfg(unix)]
fn sync_dir(store: &Path) -> std::io::Result<()> {
    let dir = match store.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_store: &Path) -> std::io::Result<()> {
    // Windows cannot open a folder to sync it; its rename (MoveFileEx) is journalled by NTFS.
    Ok(())
}

/// A step of a change to the slot files and the store's key, after which a test can stop the
/// change as a crash would.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The new slot file is written beside the current one.
    PendingWritten,
    /// The store was rekeyed to the new data key.
    Rekeyed,
    /// The new slot file was renamed over the current one.
    Renamed,
}

thread_local! {
    static STOP_AFTER: Cell<Option<Step>> = const { Cell::new(None) };
}

/// For tests: the next change on this thread stops after `step`, leaving the files as a crash
/// there would (the store reports an I/O error). `None` lets changes run to the end.
#[doc(hidden)]
pub fn stop_after(step: Option<Step>) {
    STOP_AFTER.with(|s| s.set(step));
}

/// Stops here if a test asked for it.
pub fn stop_if(step: Step) -> Result<()> {
    if STOP_AFTER.with(Cell::get) == Some(step) {
        STOP_AFTER.with(|s| s.set(None));
        return Err(StoreError::Io(std::sync::Arc::new(std::io::Error::other(
            "stopped by a test",
        ))));
    }
    Ok(())
}
