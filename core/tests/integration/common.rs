//! Shared test helpers: stores in temporary folders, never the user's data directory.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use chrono::{NaiveDate, NaiveDateTime};
use klagomal_core::domain::EscalationId;
use klagomal_core::domain::{
    CaseDetails, CaseId, CaseKind, Channel, Escalation, EscalationDecision, IdNumber,
};
use klagomal_core::store::{OpenOptions, Secret, Store};
use tempfile::TempDir;

/// Held by a test while it switches the process-wide language: the tests share one process.
pub fn language_switch() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

pub const PASSPHRASE: &str = "korrekt häst batteri häftklammer";

/// The fixed "now" of these tests.
pub fn now() -> NaiveDateTime {
    at("2026-11-24 10:00")
}

pub fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("test date")
}

pub fn date(s: &str) -> NaiveDate {
    s.parse().expect("test date")
}

pub fn options() -> OpenOptions {
    OpenOptions {
        fixed_now: Some(now()),
        ..OpenOptions::default()
    }
}

/// A new encrypted store in a fresh temporary folder.
pub fn new_store() -> (TempDir, PathBuf, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("test.db");
    let store =
        Store::create(&path, Secret::Passphrase(PASSPHRASE), &options()).expect("create store");
    (dir, path, store)
}

pub fn reopen(path: &std::path::Path) -> Store {
    Store::open(path, Secret::Passphrase(PASSPHRASE), &options()).expect("reopen store")
}

/// A plain rusqlite connection to the store, keyed as any SQLCipher client would key it: the
/// data key as `klagomal key export` prints it (as raw key), SQLCipher 4's settings pinned.
pub fn keyed(path: &std::path::Path) -> rusqlite::Connection {
    let hex = reopen(path).export_key().expect("export key");
    raw_keyed(path, &hex)
}

/// A plain rusqlite connection keyed with a raw key given in hex.
pub fn raw_keyed(path: &std::path::Path, hex: &str) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(path).expect("open");
    conn.pragma_update(None, "cipher_log_level", "NONE")
        .expect("log level");
    conn.pragma_update(None, "key", format!("x'{hex}'"))
        .expect("key");
    conn.pragma_update(None, "cipher_page_size", 4096)
        .expect("page size");
    conn.pragma_update(None, "kdf_iter", 256_000).expect("kdf");
    conn.pragma_update(None, "cipher_hmac_algorithm", "HMAC_SHA512")
        .expect("hmac");
    conn.pragma_update(None, "cipher_kdf_algorithm", "PBKDF2_HMAC_SHA512")
        .expect("kdf algorithm");
    conn
}

/// Gives the store a company with an address and contacts, and its officer a name and title,
/// as the letterhead and signature need them.
pub fn letterhead(store: &mut Store) {
    let mut settings = store.settings().expect("settings");
    let c = &mut settings.company;
    c.name = "Exempel Inkasso AB".into();
    c.org_number = "556016-0680".into();
    c.address.street = "Box 123".into();
    c.address.postal_code = "111 22".into();
    c.address.city = "Stockholm".into();
    c.phone = "08-123 456 00".into();
    c.email = "klagomal@example.com".into();
    c.web = "www.example.com".into();
    store.save_settings(&settings).expect("save");
    let mut me = store.officer(store.actor()).expect("officer");
    me.name = "Eva Berg".into();
    me.title = "Klagomålsansvarig".into();
    store.update_officer(&me).expect("officer");
}

/// A valid complaint received at `received`.
pub fn complaint(received: &str, subject: &str, description: &str) -> CaseDetails {
    let mut d = CaseDetails::new(at(received), Channel::Email, CaseKind::Complaint);
    d.subject = subject.to_owned();
    d.description = description.to_owned();
    d.complainant.name = "Åsa Öberg".to_owned();
    d.complainant.email = "asa.oberg@example.com".to_owned();
    d.complainant.id_number = IdNumber::parse("811218-9876", date("2026-11-24")).ok();
    d.creditor = "Norrsken Energi AB".to_owned();
    d.debt_case_numbers = vec!["40077442".to_owned()];
    d
}

/// The text of a PDF, read back with pdftotext (Debian: poppler-utils).
pub fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("read.pdf");
    std::fs::write(&file, pdf).expect("write");
    let out = std::process::Command::new("pdftotext")
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext (Debian: poppler-utils)");
    assert!(out.status.success(), "a readable PDF");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Records the body's rejection of an escalation, decided on `on`.
pub fn reject_escalation(
    store: &mut Store,
    case: CaseId,
    row: EscalationId,
    escalation: Escalation,
    on: &str,
) -> klagomal_core::store::Result<()> {
    let decided = Escalation {
        decision: Some(EscalationDecision::Rejected),
        decided_on: Some(date(on)),
        ..escalation
    };
    store.update_escalation(case, row, decided)
}

/// The codes of a case's history, oldest first (`letter.created`, …).
pub fn history_codes(store: &Store, case: CaseId) -> Vec<&'static str> {
    store
        .case_history(case)
        .expect("history")
        .into_iter()
        .map(|e| e.action.code())
        .collect()
}
