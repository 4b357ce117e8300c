//! Importing complaint e-mails: a few hundred messages per transaction, each message in a
//! savepoint of its own, so that one that fails leaves nothing behind and undoes no other, and a
//! cancel or a crash keeps every batch committed before it; duplicates are skipped, replies join
//! their case.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use regex::Regex;
use serde::Serialize;

use crate::domain::{
    CaseDetails, CaseId, CaseNumber, Channel, Direction, NewAttachment, NewMessage,
};
use crate::intake::{self, MailError, MailWarning, ParsedMail};
use crate::store::{Batch, Store, StoreError};

/// What happened to one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A new case was registered.
    NewCase(CaseId, CaseNumber),
    /// A reply was added to an existing case.
    Added(CaseNumber),
    /// Imported before (same Message-ID, or the same bytes).
    Duplicate,
}

/// Why a file or message was not imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FailureReason {
    /// The file could not be read.
    Unreadable,
    /// The file is empty.
    Empty,
    /// Not an e-mail (no headers, binary data, cut off).
    NotAMessage,
    /// The store refused the message (full disk, locked …).
    Store,
}

/// One failure: the file (and the message's place in an mbox) and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Failure {
    /// The file.
    pub file: PathBuf,
    /// The message's number in an mbox file, from 1.
    pub message: Option<usize>,
    /// Why.
    pub reason: FailureReason,
}

/// The summary at the end of an import.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// New cases registered.
    pub new_cases: usize,
    /// The new cases, in the order they were registered (to name them and open each).
    #[serde(skip)]
    pub created: Vec<(CaseId, CaseNumber)>,
    /// Messages added to existing cases.
    pub added: usize,
    /// Duplicates skipped.
    pub duplicates: usize,
    /// Messages or files that failed.
    pub failed: Vec<Failure>,
    /// Attachments left out for their size: (file, attachment name, bytes).
    pub attachments_left_out: Vec<(PathBuf, String, usize)>,
    /// Messages with an unknown charset, read with replacement characters.
    pub unknown_charsets: Vec<(PathBuf, String)>,
    /// True when the import was cancelled before the end.
    pub cancelled: bool,
}

/// The importer's settings, read once from the store.
pub struct Importer {
    max_attachment: usize,
    references: Option<Regex>,
}

impl Importer {
    /// The importer with the store's intake settings.
    pub fn new(store: &Store) -> Result<Importer, StoreError> {
        let intake = store.settings()?.intake;
        Ok(Importer {
            max_attachment: intake.max_attachment_mb as usize * 1024 * 1024,
            references: intake::reference_regex(&intake.reference_pattern),
        })
    }

    /// With another attachment limit (in bytes), for tests and the command line.
    pub fn with_max_attachment(mut self, bytes: usize) -> Importer {
        self.max_attachment = bytes;
        self
    }

    /// Imports one message's bytes from `file`, in one transaction.
    pub fn import_bytes(
        &self,
        store: &mut Store,
        bytes: &[u8],
    ) -> Result<(Outcome, ParsedMail), ImportError> {
        let mail = intake::parse(bytes, self.max_attachment).map_err(ImportError::Mail)?;
        let now = store.now();
        let outcome = store
            .batch(|b| self.keep(b, &mail, now))
            .map_err(ImportError::Store)?;
        Ok((outcome, mail))
    }

    fn keep(
        &self,
        b: &mut Batch<'_>,
        mail: &ParsedMail,
        now: chrono::NaiveDateTime,
    ) -> Result<Outcome, StoreError> {
        if b.message_known(mail.message_id.as_deref(), &mail.content_hash)? {
            return Ok(Outcome::Duplicate);
        }
        let at = mail.date.unwrap_or(now).min(now);
        let existing = match b.case_for_message_ids(&mail.refers_to)? {
            Some(id) => Some(id),
            None => self.case_in_subject(b, &mail.subject)?,
        };
        let (id, outcome) = match existing {
            Some(id) => (id, Outcome::Added(b.case(id)?.number)),
            None => {
                b.set_now(now);
                let case = b.create_case(self.details(mail, at))?;
                (case.id, Outcome::NewCase(case.id, case.number))
            }
        };
        b.add_message(id, message(mail, at))?;
        Ok(outcome)
    }

    fn case_in_subject(&self, b: &Batch<'_>, subject: &str) -> Result<Option<CaseId>, StoreError> {
        match CaseNumber::find_in(subject) {
            Some(number) => b.case_id_by_number(number),
            None => Ok(None),
        }
    }

    /// A new case from a mail: the sender, what the text says, the suggested kind and category.
    fn details(&self, mail: &ParsedMail, at: chrono::NaiveDateTime) -> CaseDetails {
        let found = intake::prefill_mail(mail, at.date(), self.references.as_ref());
        let mut d = CaseDetails::new(at, Channel::Email, found.suggestion.kind);
        d.category = found.suggestion.category;
        let first_line = mail
            .text
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or_default();
        d.subject = if mail.subject.is_empty() {
            first_line.chars().take(80).collect()
        } else {
            mail.subject.clone()
        };
        d.description = mail.text.clone();
        d.complainant.name = if mail.from_name.is_empty() {
            mail.from_address.clone()
        } else {
            mail.from_name.clone()
        };
        d.complainant.email = if crate::domain::email_ok(&mail.from_address) {
            mail.from_address.clone()
        } else {
            String::new()
        };
        d.complainant.id_number = found.id_number;
        d.complainant.phone = found.phones.first().cloned().unwrap_or_default();
        d.complainant.language = found.language;
        d.debt_case_numbers = found.debt_case_numbers;
        d.complainant.address = found.address.unwrap_or_default();
        d.suggestion = Some(found.suggestion);
        if d.complainant.name.trim().is_empty() {
            d.complainant.name = "?".to_owned();
        }
        if d.subject.trim().is_empty() && d.description.trim().is_empty() {
            d.subject = "–".to_owned();
        }
        d
    }
}

fn message(mail: &ParsedMail, at: chrono::NaiveDateTime) -> NewMessage {
    let from = match mail.from_name.is_empty() {
        true => mail.from_address.clone(),
        false => format!("{} <{}>", mail.from_name, mail.from_address),
    };
    NewMessage {
        direction: Direction::Inbound,
        channel: crate::domain::Channel::Email,
        at,
        from,
        to: mail.to.clone(),
        subject: mail.subject.clone(),
        body: mail.text.clone(),
        message_id: mail.message_id.clone(),
        raw: Some(mail.raw.clone()),
        content_hash: Some(mail.content_hash.clone()),
        attachments: mail
            .attachments
            .iter()
            .map(|a| NewAttachment {
                file_name: a.file_name.clone(),
                content_type: a.content_type.clone(),
                bytes: a.bytes.clone(),
            })
            .collect(),
    }
}

/// Why one message was not imported.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ImportError {
    /// The bytes are not an importable e-mail.
    #[error(transparent)]
    Mail(MailError),
    /// The store refused it.
    #[error(transparent)]
    Store(StoreError),
    /// The file could not be read.
    #[error("the file could not be read")]
    Unread(FailureReason),
}

/// The files to import under `paths`: files named are taken as they are (a missing one fails
/// later with a reason); folders are searched recursively for .eml and .mbox files, in a stable
/// order.
pub fn collect(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(path, &mut files);
        } else {
            files.push(path.to_owned());
        }
    }
    files
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for entry in entries {
        let ext = entry
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        if entry.is_dir() {
            walk(&entry, files);
        } else if matches!(ext.as_str(), "eml" | "mbox" | "mbx") {
            files.push(entry);
        }
    }
}

/// One unit of work: a file's message, or the n-th message of an mbox file.
pub struct Work {
    /// The file it came from.
    pub file: PathBuf,
    /// The place in an mbox file, from 1.
    pub index: Option<usize>,
    /// The bytes, or why the file could not be read.
    pub bytes: Result<Vec<u8>, FailureReason>,
}

/// Reads the files into messages (an mbox becomes one piece of work per message).
pub fn read(files: &[PathBuf]) -> Vec<Work> {
    let mut work = Vec::new();
    for file in files {
        match std::fs::read(file) {
            Ok(bytes) if intake::is_mbox(&bytes) => {
                for (i, message) in intake::split_mbox(&bytes).into_iter().enumerate() {
                    work.push(Work {
                        file: file.clone(),
                        index: Some(i + 1),
                        bytes: Ok(message),
                    });
                }
            }
            Ok(bytes) => work.push(Work {
                file: file.clone(),
                index: None,
                bytes: Ok(bytes),
            }),
            Err(_) => work.push(Work {
                file: file.clone(),
                index: None,
                bytes: Err(FailureReason::Unreadable),
            }),
        }
    }
    work
}

impl Summary {
    /// Adds the result of one piece of work.
    pub fn record(&mut self, work: &Work, result: Result<(Outcome, ParsedMail), ImportError>) {
        let fail = |reason| Failure {
            file: work.file.clone(),
            message: work.index,
            reason,
        };
        match result {
            Ok((outcome, mail)) => {
                match outcome {
                    Outcome::NewCase(id, number) => {
                        self.new_cases += 1;
                        self.created.push((id, number));
                    }
                    Outcome::Added(_) => self.added += 1,
                    Outcome::Duplicate => self.duplicates += 1,
                }
                for w in mail.warnings {
                    match w {
                        MailWarning::AttachmentTooLarge { name, size } => self
                            .attachments_left_out
                            .push((work.file.clone(), name, size)),
                        MailWarning::UnknownCharset(c) => {
                            self.unknown_charsets.push((work.file.clone(), c));
                        }
                        MailWarning::NoText => {}
                    }
                }
            }
            Err(ImportError::Mail(MailError::Empty)) => {
                self.failed.push(fail(FailureReason::Empty));
            }
            Err(ImportError::Mail(_)) => self.failed.push(fail(FailureReason::NotAMessage)),
            Err(ImportError::Store(_)) => self.failed.push(fail(FailureReason::Store)),
            Err(ImportError::Unread(reason)) => self.failed.push(fail(reason)),
        }
    }

    /// Messages handled in all.
    pub fn total(&self) -> usize {
        self.new_cases + self.added + self.duplicates + self.failed.len()
    }
}

/// What became of one message.
type Imported = Result<(Outcome, ParsedMail), ImportError>;

/// Messages per transaction: a commit per message would cost more than the message itself
/// (about 600 messages/s); a few hundred per commit holds the write lock for a fraction of a
/// second.
pub const BATCH: usize = 250;

/// Imports everything under `paths`; `progress` is told after each message (done, total) and
/// `cancel` is checked between messages. A cancel commits the messages of the batch in hand.
pub fn import_paths(
    store: &mut Store,
    importer: &Importer,
    paths: &[PathBuf],
    cancel: &AtomicBool,
    mut progress: impl FnMut(usize, usize),
) -> Summary {
    let work = read(&collect(paths));
    let mut summary = Summary::default();
    let mut done = 0;
    for batch in work.chunks(BATCH) {
        let (results, cancelled) = importer.import_batch(store, batch, cancel, |n| {
            progress(done + n, work.len());
        });
        done += results.len();
        for (item, result) in batch.iter().zip(results) {
            summary.record(item, result);
        }
        if cancelled {
            summary.cancelled = true;
            break;
        }
    }
    summary
}

impl Importer {
    /// Imports up to a batch of messages in one transaction, each in a savepoint; returns a
    /// result for each message handled (fewer than given when cancelled) and whether it was.
    /// When the commit itself fails, every message of the batch failed.
    fn import_batch(
        &self,
        store: &mut Store,
        batch: &[Work],
        cancel: &AtomicBool,
        mut progress: impl FnMut(usize),
    ) -> (Vec<Imported>, bool) {
        let now = store.now();
        let mut results = Vec::with_capacity(batch.len());
        let mut cancelled = false;
        let committed = store.batch(|b| {
            for item in batch {
                if cancel.load(Ordering::Relaxed) {
                    cancelled = true;
                    break;
                }
                results.push(self.import_one(b, item, now));
                progress(results.len());
            }
            Ok(())
        });
        if let Err(e) = committed {
            for result in &mut results {
                if result.is_ok() {
                    *result = Err(ImportError::Store(e.clone()));
                }
            }
        }
        (results, cancelled)
    }

    /// One message inside a batch: parsed, then kept in a savepoint of its own.
    fn import_one(
        &self,
        b: &mut Batch<'_>,
        item: &Work,
        now: chrono::NaiveDateTime,
    ) -> Result<(Outcome, ParsedMail), ImportError> {
        let bytes = item
            .bytes
            .as_ref()
            .map_err(|r| ImportError::Unread(r.clone()))?;
        let mail = intake::parse(bytes, self.max_attachment).map_err(ImportError::Mail)?;
        let outcome = b
            .attempt(|b| self.keep(b, &mail, now))
            .map_err(ImportError::Store)?;
        Ok((outcome, mail))
    }
}
