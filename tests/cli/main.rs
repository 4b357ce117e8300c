//! The command line end to end, as a script would use it, on a temporary store.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

mod backup;
mod cases;
mod disclosure;
mod eml;
mod officers;
mod recipient;
mod retention;
mod settings;

const PASSPHRASE: &str = "rätt lösenfras för testet";

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn klagomal(store: &Path, passphrase: Option<&str>, args: &[&str]) -> Run {
    let env: Vec<(&str, &str)> = passphrase
        .map(|p| ("KLAGOMAL_PASSPHRASE", p))
        .into_iter()
        .collect();
    klagomal_with(store, &env, args)
}

/// Runs the program with these environment variables and no others of its own.
fn klagomal_with(store: &Path, env: &[(&str, &str)], args: &[&str]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_klagomal"));
    cmd.args(args)
        .env("KLAGOMAL_STORE", store)
        .env_remove("KLAGOMAL_PASSPHRASE")
        .env_remove("KLAGOMAL_NEW_PASSPHRASE")
        .env_remove("KLAGOMAL_OFFICER")
        .env("LANG", "sv_SE.UTF-8")
        .stdin(Stdio::null());
    cmd.envs(env.iter().copied());
    let Output {
        status,
        stdout,
        stderr,
    } = cmd.output().expect("run klagomal");
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

fn ok(store: &Path, args: &[&str]) -> String {
    let run = klagomal(store, Some(PASSPHRASE), args);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    run.stdout
}

/// A plain rusqlite connection to the store, keyed as any SQLCipher client would: with the
/// data key that `klagomal key export` prints, as a raw key, SQLCipher 4's settings pinned.
fn keyed(store: &Path) -> rusqlite::Connection {
    raw_keyed(store, ok(store, &["key", "export"]).trim())
}

/// A plain rusqlite connection keyed with a raw key in hex, SQLCipher 4's settings pinned.
fn raw_keyed(store: &Path, hex: &str) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(store).expect("open");
    conn.pragma_update(None, "key", format!("x'{hex}'"))
        .expect("key");
    conn.pragma_update(None, "cipher_page_size", 4096)
        .expect("page size");
    conn.pragma_update(None, "cipher_hmac_algorithm", "HMAC_SHA512")
        .expect("hmac");
    conn.pragma_update(None, "cipher_kdf_algorithm", "PBKDF2_HMAC_SHA512")
        .expect("kdf");
    conn
}

fn seeded() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("dir");
    let store = dir.path().join("cli.db");
    ok(
        &store,
        &[
            "init",
            "--officer",
            "Eva Berg",
            "--title",
            "Klagomålsansvarig",
        ],
    );
    ok(&store, &["seed", "--cases", "120", "--seed", "4"]);
    (dir, store)
}

#[test]
fn init_creates_and_then_refuses_to_overwrite() {
    let dir = tempfile::tempdir().expect("dir");
    let store = dir.path().join("ny.db");
    let out = ok(&store, &["init"]);
    assert!(
        out.contains("Skapade ett nytt krypterat ärendearkiv"),
        "{out}"
    );
    let before = fs::read(&store).expect("read");
    let again = klagomal(&store, Some(PASSPHRASE), &["init"]);
    assert_eq!(again.code, 1);
    assert!(
        again.stderr.contains("Den skrivs inte över"),
        "{}",
        again.stderr
    );
    assert_eq!(fs::read(&store).expect("read"), before);
}

#[test]
fn list_show_and_note_work_end_to_end() {
    let (_dir, store) = seeded();
    let table = ok(&store, &["list", "--limit", "5"]);
    assert!(table.starts_with("Ärende"), "{table}");
    assert_eq!(table.lines().filter(|l| l.starts_with("K-")).count(), 5);

    let json: Value =
        serde_json::from_str(&ok(&store, &["list", "--json", "--limit", "500"])).expect("json");
    let rows = json.as_array().expect("array");
    assert_eq!(rows.len(), 120);
    let dues: Vec<&str> = rows
        .iter()
        .map(|r| r["next_due"].as_str().unwrap_or("9999-99-99"))
        .collect();
    assert!(dues.windows(2).all(|w| w[0] <= w[1]), "due first");
    for field in [
        "number",
        "received_at",
        "status",
        "kind",
        "category",
        "complainant",
        "subject",
        "assignee",
        "next_due",
        "next_due_kind",
        "overdue",
    ] {
        assert!(rows[0].get(field).is_some(), "{field}");
    }

    let closed: Value = serde_json::from_str(&ok(
        &store,
        &["list", "--status", "closed", "--json", "--limit", "500"],
    ))
    .expect("json");
    assert!(
        closed
            .as_array()
            .expect("array")
            .iter()
            .all(|r| r["status"] == "closed")
    );
    let overdue: Value = serde_json::from_str(&ok(
        &store,
        &["list", "--overdue", "--json", "--limit", "500"],
    ))
    .expect("json");
    assert!(
        overdue
            .as_array()
            .expect("array")
            .iter()
            .all(|r| r["overdue"] == true)
    );

    let number = rows[0]["number"].as_str().expect("number").to_owned();
    let out = ok(
        &store,
        &[
            "note",
            &number,
            "Ringt kunden – lovat svar på fredag.",
            "--kind",
            "phone_call",
        ],
    );
    assert!(out.contains(&number));
    let shown = ok(&store, &["show", &number]);
    assert!(
        shown.contains("Ringt kunden – lovat svar på fredag."),
        "{shown}"
    );
    assert!(
        shown.contains("Tidsfrister") && shown.contains("Telefonsamtal"),
        "{shown}"
    );
    let case: Value =
        serde_json::from_str(&ok(&store, &["show", &number, "--json"])).expect("json");
    assert_eq!(case["number"], number.as_str());
    let notes = case["notes"].as_array().expect("notes");
    assert_eq!(
        notes.last().map(|n| (&n["kind"], &n["author"])),
        Some((&Value::from("phone_call"), &Value::from("Eva Berg")))
    );
    assert!(case["deadlines"]["acknowledgement"].is_string());

    let found = ok(&store, &["list", "--search", &number, "--json"]);
    assert!(found.contains(&number));
    let verify = ok(&store, &["audit", "verify"]);
    assert!(verify.contains("obruten"), "{verify}");
}

#[test]
fn a_wrong_or_missing_passphrase_is_exit_2_and_changes_nothing() {
    let (_dir, store) = seeded();
    let before = fs::read(&store).expect("read");
    let wrong = klagomal(&store, Some("fel"), &["list"]);
    assert_eq!(wrong.code, 2);
    assert!(wrong.stderr.contains("Fel lösenfras"), "{}", wrong.stderr);
    let missing = klagomal(&store, None, &["list"]);
    assert_eq!(missing.code, 2);
    assert!(
        missing.stderr.contains("KLAGOMAL_PASSPHRASE"),
        "{}",
        missing.stderr
    );
    assert_eq!(fs::read(&store).expect("read"), before);
}

#[test]
fn wrong_usage_is_exit_2_and_failures_exit_1() {
    let (_dir, store) = seeded();
    assert_eq!(
        klagomal(&store, Some(PASSPHRASE), &["show", "inte-ett-nummer"]).code,
        2
    );
    assert_eq!(
        klagomal(&store, Some(PASSPHRASE), &["list", "--status", "okänd"]).code,
        2
    );
    assert_eq!(klagomal(&store, Some(PASSPHRASE), &["frobnicate"]).code, 2);
    let missing = klagomal(&store, Some(PASSPHRASE), &["show", "K-1999-00001"]);
    assert_eq!(missing.code, 1);
    assert!(
        missing.stderr.contains("K-1999-00001 finns inte"),
        "{}",
        missing.stderr
    );
    let no_store = klagomal(
        &store.with_file_name("saknas.db"),
        Some(PASSPHRASE),
        &["list"],
    );
    assert_eq!(no_store.code, 1);
    assert!(
        no_store.stderr.contains("klagomal init"),
        "{}",
        no_store.stderr
    );
}

#[test]
fn audit_verify_names_the_tampered_event() {
    let (_dir, store) = seeded();
    let conn = keyed(&store);
    conn.execute_batch(
        "DROP TRIGGER audit_no_update; UPDATE audit SET at = '2020-01-01 00:00:00' WHERE seq = 42;",
    )
    .expect("tamper");
    drop(conn);
    let run = klagomal(&store, Some(PASSPHRASE), &["audit", "verify"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("händelse 42"), "{}", run.stderr);
}

#[test]
fn english_with_lang_en_or_an_english_locale() {
    let (_dir, store) = seeded();
    let out = ok(&store, &["--lang", "en", "list", "--limit", "1"]);
    assert!(out.starts_with("Case"), "{out}");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_klagomal"));
    let run = cmd
        .args(["list"])
        .env("KLAGOMAL_STORE", &store)
        .env("KLAGOMAL_PASSPHRASE", "wrong")
        .env("LANG", "en_GB.UTF-8")
        .env("LC_ALL", "en_GB.UTF-8")
        .stdin(Stdio::null())
        .output()
        .expect("run");
    assert!(
        String::from_utf8_lossy(&run.stderr).contains("Wrong passphrase"),
        "{run:?}"
    );
    let help = ok(&store, &["--lang", "en", "--help"]);
    assert!(
        help.contains("Create a new, encrypted case store"),
        "{help}"
    );
    let hjälp = ok(&store, &["--help"]);
    assert!(
        hjälp.contains("Skapa ett nytt, krypterat ärendearkiv"),
        "{hjälp}"
    );
}

#[test]
fn export_writes_the_dossier_into_a_folder_and_fails_plainly() {
    let (dir, store) = seeded();
    let list = ok(&store, &["list", "--json", "--limit", "1"]);
    let rows: Value = serde_json::from_str(&list).expect("json");
    let number = rows[0]["number"].as_str().expect("number").to_owned();
    let out = dir.path().join("akter");
    fs::create_dir(&out).expect("dir");
    let run = klagomal(
        &store,
        Some(PASSPHRASE),
        &[
            "export",
            &number,
            "--to",
            "arn",
            "--out",
            out.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("Akten sparades") && run.stdout.contains("SHA-256"));
    assert!(run.stderr.contains("Inget yttrande"), "{}", run.stderr);
    let written: Vec<String> = fs::read_dir(&out)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(written.len(), 1);
    assert!(
        written[0].starts_with(&format!("{number}_ARN_")) && written[0].ends_with(".zip"),
        "{written:?}"
    );

    let bad = klagomal(
        &store,
        Some(PASSPHRASE),
        &[
            "export",
            &number,
            "--to",
            "court",
            "--out",
            "/nonexistent/akt.zip",
        ],
    );
    assert_eq!(bad.code, 1);
    assert!(bad.stderr.contains("finns inte"), "{}", bad.stderr);
    assert_eq!(
        klagomal(
            &store,
            Some(PASSPHRASE),
            &["export", &number, "--to", "nobody", "--out", "x.zip"]
        )
        .code,
        2
    );
}
