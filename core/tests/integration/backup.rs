//! Backups and restore: a copy made while another connection writes is whole and verifies, the
//! rotation keeps the right copies over a year, a restore shows what it holds first and keeps
//! the old store aside, and a backup from a newer version or with a wrong passphrase is refused.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::Duration;

use crate::common::*;
use klagomal_core::domain::{AuditAction, CaseNumber, Rotation};
use klagomal_core::store::{
    Secret, Store, StoreError, list_backups, preview, read_manifest, restore,
};

fn numbers(store: &Store) -> Vec<CaseNumber> {
    let mut n: Vec<CaseNumber> = store
        .find_person("asa.oberg@example.com")
        .expect("find")
        .into_iter()
        .map(|m| m.number)
        .collect();
    n.sort();
    n
}

fn secret() -> Secret<'static> {
    Secret::Passphrase(PASSPHRASE)
}

#[test]
fn a_backup_of_a_busy_store_verifies_and_restores_to_its_snapshot() {
    let (dir, path, mut store) = new_store();
    for i in 0..40 {
        let received = format!("2026-10-{:02} 09:00", i % 28 + 1);
        store
            .create_case(complaint(&received, "Avgift", "Fel avgift"))
            .expect("case");
    }
    let folder = dir.path().join("kopior");
    std::fs::create_dir(&folder).expect("folder");
    // Another connection keeps registering cases while the backup is made.
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let stop = Arc::clone(&stop);
        let reopener = store.reopener();
        std::thread::spawn(move || {
            let mut other = reopener.open().expect("second connection");
            let mut written = 0;
            while !stop.load(Ordering::Relaxed) {
                other
                    .create_case(complaint("2026-11-01 10:00", "Ränta", "Fel ränta"))
                    .expect("written meanwhile");
                written += 1;
            }
            written
        })
    };
    std::thread::sleep(std::time::Duration::from_millis(50));
    let made = store
        .backup_to(&folder, Rotation::default())
        .expect("backup");
    stop.store(true, Ordering::Relaxed);
    let written = writer.join().expect("writer");
    assert!(written > 0, "the writer ran");
    let manifest = read_manifest(&made.path).expect("manifest");
    assert_eq!(manifest, made.manifest);
    assert!(manifest.cases >= 40);
    assert_eq!(manifest.sha256.len(), 64);
    assert!(
        made.path.with_extension("db.slots").exists(),
        "key slots along"
    );
    assert_eq!(store.last_backup().expect("last"), Some(now()));

    // Restored, the store holds exactly the snapshot: each case as it was.
    let live = numbers(&store);
    drop(store);
    let done = restore(&made.path, &path, secret(), &options()).expect("restored");
    assert_eq!(done.preview.cases, manifest.cases);
    let aside = done.aside.expect("the old store kept aside");
    assert!(aside.exists());
    let restored = reopen(&path);
    let back = numbers(&restored);
    assert_eq!(back.len() as u64, manifest.cases);
    assert_eq!(back, live[..back.len()], "the first cases, in order");
    assert!(restored.verify_audit().expect("audit").holds());
    assert!(!history_codes(&restored, klagomal_core::domain::CaseId(1)).is_empty());
    // The old store still opens, with everything written meanwhile.
    let old = Store::open(&aside, secret(), &options()).expect("aside opens");
    assert_eq!(numbers(&old), live);
}

#[test]
fn a_restore_is_recorded_and_a_dry_preview_changes_nothing() {
    let (dir, path, mut store) = new_store();
    store
        .create_case(complaint("2026-10-01 09:00", "Avgift", "Fel avgift"))
        .expect("case");
    let made = store
        .backup_to(dir.path(), Rotation::default())
        .expect("backup");
    store
        .create_case(complaint("2026-10-02 09:00", "Ränta", "Fel ränta"))
        .expect("case after");
    drop(store);
    let before = std::fs::read(&path).expect("store");
    let shown = preview(&made.path, secret(), &options()).expect("preview");
    assert_eq!(shown.cases, 1);
    assert_eq!(
        std::fs::read(&path).expect("store"),
        before,
        "nothing changed"
    );
    let listed = list_backups(dir.path()).expect("list");
    assert_eq!(listed.len(), 1);
    restore(&made.path, &path, secret(), &options()).expect("restored");
    let store = reopen(&path);
    assert_eq!(store.case_count().expect("count"), 1);
    let restored: i64 = keyed(&path)
        .query_row(
            "SELECT count(*) FROM audit WHERE action = ?1",
            [AuditAction::StoreRestored.code()],
            |r| r.get(0),
        )
        .expect("audit");
    assert_eq!(restored, 1, "the restore is in the log");
    assert!(store.verify_audit().expect("audit").holds());
}

#[test]
fn a_wrong_passphrase_or_a_newer_backup_is_refused_before_anything_changes() {
    let (dir, path, mut store) = new_store();
    let made = store
        .backup_to(dir.path(), Rotation::default())
        .expect("backup");
    drop(store);
    let before = std::fs::read(&path).expect("store");
    let wrong = restore(
        &made.path,
        &path,
        Secret::Passphrase("fel lösenfras"),
        &options(),
    );
    assert!(
        matches!(wrong, Err(StoreError::WrongPassphrase)),
        "{wrong:?}"
    );
    // A backup from a newer program version.
    {
        let conn = keyed(&made.path);
        conn.pragma_update(None, "user_version", 999)
            .expect("future version");
    }
    let newer = restore(&made.path, &path, secret(), &options());
    assert!(
        matches!(newer, Err(StoreError::NewerVersion { .. })),
        "{newer:?}"
    );
    assert_eq!(std::fs::read(&path).expect("store"), before);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.contains("before-restore"))
        .collect();
    assert!(names.is_empty(), "nothing put aside: {names:?}");
}

#[test]
fn an_unreachable_folder_is_named() {
    let (dir, _path, mut store) = new_store();
    let gone = dir.path().join("usb-minnet");
    assert!(matches!(
        store.backup_to(&gone, Rotation::default()),
        Err(StoreError::BackupFolder(p)) if p == gone
    ));
    assert_eq!(store.last_backup().expect("last"), None);
}

#[test]
fn a_year_of_backups_is_rotated_to_what_the_settings_keep() {
    let (dir, _path, mut store) = new_store();
    let folder = dir.path().join("kopior");
    std::fs::create_dir(&folder).expect("folder");
    let start = now();
    // Every third day for a year, then every day of its last week (a backup with its
    // verification takes a while: this keeps the test short).
    let days = (0..357).step_by(3).chain(357..365);
    for day in days {
        store.set_fixed_now(Some(start + Duration::days(day)));
        store
            .backup_to(&folder, Rotation::default())
            .expect("backup");
    }
    let kept = list_backups(&folder).expect("list");
    // 7 days, then the other weeks and months that have their own newest copy.
    assert!((7..=7 + 3 + 11).contains(&kept.len()), "{}", kept.len());
    let files = std::fs::read_dir(&folder).expect("dir").count();
    assert_eq!(files, kept.len() * 3, "each with its slots and manifest");
    let newest = kept.last().expect("newest");
    assert!(
        newest
            .0
            .to_string_lossy()
            .contains(&(start + Duration::days(364)).format("%Y%m%d").to_string())
    );
    assert!(kept.iter().all(|(_, m)| m.is_some()));
}
