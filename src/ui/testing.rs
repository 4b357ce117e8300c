//! Helpers for the screens' tests: a real encrypted store in a temporary folder.

use chrono::NaiveDateTime;
use tempfile::TempDir;

use super::Session;
use klagomal_core::store::{OpenOptions, Secret, Store};

/// The passphrase of test stores.
pub const PASSPHRASE: &str = "testets lösenfras är lång nog";

/// The fixed "now" of the screens' tests.
pub fn now() -> NaiveDateTime {
    NaiveDateTime::parse_from_str("2026-11-24 10:00", "%Y-%m-%d %H:%M").unwrap_or_default()
}

/// A new store with `cases` synthetic cases, unlocked as a session.
pub fn session(cases: u32) -> (TempDir, Session) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("ui.db");
    let options = OpenOptions {
        fixed_now: Some(now()),
        ..OpenOptions::default()
    };
    let mut store = Store::create(&path, Secret::Passphrase(PASSPHRASE), &options).expect("store");
    klagomal_core::demo::prepare(&mut store, cases).expect("demo data");
    (dir, Session::new(store).expect("session"))
}

/// Registers and closes one case per name on `closed` (a day long ago: the store's clock is
/// moved there and back), so that a retention sweep is due for them.
pub fn closed_long_ago(
    session: &mut Session,
    closed: &str,
    names: &[&str],
) -> Vec<klagomal_core::domain::CaseId> {
    use klagomal_core::domain::{CaseDetails, CaseKind, Channel, Status};
    let at = NaiveDateTime::parse_from_str(&format!("{closed} 10:00"), "%Y-%m-%d %H:%M")
        .expect("a date");
    session.store.set_fixed_now(Some(at));
    let ids = names
        .iter()
        .map(|name| {
            let mut d = CaseDetails::new(at, Channel::Letter, CaseKind::Complaint);
            d.subject = "Avgift".into();
            d.complainant.name = (*name).to_owned();
            let id = session.store.create_case(d).expect("case").id;
            session
                .store
                .change_status(id, Status::Closed, Some("Återkallad"))
                .expect("closed");
            id
        })
        .collect();
    session.store.set_fixed_now(Some(now()));
    ids
}

/// A second officer, with only the officer's role, signed in to the session's store.
pub fn plain_officer(admin: Session) -> Session {
    use klagomal_core::domain::Role;
    use klagomal_core::store::NewOfficer;
    let (name, passphrase) = ("Olle Ek", "olles egen långa lösenfras");
    let mut admin = admin;
    let roles = std::collections::BTreeSet::from([Role::Officer]);
    let new = NewOfficer {
        name,
        title: "",
        roles: &roles,
        passphrase: Some(passphrase),
    };
    admin.store.add_officer(new).expect("add");
    let path = admin.store.path().to_owned();
    drop(admin);
    let options = OpenOptions {
        fixed_now: Some(now()),
        ..OpenOptions::default()
    };
    let store =
        Store::open(&path, Secret::Officer { name, passphrase }, &options).expect("officer");
    Session::new(store).expect("session")
}
