//! `klagomal backup` and `klagomal restore` as an administrator's script would use them.

use serde_json::Value;

use super::{PASSPHRASE, klagomal, ok};

#[test]
fn a_backup_is_made_listed_verified_and_restored_with_the_old_store_kept() {
    let dir = tempfile::tempdir().expect("dir");
    let store = dir.path().join("arkiv.db");
    let copies = dir.path().join("kopior");
    std::fs::create_dir(&copies).expect("folder");
    let copies_arg = copies.to_string_lossy().into_owned();
    ok(&store, &["init", "--officer", "Eva Berg"]);
    let number = ok(
        &store,
        &[
            "new",
            "--received",
            "2026-11-02 10:00",
            "--name",
            "Åsa Öberg",
            "--subject",
            "Avgift",
        ],
    )
    .trim()
    .to_owned();
    // No folder chosen: a clear message, exit 2.
    let none = klagomal(&store, Some(PASSPHRASE), &["backup"]);
    assert_eq!(none.code, 2, "{}", none.stderr);
    assert!(none.stderr.contains("Ingen mapp"), "{}", none.stderr);
    let made = ok(&store, &["backup", "--to", &copies_arg]);
    assert!(made.contains("kontrollerad: 1 ärenden"), "{made}");
    let listed: Value =
        serde_json::from_str(&ok(&store, &["backup", "list", &copies_arg, "--json"]))
            .expect("json");
    let file = listed[0]["path"].as_str().expect("path").to_owned();
    assert_eq!(listed[0]["manifest"]["cases"], 1);
    let verified = ok(&store, &["backup", "verify", &file]);
    assert!(verified.contains("hel"), "{verified}");
    let wrong = klagomal(&store, Some("fel"), &["backup", "verify", &file]);
    assert_eq!(wrong.code, 2, "{}", wrong.stderr);

    ok(&store, &["note", &number, "Skrivet efter kopian"]);
    let before = std::fs::read(&store).expect("store");
    let dry = ok(&store, &["restore", &file, "--dry-run"]);
    assert!(
        dry.contains("1 ärenden") && dry.contains("ingenting har ändrats"),
        "{dry}"
    );
    assert_eq!(
        std::fs::read(&store).expect("store"),
        before,
        "a dry run changes nothing"
    );
    let restored = ok(&store, &["restore", &file]);
    assert!(restored.contains("sparat som"), "{restored}");
    assert!(!ok(&store, &["show", &number]).contains("Skrivet efter kopian"));
    ok(&store, &["audit", "verify"]);
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with("arkiv.db.before-restore-") && !n.ends_with(".slots"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
}
