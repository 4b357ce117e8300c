//! Who opens the store: signing in through a key slot, creating a store with its first officer's
//! slot, upgrading a store from before key slots, and putting a new data key in force. The slot
//! file and its cryptography are described in docs/key-slots.md.

mod crypto;
mod file;
mod manage;
mod sign_in;

use std::path::{Path, PathBuf};

pub use file::{Step, stop_after};
pub use manage::NewOfficer;
pub(super) use sign_in::sign_in;

use self::crypto::{DataKey, SlotSecret};
use self::file::{Slot, SlotFile};
use super::open::{self, Key};
use super::{OpenOptions, Result, Store, StoreError, officers, settings};
use crate::domain::{AuditAction, Officer, OfficerId, Role};

/// The key material of an unlocked store, kept (and wiped when dropped) while it is open.
pub(super) struct Keys {
    /// The key the store is encrypted with.
    data: DataKey,
    /// The signed-in officer's slot id and secret: a passphrase change rewraps them. `None` for
    /// the benchmark's plain store.
    own: Option<(String, SlotSecret)>,
}

/// The names the slot file offers on the sign-in screen, in the order officers were added;
/// empty when there is no slot file (a new store, or one from before key slots) or it cannot be
/// read. Names only: who signs in, and with what roles, is decided by the store.
pub fn officer_names(store: &Path) -> Vec<String> {
    let read = |path: PathBuf| file::read(&path).ok().flatten();
    read(file::current_path(store))
        .or_else(|| read(file::pending_path(store)))
        .map(|f| f.slots.into_iter().map(|s| s.name).collect())
        .unwrap_or_default()
}

/// The slot file beside a store (`<store>.slots`): back it up with the store.
pub fn slot_file_path(store: &Path) -> PathBuf {
    file::current_path(store)
}

/// Creates an encrypted store whose first officer (administrator, complaints manager and
/// officer) is `name` with `passphrase`.
pub(super) fn create(
    path: &Path,
    name: Option<&str>,
    passphrase: &str,
    options: &OpenOptions,
) -> Result<Store> {
    if passphrase.is_empty() {
        return Err(StoreError::EmptyPassphrase);
    }
    for beside in [file::current_path(path), file::pending_path(path)] {
        if beside.exists() {
            return Err(StoreError::AlreadyExists(beside));
        }
    }
    let key = DataKey::random();
    let conn = open::create(path, &Key::Raw(&key.pragma_value()), options)?;
    let made = first_officer(
        Store::wrap(conn, path, options),
        name.unwrap_or(""),
        passphrase,
        key,
    );
    if made.is_err() {
        // Nothing half-made is left behind: no store, no slot file.
        open::remove_store_files(path);
        file::remove_all(path);
    }
    made
}

fn first_officer(mut store: Store, name: &str, passphrase: &str, key: DataKey) -> Result<Store> {
    let _lock = file::lock(&store.path)?;
    let (secret, slot_id) = (SlotSecret::generate(), new_slot_id());
    let id = OfficerId(1);
    store.write(|w| {
        settings::init(w.tx)?;
        w.tx.execute("UPDATE officers SET name = ?2 WHERE id = ?1", (id.0, name))?;
        officers::set_roles(w.tx, id, &Role::all())?;
        officers::set_slot(w.tx, id, Some(binding(&slot_id, &secret).as_ref()))?;
        w.audit(AuditAction::StoreCreated, None, None, "{}")
    })?;
    let slot = Slot::new(&slot_id, name, passphrase, &secret, &key)?;
    file::replace(&store.path, &SlotFile::new(vec![slot]))?;
    store.officer = officers::load(&store.conn, id)?;
    store.keys = Some(Keys {
        data: key,
        own: Some((slot_id, secret)),
    });
    Ok(store)
}

/// Creates a store as the versions before key slots did (for the upgrade's tests): keyed by
/// SQLCipher from the passphrase, schema 9, one officer without roles, no slot file. The store
/// returned acts as that officer, to fill it with cases the way those versions did.
pub fn create_legacy(path: &Path, passphrase: &str, options: &OpenOptions) -> Result<Store> {
    let conn = open::create_at(
        path,
        &Key::Passphrase(passphrase),
        options,
        open::LEGACY_SCHEMA,
    )?;
    let mut store = Store::wrap(conn, path, options);
    store.write(|w| {
        settings::init(w.tx)?;
        w.audit(AuditAction::StoreCreated, None, None, "{}")
    })?;
    store.officer = Officer::new(OfficerId(1), "", "");
    Ok(store)
}

/// Creates a plain store (the benchmark), its first officer holding every role.
pub(super) fn create_plain(path: &Path, options: &OpenOptions) -> Result<Store> {
    let conn = open::create(path, &Key::None, options)?;
    let mut store = Store::wrap(conn, path, options);
    store.write(|w| {
        settings::init(w.tx)?;
        officers::set_roles(w.tx, OfficerId(1), &Role::all())?;
        w.audit(AuditAction::StoreCreated, None, None, "{}")
    })?;
    store.officer = officers::load(&store.conn, OfficerId(1))?;
    Ok(store)
}

/// Opens a plain store as its settings' officer (the benchmark).
pub(super) fn open_plain(path: &Path, options: &OpenOptions) -> Result<Store> {
    let conn = open::open(path, &Key::None, options)?;
    let mut store = Store::wrap(conn, path, options);
    let id = settings::load(&store.conn)?.current_officer;
    store.officer = officers::load(&store.conn, id)?;
    Ok(store)
}

/// Upgrades a store from before key slots, unlocked with its passphrase: a random data key, a
/// slot for its officer with the same passphrase, every role for that officer.
fn upgrade(path: &Path, passphrase: &str, options: &OpenOptions) -> Result<Store> {
    let conn = open::open(path, &Key::Passphrase(passphrase), options)?;
    let mut store = Store::wrap(conn, path, options);
    let id = settings::load(&store.conn)?.current_officer;
    store.officer = officers::load(&store.conn, id)?;
    let (secret, slot_id) = (SlotSecret::generate(), new_slot_id());
    // Sealed to a throwaway key here; the rekey below seals the real one.
    let placeholder = DataKey::random();
    let slot = Slot::new(
        &slot_id,
        &store.officer.name,
        passphrase,
        &secret,
        &placeholder,
    )?;
    store.write(|w| {
        officers::set_roles(w.tx, id, &Role::all())?;
        officers::set_slot(w.tx, id, Some(binding(&slot_id, &secret).as_ref()))?;
        let detail = serde_json::json!({ "reason": "upgrade" }).to_string();
        w.audit(AuditAction::StoreRekeyed, None, None, &detail)
    })?;
    store.keys = Some(Keys {
        data: placeholder,
        own: Some((slot_id, secret)),
    });
    store.rekey(&SlotFile::new(vec![slot]))?;
    store.officer = officers::load(&store.conn, id)?;
    Ok(store)
}

/// A slot's id and secret as the officer's row keeps them.
struct Binding {
    slot_id: String,
    public_key: [u8; 32],
    token_hash: Vec<u8>,
}

impl Binding {
    fn as_ref(&self) -> (&str, &[u8], &[u8]) {
        (&self.slot_id, &self.public_key, &self.token_hash)
    }
}

fn binding(slot_id: &str, secret: &SlotSecret) -> Binding {
    Binding {
        slot_id: slot_id.to_owned(),
        public_key: secret.public_key(),
        token_hash: secret.token_hash(),
    }
}

/// 16 random bytes in hex.
fn new_slot_id() -> String {
    hex::encode(*crypto::random_bytes::<16>())
}

/// The means to open a second connection to an unlocked store as the same officer, for work
/// on another thread. Holds the data key and the officer's slot secret (wiped when dropped),
/// so opening takes no key derivation; after a rekey, ask the store for a new one.
pub struct Reopener {
    path: PathBuf,
    keys: Option<Keys>,
    officer: OfficerId,
    options: OpenOptions,
}

impl Reopener {
    /// Opens the connection; fails if the officer was removed meanwhile.
    pub fn open(self) -> Result<Store> {
        let conn = match &self.keys {
            Some(keys) => {
                let key = keys.data.pragma_value();
                open::open(&self.path, &Key::Raw(&key), &self.options)?
            }
            None => open::open(&self.path, &Key::None, &self.options)?,
        };
        let mut store = Store::wrap(conn, &self.path, &self.options);
        store.officer = officers::load(&store.conn, self.officer)?;
        if !store.officer.active {
            return Err(StoreError::UnknownOfficer);
        }
        store.keys = self.keys;
        Ok(store)
    }
}

impl Store {
    /// The value `PRAGMA key` takes for this store's data key (`x'…'`); `None` for a plain
    /// store. For making a copy in the same key (a backup).
    pub(in crate::store) fn data_key_value(&self) -> Option<zeroize::Zeroizing<String>> {
        self.keys.as_ref().map(|k| k.data.pragma_value())
    }

    /// What a background job needs to open its own connection as the signed-in officer.
    pub fn reopener(&self) -> Reopener {
        Reopener {
            path: self.path.clone(),
            keys: self.keys.as_ref().map(|k| Keys {
                data: k.data.duplicate(),
                own: k.own.as_ref().map(|(id, s)| (id.clone(), s.duplicate())),
            }),
            officer: self.officer.id,
            options: OpenOptions {
                fixed_now: self.fixed_now,
                ..self.options.clone()
            },
        }
    }

    /// Puts a new data key in force: sealed to the public key (read from the store) of every
    /// active officer with a slot, each keeping their slot's passphrase wrapping; any other slot
    /// is dropped. The new slot file is written first, then the store rekeyed, then the file
    /// renamed into place: a crash anywhere leaves a file that opens the store (see `sign_in`).
    fn rekey(&mut self, from: &SlotFile) -> Result<()> {
        let key = DataKey::random();
        let holders = officers::slot_holders(&self.conn)?;
        let mut slots = Vec::new();
        for holder in &holders {
            if let Some(slot) = from.slot(&holder.slot_id) {
                slots.push(slot.resealed(&holder.public_key, &key)?);
            }
        }
        file::write_pending(&self.path, &named(SlotFile::new(slots), &holders))?;
        open::rekey(&self.conn, &key.pragma_value())?;
        if let Some(keys) = self.keys.as_mut() {
            keys.data = key;
        }
        file::stop_if(Step::Rekeyed)?;
        file::commit_pending(&self.path)
    }
}

/// The slot file with each slot named as its officer is named in the store.
fn named(mut slots: SlotFile, holders: &[officers::SlotHolder]) -> SlotFile {
    for slot in &mut slots.slots {
        if let Some(h) = holders.iter().find(|h| h.slot_id == slot.id) {
            slot.name.clone_from(&h.name);
        }
    }
    slots
}
