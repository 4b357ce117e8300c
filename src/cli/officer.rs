//! `klagomal officer …` and `klagomal key export`: who signs in to the store, with what roles,
//! their passphrases, and the data key for another SQLCipher client.

use std::collections::BTreeSet;

use klagomal_core::domain::{Officer, Role};
use klagomal_core::fl;
use klagomal_core::i18n::label;
use klagomal_core::store::{NewOfficer, Store};

use super::{Failure, new_passphrase};

/// `officer add NAME --role …`: an administrator adds an officer with a first passphrase.
pub fn add(store: &mut Store, name: &str, title: &str, roles: &[Role]) -> Result<(), Failure> {
    // Refused before the new passphrase is asked for.
    store.require(Role::Admin)?;
    let roles: BTreeSet<Role> = roles.iter().copied().collect();
    let passphrase = new_passphrase()?;
    store.add_officer(NewOfficer {
        name,
        title,
        roles: &roles,
        passphrase: Some(&passphrase),
    })?;
    let added = store.officer_named(name)?.map(|o| o.roles).unwrap_or(roles);
    println!(
        "{}",
        fl!(
            "cli-officer-added",
            name = name.trim(),
            roles = role_names(&added)
        )
    );
    Ok(())
}

/// `officer list`: every officer, with their roles and whether they are still active.
pub fn list(store: &Store, json: bool) -> Result<(), Failure> {
    let officers = store.officers()?;
    if json {
        let rows: Vec<serde_json::Value> = officers
            .iter()
            .map(|o| {
                serde_json::json!({
                    "id": o.id.0, "name": o.name, "title": o.title,
                    "roles": o.roles, "active": o.active,
                })
            })
            .collect();
        println!("{}", serde_json::Value::Array(rows));
        return Ok(());
    }
    for o in &officers {
        let (name, roles) = (o.name.as_str(), role_names(&o.roles));
        let line = match o.active {
            true => fl!("cli-officer-row", name = name, roles = roles),
            false => fl!("cli-officer-row-removed", name = name, roles = roles),
        };
        println!("{line}");
    }
    Ok(())
}

/// `officer remove NAME`: the officer can no longer sign in; the store is rekeyed.
pub fn remove(store: &mut Store, name: &str) -> Result<(), Failure> {
    let officer = named(store, name)?;
    store.remove_officer(officer.id)?;
    println!("{}", fl!("cli-officer-removed", name = officer.name));
    Ok(())
}

/// `officer roles NAME --role …`: an administrator sets an officer's roles.
pub fn roles(store: &mut Store, name: &str, roles: &[Role]) -> Result<(), Failure> {
    let officer = named(store, name)?;
    let roles: BTreeSet<Role> = roles.iter().copied().collect();
    store.set_roles(officer.id, &roles)?;
    println!(
        "{}",
        fl!(
            "cli-officer-roles-set",
            name = officer.name,
            roles = role_names(&roles)
        )
    );
    Ok(())
}

/// `officer passwd`: the acting officer's new passphrase.
pub fn passwd(store: &mut Store) -> Result<(), Failure> {
    let passphrase = new_passphrase()?;
    store.change_passphrase(&passphrase)?;
    println!(
        "{}",
        fl!(
            "cli-passphrase-changed",
            name = store.signed_in().name.as_str()
        )
    );
    Ok(())
}

/// `key export`: the data key in hex on standard output, a warning on standard error.
pub fn export_key(store: &mut Store) -> Result<(), Failure> {
    store.require(Role::Admin)?;
    let hex = store.export_key()?;
    eprintln!("{}", fl!("cli-key-export-warning"));
    println!("{}", *hex);
    Ok(())
}

/// The active officer of that name, or a failure listing who there is.
fn named(store: &Store, name: &str) -> Result<Officer, Failure> {
    if let Some(officer) = store.officer_named(name)? {
        return Ok(officer);
    }
    let list: Vec<String> = store
        .officers()?
        .into_iter()
        .filter(|o| o.active)
        .map(|o| o.name)
        .collect();
    Err(Failure {
        message: fl!(
            "cli-officer-not-found",
            officer = name.trim(),
            officers = list.join(", ")
        ),
        exit_code: 1,
    })
}

/// Roles in the user's language: "handläggare, klagomålsansvarig".
pub(super) fn role_names(roles: &BTreeSet<Role>) -> String {
    roles
        .iter()
        .map(|r| label("role", r.code()))
        .collect::<Vec<_>>()
        .join(", ")
}
