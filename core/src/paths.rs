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

/// A name part made safe and sortable on every system: lower case, å/ä → a, ö → o, other
/// characters to "-".
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.to_lowercase().chars() {
        let c = match c {
            'å' | 'ä' | 'á' | 'à' => 'a',
            'ö' | 'ó' | 'ø' => 'o',
            'é' | 'è' | 'ë' => 'e',
            'ü' => 'u',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if c == '-' && (out.is_empty() || out.ends_with('-')) {
            continue;
        }
        out.push(c);
    }
    let out: String = out.trim_end_matches('-').chars().take(60).collect();
    if out.is_empty() {
        "fil".to_owned()
    } else {
        out
    }
}

/// Where exported files are offered first: the user's documents folder, else the home folder.
pub fn documents_dir() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    Some(
        dirs.document_dir()
            .map_or_else(|| dirs.home_dir().to_owned(), ToOwned::to_owned),
    )
}

/// The small file that remembers the interface language between runs (no personal data).
pub fn ui_config() -> Option<PathBuf> {
    ProjectDirs::from("se", "", "Klagomal").map(|d| d.config_dir().join("ui.json"))
}

/// The interface language saved last time, if any.
pub fn read_ui_language() -> Option<crate::domain::Language> {
    let text = std::fs::read_to_string(ui_config()?).ok()?;
    let value: serde_json::Value = serde_json::from_str(&text).ok()?;
    value.get("language")?.as_str()?.parse().ok()
}

/// Saves the interface language for the next start.
pub fn write_ui_language(language: crate::domain::Language) -> std::io::Result<()> {
    let Some(path) = ui_config() else {
        return Ok(());
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(
        path,
        serde_json::json!({ "language": language }).to_string(),
    )
}

/// The folder where attachments are written for the system viewer: private to this process and
/// emptied when the app locks or quits.
pub fn viewer_dir() -> PathBuf {
    std::env::temp_dir().join(format!("klagomal-{}", std::process::id()))
}

/// A path in [`viewer_dir`] for a file called `name` (folders in the name are dropped).
pub fn viewer_file(name: &str) -> std::io::Result<PathBuf> {
    let dir = viewer_dir();
    std::fs::create_dir_all(&dir)?;
    let safe: String = name
        .chars()
        .map(|c| {
            if matches!(c, '/' | '\\' | ':') {
                '_'
            } else {
                c
            }
        })
        .collect();
    let safe = if safe.trim_matches('.').is_empty() {
        "bilaga".to_owned()
    } else {
        safe
    };
    Ok(dir.join(safe))
}

/// Writes `bytes` as `name` in [`viewer_dir`] and returns the path.
pub fn write_for_viewer(name: &str, bytes: &[u8]) -> std::io::Result<PathBuf> {
    let path = viewer_file(name)?;
    std::fs::write(&path, bytes)?;
    Ok(path)
}

/// Removes the files written for the viewer.
pub fn clear_viewer_dir() {
    // Nothing to do when no attachment was opened.
    let _ = std::fs::remove_dir_all(viewer_dir());
}
