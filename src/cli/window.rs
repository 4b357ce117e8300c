//! `klagomal` without a subcommand and `klagomal demo`: the window, on the default store or on a
//! throw-away demo store.

use std::path::PathBuf;

use klagomal_core::fl;
use klagomal_core::store::{OpenOptions, Secret, Store, StoreError};

use super::{Failure, store_path};

/// Opens the window on the store (the first-run screen creates it when there is none yet).
pub fn window(store: Option<PathBuf>) -> Result<(), Failure> {
    let store = store_path(store)?;
    open_window(crate::ui::Options {
        store,
        demo_passphrase: None,
    })
}

/// Opens the window on a fresh temporary store with `cases` synthetic cases; the passphrase is
/// shown on the unlock screen, and the store is deleted when the window closes.
pub fn demo(cases: u32) -> Result<(), Failure> {
    let dir = tempfile::tempdir().map_err(|e| Failure::from(StoreError::from(e)))?;
    let store = dir.path().join("demo.db");
    let passphrase = fl!("demo-passphrase");
    let mut s = Store::create(
        &store,
        Secret::Passphrase(&passphrase),
        &OpenOptions::default(),
    )?;
    klagomal_core::demo::prepare(&mut s, cases)?;
    drop(s);
    eprintln!("{}", fl!("cli-demo-ready", count = cases));
    open_window(crate::ui::Options {
        store,
        demo_passphrase: Some(passphrase),
    })
}

fn open_window(options: crate::ui::Options) -> Result<(), Failure> {
    // Without a display iced would panic; say so plainly instead.
    let has_display = cfg!(not(target_os = "linux"))
        || std::env::var_os("DISPLAY").is_some()
        || std::env::var_os("WAYLAND_DISPLAY").is_some();
    if !has_display {
        return Err(Failure {
            message: fl!("error-no-display"),
            exit_code: 1,
        });
    }
    let result = crate::ui::run(options);
    // Attachments written for the system viewer do not outlive the window.
    klagomal_core::paths::clear_viewer_dir();
    result.map_err(|e| Failure {
        message: fl!("error-window", detail = e.to_string()),
        exit_code: 1,
    })
}
