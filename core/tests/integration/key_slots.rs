//! Key slots: each officer signs in with their own passphrase; a wrong one changes nothing; a
//! removed officer's old slot file opens nothing; changes interrupted at any step leave a store
//! that opens; a store from before key slots is upgraded and keeps every case.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use crate::common::*;
use klagomal_core::domain::{NewNote, NoteKind, OfficerId, Role};
use klagomal_core::store::testing::{Step, create_legacy, stop_after};
use klagomal_core::store::{
    NewOfficer, OpenOptions, Secret, Store, StoreError, officer_names, slot_file_path,
};
use tempfile::TempDir;

const EVA: &str = "Eva Berg";
const KARIN: &str = "Karin Holm";
const OLLE: &str = "Olle Ek";
const KARIN_PASS: &str = "karins egen lösenfras som är lång";
const OLLE_PASS: &str = "olles hemliga fras om sju ord";

/// A store of three officers: Eva (who created it: every role), Karin (complaints manager)
/// and Olle (officer), each with their own passphrase.
fn team() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("team.db");
    let secret = Secret::Officer {
        name: EVA,
        passphrase: PASSPHRASE,
    };
    let mut store = Store::create(&path, secret, &options()).expect("create");
    for (name, roles, passphrase) in [
        (KARIN, [Role::Officer, Role::Manager].as_slice(), KARIN_PASS),
        (OLLE, [Role::Officer].as_slice(), OLLE_PASS),
    ] {
        store
            .add_officer(NewOfficer {
                name,
                title: "Handläggare",
                roles: &roles.iter().copied().collect(),
                passphrase: Some(passphrase),
            })
            .expect("add");
    }
    store
        .create_case(complaint("2026-11-20 09:00", "Avgift", "Text"))
        .expect("case");
    (dir, path)
}

fn sign_in(path: &Path, name: &str, passphrase: &str) -> Result<Store, StoreError> {
    Store::open(path, Secret::Officer { name, passphrase }, &options())
}

fn who(path: &Path, name: &str, passphrase: &str) -> Option<String> {
    sign_in(path, name, passphrase)
        .ok()
        .map(|s| s.signed_in().name.clone())
}

fn slots(path: &Path) -> PathBuf {
    slot_file_path(path)
}

fn pending(path: &Path) -> PathBuf {
    PathBuf::from(format!("{}.new", slots(path).display()))
}

#[test]
fn each_officer_signs_in_with_their_own_passphrase() {
    let (_dir, path) = team();
    assert_eq!(officer_names(&path), [EVA, KARIN, OLLE]);
    for (name, passphrase, roles) in [
        (EVA, PASSPHRASE, Role::all()),
        (
            KARIN,
            KARIN_PASS,
            BTreeSet::from([Role::Officer, Role::Manager]),
        ),
        (OLLE, OLLE_PASS, BTreeSet::from([Role::Officer])),
    ] {
        let store = sign_in(&path, name, passphrase).expect(name);
        assert_eq!(store.signed_in().name, name);
        assert_eq!(store.signed_in().roles, roles, "{name}");
        assert_eq!(store.case_count().expect("count"), 1);
    }
    assert_eq!(
        who(&path, "  karin   HOLM ", KARIN_PASS).as_deref(),
        Some(KARIN)
    );
    let err = |r: Result<Store, StoreError>| r.err();
    assert!(matches!(
        err(sign_in(&path, KARIN, OLLE_PASS)),
        Some(StoreError::WrongPassphrase)
    ));
    assert!(matches!(
        err(sign_in(&path, "Nils", OLLE_PASS)),
        Some(StoreError::UnknownOfficer)
    ));
    assert!(matches!(
        err(Store::open(
            &path,
            Secret::Passphrase(OLLE_PASS),
            &options()
        )),
        Some(StoreError::OfficerNotGiven)
    ));
}

#[test]
fn a_wrong_passphrase_changes_nothing() {
    let (dir, path) = team();
    let bytes = |p: &Path| fs::read(p).expect("read");
    // Only the count of wrong passphrases (`.attempts`, never a passphrase) may appear.
    let listing = || {
        let mut names: Vec<_> = fs::read_dir(dir.path())
            .expect("dir")
            .map(|e| e.expect("entry").file_name())
            .filter(|n| !n.to_string_lossy().ends_with(".attempts"))
            .collect();
        names.sort();
        names
    };
    let (store, slot_file, files) = (bytes(&path), bytes(&slots(&path)), listing());
    for (name, passphrase) in [(EVA, "fel"), (OLLE, KARIN_PASS), (KARIN, "karins egen")] {
        let err = sign_in(&path, name, passphrase).err();
        assert!(matches!(err, Some(StoreError::WrongPassphrase)), "{err:?}");
    }
    assert_eq!(bytes(&path), store, "the store changed");
    assert_eq!(bytes(&slots(&path)), slot_file, "the slot file changed");
    assert_eq!(listing(), files, "files appeared or went");
}

#[test]
fn a_removed_officers_old_slot_file_opens_nothing() {
    let (_dir, path) = team();
    let old_slots = fs::read(slots(&path)).expect("slots");
    let old_key = reopen_as_eva(&path).export_key().expect("key").to_string();
    let mut eva = reopen_as_eva(&path);
    let olle = eva.officer_named(OLLE).expect("find").expect("olle").id;
    eva.remove_officer(olle).expect("remove");
    drop(eva);

    assert!(matches!(
        sign_in(&path, OLLE, OLLE_PASS).err(),
        Some(StoreError::UnknownOfficer)
    ));
    assert_eq!(officer_names(&path), [EVA, KARIN]);
    assert_eq!(who(&path, KARIN, KARIN_PASS).as_deref(), Some(KARIN));
    // Olle puts back the copy of the slot file he kept: his slot opens, its key does not.
    let new_slots = fs::read(slots(&path)).expect("slots");
    fs::write(slots(&path), &old_slots).expect("restore old");
    assert!(matches!(
        sign_in(&path, OLLE, OLLE_PASS).err(),
        Some(StoreError::SlotNotRecognised)
    ));
    fs::write(slots(&path), &new_slots).expect("restore new");
    // Nor does the old data key itself.
    let conn = raw_keyed(&path, &old_key);
    assert!(
        conn.query_row("SELECT count(*) FROM cases", [], |r| r.get::<_, i64>(0))
            .is_err()
    );
    assert_eq!(who(&path, EVA, PASSPHRASE).as_deref(), Some(EVA));
    let removed = reopen_as_eva(&path).officer(olle).expect("row stays");
    assert!(!removed.active, "kept for the history, inactive");
}

fn reopen_as_eva(path: &Path) -> Store {
    sign_in(path, EVA, PASSPHRASE).expect("eva")
}

#[test]
fn a_passphrase_change_interrupted_at_any_step_leaves_a_passphrase_that_opens() {
    const NEW: &str = "olles nya lösenfras efter bytet";
    for step in [None, Some(Step::PendingWritten), Some(Step::Renamed)] {
        for (first_try, second_try) in [(OLLE_PASS, NEW), (NEW, OLLE_PASS)] {
            let (_dir, path) = team();
            let mut olle = sign_in(&path, OLLE, OLLE_PASS).expect("olle");
            stop_after(step);
            let changed = olle.change_passphrase(NEW);
            stop_after(None);
            assert_eq!(changed.is_ok(), step.is_none(), "{step:?}");
            drop(olle);
            let first = who(&path, OLLE, first_try).is_some();
            let second = who(&path, OLLE, second_try).is_some();
            assert!(first || second, "neither opens after {step:?}");
            if step.is_none() || step == Some(Step::Renamed) {
                assert!(who(&path, OLLE, NEW).is_some() && who(&path, OLLE, OLLE_PASS).is_none());
            }
            // Nobody else is affected.
            assert_eq!(
                who(&path, KARIN, KARIN_PASS).as_deref(),
                Some(KARIN),
                "{step:?}"
            );
            assert!(
                !pending(&path).exists(),
                "a sign-in settles the pending file"
            );
        }
    }
}

#[test]
fn a_removal_interrupted_at_any_step_still_shuts_the_officer_out() {
    for step in [Step::PendingWritten, Step::Rekeyed, Step::Renamed] {
        let (_dir, path) = team();
        let old_key = reopen_as_eva(&path).export_key().expect("key").to_string();
        let mut eva = reopen_as_eva(&path);
        let olle = eva.officer_named(OLLE).expect("find").expect("olle").id;
        stop_after(Some(step));
        assert!(eva.remove_officer(olle).is_err(), "{step:?}");
        stop_after(None);
        drop(eva);
        assert_eq!(
            who(&path, KARIN, KARIN_PASS).as_deref(),
            Some(KARIN),
            "{step:?}"
        );
        assert_eq!(
            who(&path, EVA, PASSPHRASE).as_deref(),
            Some(EVA),
            "{step:?}"
        );
        assert!(sign_in(&path, OLLE, OLLE_PASS).is_err(), "{step:?}");
        let conn = raw_keyed(&path, &old_key);
        let count = conn.query_row("SELECT count(*) FROM cases", [], |r| r.get::<_, i64>(0));
        assert!(count.is_err(), "the old key still opens after {step:?}");
        assert_eq!(officer_names(&path), [EVA, KARIN], "{step:?}");
        assert!(!pending(&path).exists());
        assert!(reopen_as_eva(&path).verify_audit().expect("verify").holds());
    }
}

#[test]
fn a_second_connection_follows_the_officer_and_the_key() {
    let (_dir, path) = team();
    let mut eva = reopen_as_eva(&path);
    let olle = eva.officer_named(OLLE).expect("find").expect("olle").id;
    eva.remove_officer(olle).expect("remove");
    let again = eva.reopener().open().expect("after the rekey");
    assert_eq!(again.actor(), eva.actor());
    assert_eq!(again.case_count().expect("count"), 1);
}

/// A store from before key slots, made the way those versions made it, with cases and notes.
fn legacy() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("wave1.db");
    let mut store = create_legacy(&path, PASSPHRASE, &options()).expect("legacy");
    for i in 0..3 {
        let case = store
            .create_case(complaint(
                "2026-11-20 09:00",
                &format!("Ärende {i}"),
                "Text",
            ))
            .expect("case");
        let note = NewNote {
            kind: NoteKind::Note,
            text: "Anteckning".into(),
        };
        store.add_note(case.id, note).expect("note");
    }
    drop(store);
    assert!(!slots(&path).exists());
    (dir, path)
}

#[test]
fn a_store_from_before_key_slots_is_upgraded_and_keeps_every_case() {
    let (_dir, path) = legacy();
    let before = fs::read(&path).expect("read");
    assert!(matches!(
        Store::open(&path, Secret::Passphrase("fel"), &options()).err(),
        Some(StoreError::WrongPassphrase)
    ));
    assert_eq!(
        fs::read(&path).expect("read"),
        before,
        "a wrong passphrase upgrades nothing"
    );
    assert!(!slots(&path).exists());

    let store = reopen(&path);
    assert_eq!(store.signed_in().id, OfficerId(1));
    assert_eq!(store.signed_in().roles, Role::all());
    assert_eq!(store.case_count().expect("count"), 3);
    assert!(store.verify_audit().expect("verify").holds());
    drop(store);
    assert!(slots(&path).exists());
    // The passphrase no longer keys the file itself; the slot does.
    let old_way = rusqlite::Connection::open(&path).expect("open");
    old_way.pragma_update(None, "key", PASSPHRASE).expect("key");
    assert!(
        old_way
            .query_row("SELECT count(*) FROM cases", [], |r| r.get::<_, i64>(0))
            .is_err()
    );
    let store = reopen(&path);
    assert_eq!(store.case_count().expect("count"), 3);
    let case = store.case_by_number("K-2026-00001".parse().expect("number"));
    assert_eq!(store.notes(case.expect("case").id).expect("notes").len(), 1);
}

#[test]
fn an_upgrade_interrupted_at_any_step_opens_with_the_passphrase() {
    for step in [Step::PendingWritten, Step::Rekeyed, Step::Renamed] {
        let (_dir, path) = legacy();
        stop_after(Some(step));
        assert!(Store::open(&path, Secret::Passphrase(PASSPHRASE), &options()).is_err());
        stop_after(None);
        let store = reopen(&path);
        assert_eq!(store.case_count().expect("count"), 3, "{step:?}");
        drop(store);
        assert!(
            slots(&path).exists() && !pending(&path).exists(),
            "{step:?}"
        );
        assert_eq!(reopen(&path).signed_in().roles, Role::all());
    }
}

#[test]
fn the_exported_key_opens_the_store_in_any_sqlcipher_client() {
    let (_dir, path) = team();
    let hex = reopen_as_eva(&path).export_key().expect("key").to_string();
    assert_eq!(hex.len(), 64);
    assert!(hex.chars().all(|c| c.is_ascii_hexdigit()));
    let conn = raw_keyed(&path, &hex);
    let cases: i64 = conn
        .query_row("SELECT count(*) FROM cases", [], |r| r.get(0))
        .expect("the raw key opens the store");
    assert_eq!(cases, 1);
    let mut olle = sign_in(&path, OLLE, OLLE_PASS).expect("olle");
    assert!(matches!(
        olle.export_key().err(),
        Some(StoreError::NotPermitted {
            needed: Role::Admin
        })
    ));
}

#[test]
fn wrong_passphrases_in_a_row_slow_down_the_next_attempt_across_restarts() {
    let (_dir, path, store) = new_store();
    drop(store);
    let at = |secs: i64| OpenOptions {
        fixed_now: Some(now() + chrono::Duration::seconds(secs)),
        ..OpenOptions::default()
    };
    for n in 0..5 {
        let wrong = Store::open(&path, Secret::Passphrase("fel"), &at(n));
        assert!(matches!(wrong, Err(StoreError::WrongPassphrase)), "{n}");
    }
    // The sixth attempt, even with the right passphrase, waits 30 seconds after the fifth.
    let early = Store::open(&path, Secret::Passphrase(PASSPHRASE), &at(10));
    match early {
        Err(StoreError::TooManyAttempts { until }) => {
            assert_eq!(until, now() + chrono::Duration::seconds(4 + 30));
        }
        other => panic!("delayed, not {:?}", other.map(|_| ())),
    }
    let attempts = std::fs::read_to_string(format!("{}.attempts", path.display())).expect("kept");
    assert!(!attempts.contains("fel") && !attempts.contains(PASSPHRASE));
    // A sixth wrong one doubles the wait; the right one after the wait opens and resets.
    assert!(matches!(
        Store::open(&path, Secret::Passphrase("fel"), &at(40)),
        Err(StoreError::WrongPassphrase)
    ));
    assert!(matches!(
        Store::open(&path, Secret::Passphrase(PASSPHRASE), &at(90)),
        Err(StoreError::TooManyAttempts { .. })
    ));
    Store::open(&path, Secret::Passphrase(PASSPHRASE), &at(101)).expect("after the wait");
    assert!(!std::path::Path::new(&format!("{}.attempts", path.display())).exists());
    assert!(matches!(
        Store::open(&path, Secret::Passphrase("fel"), &at(102)),
        Err(StoreError::WrongPassphrase)
    ));
}
