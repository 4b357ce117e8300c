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
