//! The store on disk: encrypted, refusing what it cannot open, and never changed by a failed open.

use std::fs;

use crate::common::*;
use klagomal_core::store::{OpenOptions, Secret, Store, StoreError};
use rusqlite::Connection;

#[test]
fn the_file_is_encrypted_and_holds_no_plaintext() {
    let (_dir, path, mut store) = new_store();
    let case = store
        .create_case(complaint(
            "2026-11-20 09:00",
            "Orimlig påminnelseavgift",
            "Zebrafink-avgiften i Göteborg är fel",
        ))
        .expect("case");
    store
        .add_note(
            case.id,
            klagomal_core::domain::NewNote {
                kind: klagomal_core::domain::NoteKind::Note,
                text: "Hemlig utredningsanteckning".into(),
            },
        )
        .expect("note");
    drop(store);
    let bytes = fs::read(&path).expect("read");
    assert!(
        !bytes.starts_with(b"SQLite format 3"),
        "plain SQLite header"
    );
    for needle in [
        "Zebrafink",
        "Orimlig",
        "Hemlig",
        "Öberg",
        "811218",
        "asa.oberg",
        "Norrsken",
    ] {
        let found = bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
        assert!(!found, "{needle} in plaintext");
    }
    let reopened = reopen(&path);
    assert_eq!(
        reopened.case(case.id).expect("case").details.subject,
        "Orimlig påminnelseavgift"
    );
}

#[test]
fn a_wrong_passphrase_fails_and_leaves_the_file_unchanged() {
    let (dir, path, mut store) = new_store();
    store
        .create_case(complaint("2026-11-20 09:00", "Ämne", "Text"))
        .expect("case");
    drop(store);
    let before = fs::read(&path).expect("read");
    // Only the count of wrong passphrases (`.attempts`, never a passphrase) may appear.
    let listing = |d: &std::path::Path| {
        let mut v: Vec<_> = fs::read_dir(d)
            .expect("dir")
            .map(|e| e.expect("entry").file_name())
            .filter(|n| !n.to_string_lossy().ends_with(".attempts"))
            .collect();
        v.sort();
        v
    };
    let files_before = listing(dir.path());
    let err = Store::open(&path, Secret::Passphrase("fel lösenfras"), &options()).err();
    assert!(matches!(err, Some(StoreError::WrongPassphrase)), "{err:?}");
    assert_eq!(fs::read(&path).expect("read"), before, "bytes changed");
    assert_eq!(listing(dir.path()), files_before, "files appeared");
    assert!(matches!(
        Store::open(&path, Secret::Passphrase(""), &options()).err(),
        Some(StoreError::EmptyPassphrase)
    ));
    reopen(&path);
}

#[test]
fn files_that_are_not_stores_are_refused_distinctly() {
    let dir = tempfile::tempdir().expect("dir");
    let open = |name: &str| {
        Store::open(
            &dir.path().join(name),
            Secret::Passphrase(PASSPHRASE),
            &options(),
        )
        .err()
    };

    assert!(matches!(open("missing.db"), Some(StoreError::NotFound(_))));
    fs::write(dir.path().join("empty.db"), b"").expect("write");
    assert!(matches!(open("empty.db"), Some(StoreError::NotAStore)));
    fs::write(
        dir.path().join("text.db"),
        "Hej, det här är ett brev.\n".repeat(400),
    )
    .expect("write");
    assert!(matches!(open("text.db"), Some(StoreError::NotAStore)));
    let plain = Connection::open(dir.path().join("plain.db")).expect("plain");
    plain
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .expect("plain");
    drop(plain);
    assert!(matches!(open("plain.db"), Some(StoreError::NotAStore)));
    // Another program's SQLCipher file with the same passphrase is not ours either.
    let other = Connection::open(dir.path().join("other.db")).expect("other");
    other.pragma_update(None, "key", PASSPHRASE).expect("key");
    other.execute_batch("CREATE TABLE t (x);").expect("other");
    drop(other);
    assert!(matches!(open("other.db"), Some(StoreError::NotAStore)));
}

#[test]
fn create_refuses_to_overwrite() {
    let (_dir, path, store) = new_store();
    drop(store);
    let before = fs::read(&path).expect("read");
    let err = Store::create(&path, Secret::Passphrase(PASSPHRASE), &options()).err();
    assert!(matches!(err, Some(StoreError::AlreadyExists(_))), "{err:?}");
    assert_eq!(fs::read(&path).expect("read"), before);
}

#[test]
fn a_store_from_a_newer_version_is_refused_untouched() {
    let (_dir, path, store) = new_store();
    drop(store);
    let conn = keyed(&path);
    conn.pragma_update(None, "user_version", 99).expect("bump");
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .expect("checkpoint");
    drop(conn);
    let before = fs::read(&path).expect("read");
    let err = Store::open(&path, Secret::Passphrase(PASSPHRASE), &options()).err();
    assert!(
        matches!(err, Some(StoreError::NewerVersion { found: 99, supported }) if supported == klagomal_core::store::SCHEMA_VERSION),
        "{err:?}"
    );
    assert_eq!(fs::read(&path).expect("read"), before);
}

#[test]
fn a_store_locked_by_another_process_says_so() {
    let (_dir, path, mut store) = new_store();
    drop(store);
    let short = OpenOptions {
        busy_timeout: std::time::Duration::from_millis(50),
        ..options()
    };
    store = Store::open(&path, Secret::Passphrase(PASSPHRASE), &short).expect("open");
    let other = keyed(&path);
    other
        .execute_batch("BEGIN IMMEDIATE; INSERT INTO settings (key, value) VALUES ('x', 'y');")
        .expect("lock");
    let err = store
        .create_case(complaint("2026-11-20 09:00", "Ämne", "Text"))
        .err();
    assert!(matches!(err, Some(StoreError::Locked)), "{err:?}");
    other.execute_batch("ROLLBACK;").expect("unlock");
    store
        .create_case(complaint("2026-11-20 09:00", "Ämne", "Text"))
        .expect("after unlock");
}

#[test]
fn error_codes_map_to_distinct_errors() {
    use rusqlite::ffi;
    let err = |code| StoreError::from(rusqlite::Error::SqliteFailure(ffi::Error::new(code), None));
    assert!(matches!(err(ffi::SQLITE_READONLY), StoreError::ReadOnly));
    assert!(matches!(err(ffi::SQLITE_FULL), StoreError::DiskFull));
    assert!(matches!(err(ffi::SQLITE_BUSY), StoreError::Locked));
    assert!(matches!(err(ffi::SQLITE_CORRUPT), StoreError::Corrupt));
    let io = |kind| StoreError::from(std::io::Error::from(kind));
    assert!(matches!(
        io(std::io::ErrorKind::ReadOnlyFilesystem),
        StoreError::ReadOnly
    ));
    assert!(matches!(
        io(std::io::ErrorKind::StorageFull),
        StoreError::DiskFull
    ));
}
