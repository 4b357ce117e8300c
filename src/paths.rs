//! Where files live, decided once: the store in the user's data folder unless told otherwise.

use std::path::PathBuf;

use directories::ProjectDirs;

/// The store's file name inside the data folder.
pub const STORE_FILE: &str = "klagomal.db";

/// The per-user data folder: `~/.local/share/klagomal` on Linux, `%APPDATA%\Klagomal\data` on
/// Windows. `None` when the system names no home folder.
pub fn data_dir() -> Option<PathBuf> {
    ProjectDirs::from("se", "", "Klagomal").map(|d| d.data_dir().to_owned())
}

/// The default store: `klagomal.db` in the data folder.
pub fn default_store() -> Option<PathBuf> {
    data_dir().map(|d| d.join(STORE_FILE))
}
