//! Roles, enforced by the store: only an administrator manages officers, settings, templates,
//! the logo and the key; the audit log names the officer who signed in.

use std::collections::BTreeSet;

use crate::common::*;
use klagomal_core::domain::{Language, LetterKind, Officer, OfficerId, Role};
use klagomal_core::store::{NewOfficer, Secret, Store, StoreError};

const PASS: &str = "en lång lösenfras för en handläggare";

/// A store whose first officer (every role) added `name` with `roles`; signed in as `name`.
fn signed_in_as(roles: &[Role]) -> (tempfile::TempDir, Store) {
    let (dir, path, mut admin) = new_store();
    let mut me = admin.signed_in().clone();
    me.name = "Eva Berg".into();
    admin.update_officer(&me).expect("name");
    admin
        .add_officer(NewOfficer {
            name: "Olle Ek",
            title: "",
            roles: &roles.iter().copied().collect(),
            passphrase: Some(PASS),
        })
        .expect("add");
    drop(admin);
    let secret = Secret::Officer {
        name: "Olle Ek",
        passphrase: PASS,
    };
    (dir, Store::open(&path, secret, &options()).expect("olle"))
}

fn not_permitted<T: std::fmt::Debug>(result: Result<T, StoreError>) -> bool {
    matches!(
        result,
        Err(StoreError::NotPermitted {
            needed: Role::Admin
        })
    )
}

#[test]
fn only_an_administrator_manages_officers_settings_and_templates() {
    for roles in [vec![Role::Officer], vec![Role::Officer, Role::Manager]] {
        let (_dir, mut store) = signed_in_as(&roles);
        let eva = OfficerId(1);
        let none = BTreeSet::new();
        let new = NewOfficer {
            name: "Nils",
            title: "",
            roles: &none,
            passphrase: Some(PASS),
        };
        assert!(not_permitted(store.add_officer(new)));
        assert!(not_permitted(store.remove_officer(eva)));
        assert!(not_permitted(store.set_roles(store.actor(), &Role::all())));
        let settings = store.settings().expect("settings");
        assert!(not_permitted(store.save_settings(&settings)));
        assert!(not_permitted(store.set_logo(None)));
        assert!(not_permitted(store.set_custom_template(
            LetterKind::Acknowledgement,
            Language::Sv,
            Some("x")
        )));
        assert!(not_permitted(store.export_key()));
        let mut other = store.officer(eva).expect("eva");
        other.name = "Someone".into();
        assert!(not_permitted(store.update_officer(&other)));
        assert!(matches!(
            store.require(Role::Admin),
            Err(StoreError::NotPermitted { .. })
        ));
        assert_eq!(
            store.require(Role::Manager).is_ok(),
            roles.contains(&Role::Manager)
        );
        // One's own name and title, and passphrase, are one's own.
        let mut me = store.signed_in().clone();
        me.title = "Handläggare".into();
        store.update_officer(&me).expect("own title");
        store
            .change_passphrase("en ny lång lösenfras")
            .expect("own passphrase");
        assert_eq!(store.signed_in().title, "Handläggare");
    }
}

#[test]
fn an_administrator_sets_roles_but_never_leaves_the_store_without_one() {
    let (_dir, _path, mut store) = new_store();
    let me = store.actor();
    assert!(matches!(
        store.remove_officer(me),
        Err(StoreError::CannotRemoveSelf)
    ));
    let only_officer = BTreeSet::from([Role::Officer]);
    assert!(matches!(
        store.set_roles(me, &only_officer),
        Err(StoreError::LastAdministrator)
    ));
    let karin = store
        .add_officer(NewOfficer {
            name: "Karin Holm",
            title: "",
            roles: &BTreeSet::from([Role::Officer, Role::Admin]),
            passphrase: Some(PASS),
        })
        .expect("add");
    let taken = NewOfficer {
        name: " karin holm ",
        title: "",
        roles: &only_officer,
        passphrase: Some(PASS),
    };
    assert!(matches!(
        store.add_officer(taken),
        Err(StoreError::OfficerNameTaken)
    ));
    store
        .set_roles(me, &only_officer)
        .expect("another admin exists");
    assert!(!store.signed_in().may(Role::Admin));
    assert!(matches!(
        store.require(Role::Admin),
        Err(StoreError::NotPermitted { .. })
    ));
    let officer: Officer = store.officer(karin).expect("karin");
    assert!(officer.may(Role::Admin) && !officer.may(Role::Manager));
}

#[test]
fn the_audit_log_names_the_officer_who_signed_in() {
    let (_dir, mut store) = signed_in_as(&[Role::Officer]);
    let olle = store.actor();
    assert_ne!(olle, OfficerId(1));
    let case = store
        .create_case(complaint("2026-11-20 09:00", "Avgift", "Text"))
        .expect("case");
    let history = store.case_history(case.id).expect("history");
    assert!(!history.is_empty());
    for event in &history {
        assert_eq!(event.actor, format!("officer:{}", olle.0));
    }
    assert!(store.verify_audit().expect("verify").holds());
}

#[test]
fn a_name_without_a_slot_gets_one_under_the_same_name() {
    let (_dir, path, mut store) = new_store();
    let roles = BTreeSet::from([Role::Officer]);
    let assignee = store
        .add_officer(NewOfficer {
            name: "Karin Holm",
            title: "",
            roles: &roles,
            passphrase: None,
        })
        .expect("a name to assign cases to");
    let with_slot = store
        .add_officer(NewOfficer {
            name: "Karin Holm",
            title: "",
            roles: &roles,
            passphrase: Some(PASS),
        })
        .expect("the same officer gets a slot");
    assert_eq!(assignee, with_slot);
    drop(store);
    let secret = Secret::Officer {
        name: "Karin Holm",
        passphrase: PASS,
    };
    assert_eq!(
        Store::open(&path, secret, &options()).expect("in").actor(),
        assignee
    );
}

#[test]
fn a_plain_store_for_the_benchmark_still_opens_as_its_administrator() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("plain.db");
    drop(Store::create(&path, Secret::Unencrypted, &options()).expect("create"));
    let mut store = Store::open(&path, Secret::Unencrypted, &options()).expect("open");
    assert_eq!(store.signed_in().roles, Role::all());
    store.require(Role::Admin).expect("administrator");
    assert!(matches!(store.export_key(), Err(StoreError::NotEncrypted)));
    assert!(matches!(
        store.change_passphrase("en ny lång lösenfras"),
        Err(StoreError::NotEncrypted)
    ));
    assert_eq!(
        store.reopener().open().expect("again").actor(),
        OfficerId(1)
    );
}
