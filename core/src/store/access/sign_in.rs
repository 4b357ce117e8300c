//! Signing in: the officer's slot, found by name, opened with their passphrase; the store's row
//! that the slot is bound to; and, under the slot lock, settling what an interrupted change left.

use std::path::Path;

use super::crypto::SlotSecret;
use super::file::{self, Slot, SlotFile};
use super::{Keys, named, upgrade};
use crate::domain::{AuditAction, Officer, name_key};
use crate::store::open::{self, Key};
use crate::store::{OpenOptions, Result, Store, StoreError, officers};

/// Signs in: the officer's slot (by name, or the only one) opened with their passphrase gives
/// the data key, and the store's row for that slot says who they are. A store without a slot
/// file is one from before key slots, upgraded here with its passphrase.
pub(in crate::store) fn sign_in(
    path: &Path,
    name: Option<&str>,
    passphrase: &str,
    options: &OpenOptions,
) -> Result<Store> {
    if passphrase.is_empty() {
        return Err(StoreError::EmptyPassphrase);
    }
    open::check_file(path, &Key::Passphrase(passphrase))?;
    let _lock = file::lock(path)?;
    let current = file::read(&file::current_path(path))?;
    // A pending file that cannot be read was cut short while being written: it never counted.
    let pending = file::read(&file::pending_path(path)).ok().flatten();
    if current.is_none() && pending.is_none() {
        return upgrade(path, passphrase, options);
    }
    let mut failure: Option<StoreError> = None;
    for (slots, from_pending) in [(&current, false), (&pending, true)] {
        let Some(slots) = slots else { continue };
        match through_slot(path, slots, name, passphrase, options) {
            Ok(mut store) => {
                store.settle(from_pending, pending.is_some())?;
                return Ok(store);
            }
            Err(e) if rank(&e).is_some() => {
                if failure.as_ref().is_none_or(|f| rank(&e) > rank(f)) {
                    failure = Some(e);
                }
            }
            Err(e) => return Err(e),
        }
    }
    if current.is_none() {
        // An upgrade stopped before the store was rekeyed: it still takes the passphrase.
        match upgrade(path, passphrase, options) {
            Err(StoreError::WrongPassphrase) => {}
            other => return other,
        }
    }
    Err(failure.unwrap_or(StoreError::UnknownOfficer))
}

/// How far a failed attempt got, for the error to report when no slot file opens the store.
fn rank(e: &StoreError) -> Option<u8> {
    match e {
        StoreError::UnknownOfficer | StoreError::OfficerNotGiven => Some(0),
        StoreError::WrongPassphrase => Some(1),
        StoreError::SlotNotRecognised => Some(2),
        _ => None,
    }
}

fn through_slot(
    path: &Path,
    slots: &SlotFile,
    name: Option<&str>,
    passphrase: &str,
    options: &OpenOptions,
) -> Result<Store> {
    let slot = choose(slots, name)?;
    let secret = slot.open(passphrase).ok_or(StoreError::WrongPassphrase)?;
    let key = slot
        .data_key(&secret)
        .ok_or(StoreError::SlotNotRecognised)?;
    let conn = match open::open(path, &Key::Raw(&key.pragma_value()), options) {
        // The slot opened, but its key is not the store's: an old or a foreign slot file.
        Err(StoreError::WrongPassphrase) => return Err(StoreError::SlotNotRecognised),
        other => other?,
    };
    let mut store = Store::wrap(conn, path, options);
    store.officer = bound_officer(&store, &slot.id, &secret)?;
    store.keys = Some(Keys {
        data: key,
        own: Some((slot.id.clone(), secret)),
    });
    Ok(store)
}

/// The slot to try: the one with this name, or the only one.
fn choose<'a>(slots: &'a SlotFile, name: Option<&str>) -> Result<&'a Slot> {
    let wanted = name.map(name_key).filter(|n| !n.is_empty());
    match (wanted, slots.slots.as_slice()) {
        // A store whose only officer has no name yet takes any name.
        (_, [only]) if only.name.trim().is_empty() => Ok(only),
        (Some(wanted), all) => all
            .iter()
            .find(|s| name_key(&s.name) == wanted)
            .ok_or(StoreError::UnknownOfficer),
        (None, [only]) => Ok(only),
        (None, []) => Err(StoreError::UnknownOfficer),
        (None, _) => Err(StoreError::OfficerNotGiven),
    }
}

/// The officer whose row holds this slot, with the public key and the token's hash that only
/// the slot's secret matches: an edited slot file can refuse a sign-in, never change who it is.
fn bound_officer(store: &Store, slot_id: &str, secret: &SlotSecret) -> Result<Officer> {
    let row = officers::by_slot(&store.conn, slot_id)?.ok_or(StoreError::SlotNotRecognised)?;
    if !row.active {
        return Err(StoreError::UnknownOfficer);
    }
    let key_matches = row.public_key.as_deref() == Some(&secret.public_key()[..]);
    let token_matches = row.token_hash.as_deref() == Some(&secret.token_hash()[..]);
    if !(key_matches && token_matches) {
        return Err(StoreError::SlotNotRecognised);
    }
    officers::load(&store.conn, row.officer)
}

impl Store {
    /// After a sign-in (the slot lock held): puts in force the pending slot file that opened
    /// the store, or drops one that did not; finishes a removal that stopped before the rekey;
    /// and brings the names in the slot file up to date.
    fn settle(&mut self, from_pending: bool, pending_exists: bool) -> Result<()> {
        if from_pending {
            file::commit_pending(&self.path)?;
        } else if pending_exists {
            file::discard_pending(&self.path);
        }
        let slots =
            file::read(&file::current_path(&self.path))?.ok_or(StoreError::SlotNotRecognised)?;
        let holders = officers::slot_holders(&self.conn)?;
        let stray = slots
            .slots
            .iter()
            .any(|s| !holders.iter().any(|h| h.slot_id == s.id));
        if stray {
            let detail = serde_json::json!({ "reason": "unfinished" }).to_string();
            self.write(|w| w.audit(AuditAction::StoreRekeyed, None, None, &detail))?;
            return self.rekey(&slots);
        }
        let renamed = holders
            .iter()
            .any(|h| slots.slot(&h.slot_id).is_some_and(|s| s.name != h.name));
        if renamed {
            return file::replace(&self.path, &named(slots, &holders));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    //! Slot files forged by an officer who knows only their own passphrase (the crafting needs
    //! this module's private parts, so these tests live here rather than in tests/).

    use std::collections::BTreeSet;
    use std::path::PathBuf;

    use super::*;
    use crate::domain::Role;
    use crate::store::access::officer_names;
    use crate::store::{NewOfficer, Secret};

    const EVA: &str = "eva har en lång lösenfras";
    const OLLE: &str = "olle har en annan lång fras";

    fn team(dir: &Path) -> PathBuf {
        let path = dir.join("forged.db");
        let secret = Secret::Officer {
            name: "Eva Berg",
            passphrase: EVA,
        };
        let mut store = Store::create(&path, secret, &OpenOptions::default()).expect("create");
        let roles = BTreeSet::from([Role::Officer]);
        let new = NewOfficer {
            name: "Olle Ek",
            title: "",
            roles: &roles,
            passphrase: Some(OLLE),
        };
        store.add_officer(new).expect("add");
        path
    }

    /// Olle's slot rewrapped under his passphrase with another id and name.
    fn forged(path: &Path, id_of: &str, name: &str) -> SlotFile {
        let mut slots = file::read(&file::current_path(path))
            .expect("read")
            .expect("file");
        let olle = slots.slots[1].clone();
        let secret = olle.open(OLLE).expect("his own slot");
        let key = olle.data_key(&secret).expect("the data key");
        let id = slots
            .slots
            .iter()
            .find(|s| s.name == id_of)
            .expect("slot")
            .id
            .clone();
        let slot = Slot::new(&id, name, OLLE, &secret, &key).expect("forge");
        slots.slots.retain(|s| s.id != id);
        slots.slots.push(slot);
        slots
    }

    #[test]
    fn a_slot_claiming_another_officers_id_is_refused() {
        let dir = tempfile::tempdir().expect("dir");
        let path = team(dir.path());
        file::replace(&path, &forged(&path, "Eva Berg", "Eva Berg")).expect("write");
        let err = sign_in(&path, Some("Eva Berg"), OLLE, &OpenOptions::default()).err();
        assert!(
            matches!(err, Some(StoreError::SlotNotRecognised)),
            "{err:?}"
        );
    }

    #[test]
    fn a_slot_under_another_name_signs_in_as_its_own_officer() {
        let dir = tempfile::tempdir().expect("dir");
        let path = team(dir.path());
        let mut slots = file::read(&file::current_path(&path))
            .expect("read")
            .expect("file");
        slots.slots.retain(|s| s.name != "Eva Berg");
        slots.slots[0].name = "Eva Berg".to_owned();
        file::replace(&path, &slots).expect("write");
        let store = sign_in(&path, Some("Eva Berg"), OLLE, &OpenOptions::default()).expect("in");
        assert_eq!(store.signed_in().name, "Olle Ek");
        assert_eq!(store.signed_in().roles, BTreeSet::from([Role::Officer]));
        drop(store);
        assert_eq!(
            officer_names(&path),
            ["Olle Ek"],
            "the file's names follow the store"
        );
    }
}
