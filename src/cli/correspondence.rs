//! `klagomal correspondence add`: a letter that came by post (its scan kept as an attachment)
//! or a phone call, registered as an inbound message on a case.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use klagomal_core::domain::{
    Channel, Direction, ImageKind, NewAttachment, NewMessage, file_size, image_kind,
};
use klagomal_core::fl;
use klagomal_core::store::{Store, StoreError};

use super::{Failure, case_number};

/// What `klagomal correspondence add` was asked for.
pub struct Entry {
    pub case: String,
    /// The scanned letter; without it, `phone` is the call's text.
    pub file: Option<PathBuf>,
    pub phone: Option<String>,
    pub subject: Option<String>,
    pub at: Option<NaiveDateTime>,
    /// The sender; the complainant's name when not given.
    pub from: Option<String>,
}

/// Keeps the letter or call on the case.
pub fn add(store: &mut Store, entry: Entry) -> Result<(), Failure> {
    let case = store.case_by_number(case_number(&entry.case)?)?;
    let (channel, body, attachments) = match &entry.file {
        Some(path) => (Channel::Letter, String::new(), vec![scan(store, path)?]),
        None => (
            Channel::Phone,
            entry.phone.clone().unwrap_or_default().trim().to_owned(),
            Vec::new(),
        ),
    };
    let message = NewMessage {
        direction: Direction::Inbound,
        channel,
        at: entry.at.unwrap_or_else(|| store.now()),
        from: entry
            .from
            .unwrap_or_else(|| case.details.complainant.name.clone()),
        to: String::new(),
        subject: entry.subject.unwrap_or_default().trim().to_owned(),
        body,
        message_id: None,
        raw: None,
        content_hash: None,
        attachments,
    };
    let number = case.number.to_string();
    let file = message.attachments.first().map(|a| a.file_name.clone());
    store.add_message(case.id, message)?;
    match file {
        Some(file) => println!(
            "{}",
            fl!("cli-letter-registered", number = number, file = file)
        ),
        None => println!("{}", fl!("cli-call-registered", number = number)),
    }
    Ok(())
}

/// The scanned letter as an attachment, within the store's size limit for attachments.
fn scan(store: &Store, path: &Path) -> Result<NewAttachment, Failure> {
    let shown = path.display().to_string();
    if !path.is_file() {
        return Err(Failure {
            message: fl!("error-no-file", path = shown),
            exit_code: 1,
        });
    }
    let bytes = std::fs::read(path).map_err(|e| Failure::from(StoreError::from(e)))?;
    let limit = u64::from(store.settings()?.intake.max_attachment_mb) * 1024 * 1024;
    if bytes.len() as u64 > limit {
        return Err(Failure {
            message: fl!(
                "error-scan-too-large",
                path = shown,
                size = file_size(bytes.len() as u64),
                limit = file_size(limit)
            ),
            exit_code: 1,
        });
    }
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or(shown);
    Ok(NewAttachment {
        file_name,
        content_type: content_type(&bytes).to_owned(),
        bytes,
    })
}

/// The MIME type of a scan, told by its first bytes.
fn content_type(bytes: &[u8]) -> &'static str {
    match image_kind(bytes) {
        Some(ImageKind::Png) => "image/png",
        Some(ImageKind::Jpeg) => "image/jpeg",
        None if bytes.starts_with(b"%PDF-") => "application/pdf",
        None if bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*") => "image/tiff",
        None => "application/octet-stream",
    }
}
