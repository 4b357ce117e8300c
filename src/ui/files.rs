//! The system's file dialogs. Each returns `None` (or nothing) when the officer cancels or when
//! the system has no file dialog (no desktop portal): every screen that asks keeps a path field
//! as the fallback.

use std::path::PathBuf;

/// Where to save a file, suggesting `name`; `filter` is the type's name and its extensions.
pub async fn save_as(name: String, filter: (&str, &[&str])) -> Option<PathBuf> {
    let file = rfd::AsyncFileDialog::new()
        .set_file_name(name)
        .add_filter(filter.0, filter.1)
        .save_file()
        .await?;
    Some(file.path().to_owned())
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
