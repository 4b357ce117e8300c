//! The count of wrong passphrases in a row, kept beside the store (`<store>.attempts`) so that
//! the delay survives a restart of the program. It holds a count and a time, never a
//! passphrase; a folder that cannot be written only loses the count.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::{Result, StoreError, write_atomically};
use crate::domain::next_attempt_at;

#[derive(Debug, Default, Serialize, Deserialize)]
struct Attempts {
    failures: u32,
    last: Option<NaiveDateTime>,
}

fn file(store: &Path) -> PathBuf {
    let mut name = store.as_os_str().to_owned();
    name.push(".attempts");
    PathBuf::from(name)
}

fn read(store: &Path) -> Attempts {
    std::fs::read(file(store))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default()
}

/// Refused with [`StoreError::TooManyAttempts`] while the delay after the last wrong
/// passphrases has not passed.
pub(super) fn check(store: &Path, now: NaiveDateTime) -> Result<()> {
    let a = read(store);
    match a.last {
        Some(last) if next_attempt_at(a.failures, last) > now => Err(StoreError::TooManyAttempts {
            until: next_attempt_at(a.failures, last),
        }),
        _ => Ok(()),
    }
}

/// Counts a wrong passphrase.
pub(super) fn failed(store: &Path, now: NaiveDateTime) {
    let a = read(store);
    let next = Attempts {
        failures: a.failures.saturating_add(1),
        last: Some(now),
    };
    if let Ok(bytes) = serde_json::to_vec(&next) {
        // Losing the count only shortens the delay; the sign-in itself is not affected.
        let _ = write_atomically(&file(store), &bytes);
    }
}

/// Forgets the count after a successful sign-in.
pub(super) fn succeeded(store: &Path) {
    let path = file(store);
    if path.exists() {
        let _ = std::fs::remove_file(path);
    }
}
