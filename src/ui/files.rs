//! The system's file dialogs. Each returns `None` (or nothing) when the officer cancels or when
//! the system has no file dialog (no desktop portal): every screen that asks keeps a path field
//! as the fallback.

use std::path::{Path, PathBuf};

use klagomal_core::domain::file_size;
use klagomal_core::fl;
use klagomal_core::i18n::LOADER;
use klagomal_core::store::StoreError;

use crate::describe;

/// Where to save a file, suggesting `name`; `filter` is the type's name and its extensions.
pub async fn save_as(name: String, filter: (&str, &[&str])) -> Option<PathBuf> {
    let file = rfd::AsyncFileDialog::new()
        .set_file_name(name)
        .add_filter(filter.0, filter.1)
        .save_file()
        .await?;
    Some(file.path().to_owned())
}

/// Where to save a file, suggesting the name of the path typed so far (`path_text`).
pub async fn save_as_typed(path_text: String, filter: (&str, &[&str])) -> Option<PathBuf> {
    let name = Path::new(&path_text)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    save_as(name, filter).await
}

/// A folder (where backups go).
pub async fn pick_folder() -> Option<PathBuf> {
    let folder = rfd::AsyncFileDialog::new().pick_folder().await?;
    Some(folder.path().to_owned())
}

/// A PNG or JPEG image (the letterhead's logo).
pub async fn pick_image() -> Option<PathBuf> {
    let file = rfd::AsyncFileDialog::new()
        .add_filter("PNG, JPEG", &["png", "jpg", "jpeg"])
        .pick_file()
        .await?;
    Some(file.path().to_owned())
}

/// Saved e-mails (.eml, .mbox), or with `folder` a folder of them.
pub async fn pick_mail(folder: bool) -> Vec<PathBuf> {
    let dialog = rfd::AsyncFileDialog::new();
    if folder {
        return dialog
            .pick_folder()
            .await
            .map(|f| vec![f.path().to_owned()])
            .unwrap_or_default();
    }
    let files = dialog
        .add_filter("E-post", &["eml", "mbox", "mbx"])
        .pick_files()
        .await
        .unwrap_or_default();
    files.into_iter().map(|f| f.path().to_owned()).collect()
}

/// A scanned letter: a PDF or an image.
pub async fn pick_scan() -> Option<PathBuf> {
    let file = rfd::AsyncFileDialog::new()
        .add_filter(
            "PDF, PNG, JPEG, TIFF",
            &["pdf", "png", "jpg", "jpeg", "tif", "tiff"],
        )
        .pick_file()
        .await?;
    Some(file.path().to_owned())
}

/// A file the officer picked to keep on a case (a scanned letter, a power of attorney): its name
/// and bytes, or why it cannot be kept (missing, unreadable, over `limit` bytes), translated.
pub fn read_to_keep(path: &Path, limit: u64) -> Result<(String, Vec<u8>), String> {
    let shown = path.display().to_string();
    if !path.is_file() {
        return Err(fl!("error-no-file", path = shown));
    }
    let bytes =
        std::fs::read(path).map_err(|e| describe::store_error(&LOADER, &StoreError::from(e)))?;
    if bytes.len() as u64 > limit {
        return Err(fl!(
            "error-scan-too-large",
            path = shown,
            size = file_size(bytes.len() as u64),
            limit = file_size(limit)
        ));
    }
    let name = path
        .file_name()
        .map_or(shown, |n| n.to_string_lossy().into_owned());
    Ok((name, bytes))
}
