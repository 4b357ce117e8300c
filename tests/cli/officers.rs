//! `klagomal officer …` and `klagomal key export`: officers added, listed, removed and given new
//! passphrases; who acts chosen with --officer or KLAGOMAL_OFFICER; roles refused with exit 1.

use std::path::Path;

use super::{PASSPHRASE, Run, klagomal, klagomal_with, ok, raw_keyed};

const KARIN: &str = "karins lösenfras är lång nog";
const OLLE: &str = "olles lösenfras är också lång";

/// Acting as `officer` with `passphrase`.
fn as_officer(store: &Path, officer: &str, passphrase: &str, args: &[&str]) -> Run {
    let env = [
        ("KLAGOMAL_OFFICER", officer),
        ("KLAGOMAL_PASSPHRASE", passphrase),
    ];
    klagomal_with(store, &env, args)
}

/// Eva (who made the store) adds an officer with a first passphrase.
pub(super) fn add(store: &Path, name: &str, passphrase: &str, roles: &[&str]) {
    let mut args = vec!["--officer", "Eva Berg", "officer", "add", name];
    for role in roles {
        args.extend(["--role", role]);
    }
    let env = [
        ("KLAGOMAL_PASSPHRASE", PASSPHRASE),
        ("KLAGOMAL_NEW_PASSPHRASE", passphrase),
    ];
    let run = klagomal_with(store, &env, &args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains(&format!("{name} lades till som")),
        "{}",
        run.stdout
    );
}

fn team() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("dir");
    let store = dir.path().join("team.db");
    ok(&store, &["init", "--officer", "Eva Berg"]);
    add(&store, "Karin Holm", KARIN, &["officer", "manager"]);
    add(&store, "Olle Ek", OLLE, &[]);
    (dir, store)
}

#[test]
fn officers_are_added_listed_and_sign_in_as_themselves() {
    let (_dir, store) = team();
    let listed = as_officer(&store, "Olle Ek", OLLE, &["officer", "list"]);
    assert_eq!(listed.code, 0, "{}", listed.stderr);
    assert!(
        listed
            .stdout
            .contains("Eva Berg: handläggare, klagomålsansvarig, administratör"),
        "{}",
        listed.stdout
    );
    assert!(
        listed
            .stdout
            .contains("Karin Holm: handläggare, klagomålsansvarig")
    );
    assert!(listed.stdout.contains("Olle Ek: handläggare"));
    let json = as_officer(&store, "karin holm", KARIN, &["officer", "list", "--json"]);
    let rows: serde_json::Value = serde_json::from_str(&json.stdout).expect("json");
    assert_eq!(rows[1]["roles"], serde_json::json!(["officer", "manager"]));
    assert_eq!(rows[2]["active"], true);

    // Several officers: who acts must be said; a wrong passphrase or name is exit 2.
    let nobody = klagomal(&store, Some(PASSPHRASE), &["list"]);
    assert_eq!(nobody.code, 2);
    assert!(nobody.stderr.contains("--officer"), "{}", nobody.stderr);
    assert!(nobody.stderr.contains("Karin Holm"), "{}", nobody.stderr);
    assert_eq!(as_officer(&store, "Olle Ek", KARIN, &["list"]).code, 2);
    assert_eq!(as_officer(&store, "Nils", OLLE, &["list"]).code, 2);
    let new = ok_as(
        &store,
        "Olle Ek",
        OLLE,
        &[
            "new",
            "--received",
            "2026-11-02 10:00",
            "--channel",
            "letter",
            "--name",
            "Åsa Öberg",
            "--subject",
            "Avgift",
        ],
    );
    let shown = as_officer(&store, "Olle Ek", OLLE, &["show", new.trim(), "--json"]);
    assert_eq!(shown.code, 0, "{}", shown.stderr);
}

fn ok_as(store: &Path, officer: &str, passphrase: &str, args: &[&str]) -> String {
    let run = as_officer(store, officer, passphrase, args);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    run.stdout
}

#[test]
fn an_officer_may_not_manage_officers_and_is_told_why() {
    let (_dir, store) = team();
    let env = [
        ("KLAGOMAL_OFFICER", "Olle Ek"),
        ("KLAGOMAL_PASSPHRASE", OLLE),
        ("KLAGOMAL_NEW_PASSPHRASE", "en ny handläggares fras"),
    ];
    for args in [
        vec!["officer", "add", "Nils Nyman"],
        vec!["officer", "remove", "Karin Holm"],
        vec!["officer", "roles", "Olle Ek", "--role", "admin"],
        vec!["key", "export"],
        vec!["settings", "prisbasbelopp", "2027", "60000"],
    ] {
        let run = klagomal_with(&store, &env, &args);
        assert_eq!(run.code, 1, "{args:?}");
        assert!(
            run.stderr.contains("rollen ”administratör”"),
            "{args:?}: {}",
            run.stderr
        );
        assert!(run.stdout.is_empty(), "{args:?}: {}", run.stdout);
    }
    let english = klagomal_with(&store, &env, &["--lang", "en", "key", "export"]);
    assert!(
        english.stderr.contains("the role “administrator”"),
        "{}",
        english.stderr
    );
}

#[test]
fn a_removed_officer_cannot_sign_in_and_passwd_changes_ones_own() {
    let (_dir, store) = team();
    let removed = ok_as(
        &store,
        "Eva Berg",
        PASSPHRASE,
        &["officer", "remove", "olle ek"],
    );
    assert!(removed.contains("Olle Ek är borttagen"), "{removed}");
    assert_eq!(as_officer(&store, "Olle Ek", OLLE, &["list"]).code, 2);
    let listed = ok_as(&store, "Eva Berg", PASSPHRASE, &["officer", "list"]);
    assert!(
        listed.contains("Olle Ek: handläggare (borttagen)"),
        "{listed}"
    );

    let env = [
        ("KLAGOMAL_OFFICER", "Karin Holm"),
        ("KLAGOMAL_PASSPHRASE", KARIN),
        (
            "KLAGOMAL_NEW_PASSPHRASE",
            "karins nya lösenfras efter bytet",
        ),
    ];
    let changed = klagomal_with(&store, &env, &["officer", "passwd"]);
    assert_eq!(changed.code, 0, "{}", changed.stderr);
    assert_eq!(as_officer(&store, "Karin Holm", KARIN, &["list"]).code, 2);
    ok_as(
        &store,
        "Karin Holm",
        "karins nya lösenfras efter bytet",
        &["list"],
    );
    ok_as(&store, "Eva Berg", PASSPHRASE, &["list"]);
}

#[test]
fn the_exported_key_opens_the_store_and_comes_with_a_warning() {
    let (_dir, store) = team();
    let run = as_officer(&store, "Eva Berg", PASSPHRASE, &["key", "export"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.trim().len(), 64);
    assert!(run.stderr.starts_with("VARNING"), "{}", run.stderr);
    let conn = raw_keyed(&store, run.stdout.trim());
    let officers: i64 = conn
        .query_row("SELECT count(*) FROM officers", [], |r| r.get(0))
        .expect("a plain SQLCipher connection reads the store");
    assert_eq!(officers, 3);
}
