//! Managing officers: adding one with their own slot, removing one (which rekeys the store),
//! roles, names, one's own passphrase, and exporting the data key. Administrators only, except
//! one's own name, title and passphrase.

use std::collections::BTreeSet;

use super::crypto::SlotSecret;
use super::file::{self, Slot};
use super::{Keys, binding, new_slot_id};
use crate::domain::{AuditAction, Officer, OfficerId, Role};
use crate::store::{Result, Store, StoreError, officers};

/// An officer to add.
#[derive(Debug, Clone, Copy)]
pub struct NewOfficer<'a> {
    /// Full name, as it is signed on letters; unique among active officers.
    pub name: &'a str,
    /// Title, e.g. *Handläggare*.
    pub title: &'a str,
    /// What they may do; none is taken as officer only.
    pub roles: &'a BTreeSet<Role>,
    /// Their first passphrase, which gives them a slot to sign in with; `None` for a name that
    /// cases can be assigned to but that cannot sign in.
    pub passphrase: Option<&'a str>,
}

impl Store {
    /// Adds an officer (administrators only). An active officer of that name without a slot (a
    /// name from before key slots) gets the slot and the roles instead of a second row.
    pub fn add_officer(&mut self, new: NewOfficer<'_>) -> Result<OfficerId> {
        let name = new.name.trim();
        if name.is_empty() {
            return Err(StoreError::OfficerNameMissing);
        }
        if new.passphrase == Some("") {
            return Err(StoreError::EmptyPassphrase);
        }
        self.require(Role::Admin)?;
        let holders = officers::slot_holders(&self.conn)?;
        let without_slot = match officers::find_by_name(&self.conn, name)? {
            None => None,
            Some(o) if new.passphrase.is_some() && !holders.iter().any(|h| h.officer == o.id) => {
                Some(o.id)
            }
            Some(_) => return Err(StoreError::OfficerNameTaken),
        };
        let roles = match new.roles.is_empty() {
            true => BTreeSet::from([Role::Officer]),
            false => new.roles.clone(),
        };
        let _lock = file::lock(&self.path)?;
        let slot = match new.passphrase {
            Some(passphrase) => Some(self.new_slot(name, passphrase)?),
            None => None,
        };
        let path = self.path.clone();
        self.write(|w| {
            w.require(Role::Admin)?;
            let id = match without_slot {
                Some(id) => id,
                None => {
                    w.tx.execute(
                        "INSERT INTO officers (name, title) VALUES (?1, ?2)",
                        (name, new.title),
                    )?;
                    OfficerId(w.tx.last_insert_rowid())
                }
            };
            officers::set_roles(w.tx, id, &roles)?;
            let detail = serde_json::json!({ "roles": roles, "sign_in": slot.is_some() });
            w.audit(
                AuditAction::OfficerAdded,
                None,
                Some(id.0),
                &detail.to_string(),
            )?;
            if let Some((slot, secret, mut slots)) = slot {
                officers::set_slot(w.tx, id, Some(binding(&slot.id, &secret).as_ref()))?;
                slots.slots.push(slot);
                file::replace(&path, &slots)?;
            }
            Ok(id)
        })
    }

    /// A slot for a new officer, sealed to this store's data key, and the slot file to add it to.
    fn new_slot(&self, name: &str, passphrase: &str) -> Result<(Slot, SlotSecret, file::SlotFile)> {
        let keys = self.keys.as_ref().ok_or(StoreError::NotEncrypted)?;
        let slots =
            file::read(&file::current_path(&self.path))?.ok_or(StoreError::SlotNotRecognised)?;
        let secret = SlotSecret::generate();
        let slot = Slot::new(&new_slot_id(), name, passphrase, &secret, &keys.data)?;
        Ok((slot, secret, slots))
    }

    /// Removes an officer (administrators only): they can no longer sign in, their row stays for
    /// the history, and the store is rekeyed so that their copy of the slot file opens nothing.
    /// Nobody removes themselves, nor the last administrator.
    pub fn remove_officer(&mut self, id: OfficerId) -> Result<()> {
        self.require(Role::Admin)?;
        if id == self.officer.id {
            return Err(StoreError::CannotRemoveSelf);
        }
        let _lock = file::lock(&self.path)?;
        let had_slot = officers::slot_holders(&self.conn)?.len();
        self.write(|w| {
            w.require(Role::Admin)?;
            let officer = officers::load(w.tx, id)?;
            if officer.may(Role::Admin) && officers::admin_count(w.tx)? <= 1 {
                return Err(StoreError::LastAdministrator);
            }
            w.tx.execute("UPDATE officers SET active = 0 WHERE id = ?1", [id.0])?;
            officers::set_slot(w.tx, id, None)?;
            w.audit(AuditAction::OfficerRemoved, None, Some(id.0), "{}")
        })?;
        if self.keys.is_none() || officers::slot_holders(&self.conn)?.len() == had_slot {
            // A name without a slot never held the key: nothing to rekey.
            return Ok(());
        }
        let slots =
            file::read(&file::current_path(&self.path))?.ok_or(StoreError::SlotNotRecognised)?;
        let detail = serde_json::json!({ "reason": "officer_removed" }).to_string();
        self.write(|w| w.audit(AuditAction::StoreRekeyed, None, Some(id.0), &detail))?;
        self.rekey(&slots)
    }

    /// Sets an officer's roles (administrators only); the last administrator keeps theirs.
    pub fn set_roles(&mut self, id: OfficerId, roles: &BTreeSet<Role>) -> Result<()> {
        let roles = match roles.is_empty() {
            true => BTreeSet::from([Role::Officer]),
            false => roles.clone(),
        };
        self.write(|w| {
            w.require(Role::Admin)?;
            let officer = officers::load(w.tx, id)?;
            if !officer.active {
                return Err(StoreError::NotFoundRow("officer"));
            }
            let loses_admin = officer.may(Role::Admin) && !roles.contains(&Role::Admin);
            if loses_admin && officers::admin_count(w.tx)? <= 1 {
                return Err(StoreError::LastAdministrator);
            }
            officers::set_roles(w.tx, id, &roles)?;
            let detail = serde_json::json!({ "roles": roles }).to_string();
            w.audit(AuditAction::OfficerRolesChanged, None, Some(id.0), &detail)
        })?;
        if id == self.officer.id {
            self.officer = officers::load(&self.conn, id)?;
        }
        Ok(())
    }

    /// Changes an officer's name and title: one's own, or anyone's for an administrator. The
    /// roles and the active flag are not changed here (see [`Store::set_roles`]).
    pub fn update_officer(&mut self, officer: &Officer) -> Result<()> {
        let name = officer.name.trim();
        let own = officer.id == self.officer.id;
        if !own {
            self.require(Role::Admin)?;
        }
        let renamed = officers::load(&self.conn, officer.id)?.name != name;
        let _lock = file::lock(&self.path)?;
        self.write(|w| {
            if !own {
                w.require(Role::Admin)?;
            }
            if let Some(other) = officers::find_by_name(w.tx, name)?
                && other.id != officer.id
                && !name.is_empty()
            {
                return Err(StoreError::OfficerNameTaken);
            }
            let n = w.tx.execute(
                "UPDATE officers SET name = ?2, title = ?3 WHERE id = ?1 AND active = 1",
                (officer.id.0, name, &officer.title),
            )?;
            if n == 0 {
                return Err(StoreError::NotFoundRow("officer"));
            }
            // The officer's name is searchable on their cases.
            if renamed {
                let mut stmt =
                    w.tx.prepare("SELECT id FROM cases WHERE assignee_id = ?1")?;
                let ids = stmt.query_map([officer.id.0], |r| r.get(0))?;
                for id in ids {
                    w.reindex.insert(crate::domain::CaseId(id?));
                }
            }
            w.audit(AuditAction::OfficerUpdated, None, Some(officer.id.0), "{}")
        })?;
        if own {
            self.officer = officers::load(&self.conn, officer.id)?;
        }
        self.refresh_names()
    }

    /// Brings the names in the slot file up to date with the store.
    fn refresh_names(&self) -> Result<()> {
        let Some(slots) = file::read(&file::current_path(&self.path))? else {
            return Ok(());
        };
        let holders = officers::slot_holders(&self.conn)?;
        let renamed = super::named(slots.clone(), &holders);
        let changed = renamed
            .slots
            .iter()
            .zip(&slots.slots)
            .any(|(a, b)| a.name != b.name);
        match changed {
            true => file::replace(&self.path, &renamed),
            false => Ok(()),
        }
    }

    /// Changes the signed-in officer's passphrase: only their slot is rewrapped (new salt, new
    /// nonce), written beside the slot file and renamed over it.
    pub fn change_passphrase(&mut self, new: &str) -> Result<()> {
        if new.is_empty() {
            return Err(StoreError::EmptyPassphrase);
        }
        let Some(Keys {
            data,
            own: Some((slot_id, secret)),
        }) = self.keys.as_ref()
        else {
            return Err(StoreError::NotEncrypted);
        };
        let _lock = file::lock(&self.path)?;
        let mut slots =
            file::read(&file::current_path(&self.path))?.ok_or(StoreError::SlotNotRecognised)?;
        let slot = slots
            .slots
            .iter_mut()
            .find(|s| s.id == *slot_id)
            .ok_or(StoreError::SlotNotRecognised)?;
        *slot = Slot::new(slot_id, &slot.name, new, secret, data)?;
        let (path, me) = (self.path.clone(), self.officer.id);
        self.write(|w| {
            w.audit(AuditAction::PassphraseChanged, None, Some(me.0), "{}")?;
            file::replace(&path, &slots)
        })
    }

    /// The data key as 64 hex digits (administrators only), so that any SQLCipher client can
    /// open the store with `PRAGMA key = "x'…'"`. Whoever holds it can read everything, for as
    /// long as no officer is removed (which rekeys the store). Logged.
    pub fn export_key(&mut self) -> Result<zeroize::Zeroizing<String>> {
        let hex = self
            .keys
            .as_ref()
            .ok_or(StoreError::NotEncrypted)?
            .data
            .hex();
        self.write(|w| {
            w.require(Role::Admin)?;
            w.audit(AuditAction::KeyExported, None, None, "{}")
        })?;
        Ok(hex)
    }
}
