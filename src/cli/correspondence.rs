//! `klagomal correspondence add`: a letter that came by post (its scan kept as an attachment)
//! or a phone call, registered as an inbound message on a case.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use klagomal_core::domain::{Channel, NewAttachment, NewMessage, file_size};
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
            entry.phone.clone().unwrap_or_default(),
            Vec::new(),
        ),
    };
    let from = entry
        .from
        .unwrap_or_else(|| case.details.complainant.name.clone());
    let at = entry.at.unwrap_or_else(|| store.now());
    let subject = entry.subject.unwrap_or_default();
    let message = NewMessage::registered(channel, at, from, &subject, &body, attachments);
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
    Ok(NewAttachment::scan(file_name, bytes))
}
