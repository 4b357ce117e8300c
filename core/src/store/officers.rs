//! Officers and their roles: the rows, who is signed in, and what the signed-in officer may do.

use std::collections::BTreeSet;

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::{Batch, Result, Store, StoreError};
use crate::domain::{Officer, OfficerId, Role, name_key};

const COLUMNS: &str = "id, name, title, active";

/// What binds a slot to an officer: the row whose `slot_id` it is.
pub(super) struct Binding {
    pub officer: OfficerId,
    pub active: bool,
    pub public_key: Option<Vec<u8>>,
    pub token_hash: Option<Vec<u8>>,
}

/// An active officer who can sign in: their slot's id and the public key the data key is
/// sealed to, as the store (not the slot file) holds them.
pub(super) struct SlotHolder {
    pub officer: OfficerId,
    pub slot_id: String,
    pub name: String,
    pub public_key: Vec<u8>,
}

/// Every officer, active or not, with their roles.
pub(super) fn load_all(conn: &Connection) -> Result<Vec<Officer>> {
    let sql = format!("SELECT {COLUMNS} FROM officers ORDER BY id");
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut officers = stmt
        .query_map([], |r| {
            let mut o = Officer::new(OfficerId(r.get(0)?), &r.get::<_, String>(1)?, "");
            o.title = r.get(2)?;
            o.active = r.get(3)?;
            o.roles.clear();
            Ok(o)
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut stmt = conn.prepare_cached("SELECT officer_id, role FROM officer_roles")?;
    let roles = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
    for row in roles {
        let (id, code) = row?;
        // A role this version does not know grants nothing.
        if let (Some(o), Ok(role)) = (officers.iter_mut().find(|o| o.id.0 == id), code.parse()) {
            o.roles.insert(role);
        }
    }
    Ok(officers)
}

/// One officer.
pub(super) fn load(conn: &Connection, id: OfficerId) -> Result<Officer> {
    load_all(conn)?
        .into_iter()
        .find(|o| o.id == id)
        .ok_or(StoreError::NotFoundRow("officer"))
}

/// The active officer with this name (trimmed, case ignored), if any.
pub(super) fn find_by_name(conn: &Connection, name: &str) -> Result<Option<Officer>> {
    let key = name_key(name);
    Ok(load_all(conn)?
        .into_iter()
        .find(|o| o.active && name_key(&o.name) == key))
}

/// The row that holds a slot.
pub(super) fn by_slot(conn: &Connection, slot_id: &str) -> Result<Option<Binding>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, active, public_key, token_hash FROM officers WHERE slot_id = ?1",
        )?
        .query_row([slot_id], |r| {
            Ok(Binding {
                officer: OfficerId(r.get(0)?),
                active: r.get(1)?,
                public_key: r.get(2)?,
                token_hash: r.get(3)?,
            })
        })
        .optional()?)
}

/// Every active officer with a slot, in id order.
pub(super) fn slot_holders(conn: &Connection) -> Result<Vec<SlotHolder>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, slot_id, name, public_key FROM officers
         WHERE active = 1 AND slot_id IS NOT NULL AND public_key IS NOT NULL ORDER BY id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(SlotHolder {
            officer: OfficerId(r.get(0)?),
            slot_id: r.get(1)?,
            name: r.get(2)?,
            public_key: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// True when the officer is active and holds `role`, as the store says now (another program
/// may have changed it since sign-in).
pub(super) fn may(conn: &Connection, officer: OfficerId, role: Role) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT 1 FROM officers JOIN officer_roles ON officer_id = id
             WHERE id = ?1 AND active = 1 AND role = ?2",
        )?
        .query_row(params![officer.0, role.code()], |_| Ok(()))
        .optional()?
        .is_some())
}

/// How many active administrators there are.
pub(super) fn admin_count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM officers JOIN officer_roles ON officer_id = id
         WHERE active = 1 AND role = 'admin'",
        [],
        |r| r.get(0),
    )?)
}

/// Replaces an officer's roles.
pub(super) fn set_roles(
    tx: &Transaction<'_>,
    officer: OfficerId,
    roles: &BTreeSet<Role>,
) -> Result<()> {
    tx.execute(
        "DELETE FROM officer_roles WHERE officer_id = ?1",
        [officer.0],
    )?;
    let mut insert =
        tx.prepare_cached("INSERT INTO officer_roles (officer_id, role) VALUES (?1, ?2)")?;
    for role in roles {
        insert.execute(params![officer.0, role.code()])?;
    }
    Ok(())
}

/// Binds an officer to a slot (or, with `None`, takes their slot away).
pub(super) fn set_slot(
    tx: &Transaction<'_>,
    officer: OfficerId,
    slot: Option<(&str, &[u8], &[u8])>,
) -> Result<()> {
    let (id, public_key, token_hash) = match slot {
        Some((id, pk, hash)) => (Some(id), Some(pk), Some(hash)),
        None => (None, None, None),
    };
    tx.execute(
        "UPDATE officers SET slot_id = ?2, public_key = ?3, token_hash = ?4 WHERE id = ?1",
        params![officer.0, id, public_key, token_hash],
    )?;
    Ok(())
}

impl Store {
    /// The officer who signed in: the actor of every change made through this store.
    pub fn signed_in(&self) -> &Officer {
        &self.officer
    }

    /// Succeeds when the signed-in officer holds `role`, as the store says now; otherwise
    /// [`StoreError::NotPermitted`]. The store's own changes check it too, inside their
    /// transaction; the window and the command line ask first to show only what may be done.
    pub fn require(&self, role: Role) -> Result<()> {
        match may(&self.conn, self.officer.id, role)? {
            true => Ok(()),
            false => Err(StoreError::NotPermitted { needed: role }),
        }
    }

    /// Every officer, active or not.
    pub fn officers(&self) -> Result<Vec<Officer>> {
        load_all(&self.conn)
    }

    /// One officer.
    pub fn officer(&self, id: OfficerId) -> Result<Officer> {
        load(&self.conn, id)
    }

    /// The officers who can sign in (who hold a key slot); the others are names that cases
    /// can be assigned to.
    pub fn officers_signing_in(&self) -> Result<Vec<OfficerId>> {
        Ok(slot_holders(&self.conn)?
            .into_iter()
            .map(|h| h.officer)
            .collect())
    }

    /// The active officer with this name (trimmed, case ignored), if any.
    pub fn officer_named(&self, name: &str) -> Result<Option<Officer>> {
        find_by_name(&self.conn, name)
    }
}

impl Batch<'_> {
    /// Fails with [`StoreError::NotPermitted`] unless this batch's actor holds `role`: checked in
    /// the transaction that makes the change, so that a role taken away meanwhile counts.
    pub(super) fn require(&self, role: Role) -> Result<()> {
        match may(self.tx, self.actor, role)? {
            true => Ok(()),
            false => Err(StoreError::NotPermitted { needed: role }),
        }
    }
}
