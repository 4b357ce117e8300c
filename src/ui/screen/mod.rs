//! The screens, one module each: state, `Message`, `Action`, `update`, `view`.

pub mod case;
pub mod case_form;
pub mod first_run;
pub mod import;
pub mod inbox;
pub mod new_case;
pub mod person;
pub mod settings;
pub mod unlock;

#[cfg(test)]
mod simulated;

use std::path::PathBuf;

use zeroize::Zeroizing;

use super::{Handoff, Session};
use klagomal_core::store::{OpenOptions, Secret, Store, StoreError};

/// Opens (or creates) a store off the UI thread, as the officer named (or the only one): the
/// key derivation takes a noticeable moment.
pub async fn open_session(
    path: PathBuf,
    officer: Option<String>,
    passphrase: Zeroizing<String>,
    create: bool,
) -> Result<Handoff<Session>, StoreError> {
    let work = move || {
        let secret = Secret::sign_in(officer.as_deref(), &passphrase);
        let store = if create {
            Store::create(&path, secret, &OpenOptions::default())?
        } else {
            Store::open(&path, secret, &OpenOptions::default())?
        };
        Session::new(store).map(Handoff::new)
    };
    match tokio::task::spawn_blocking(work).await {
        Ok(result) => result,
        // The blocking task panicked or was cancelled; the store was never handed over.
        Err(e) => Err(StoreError::Io(std::sync::Arc::new(std::io::Error::other(
            e.to_string(),
        )))),
    }
}
