//! Intake: complaint e-mails (.eml files and .mbox mailboxes) read into what a case needs.

mod address;
mod classify;
mod cues;
mod extract;
mod numbers;
mod parse;
mod reading;
mod words;

pub mod import;

pub use extract::{
    DEFAULT_REFERENCE_PATTERN, Prefill, prefill, prefill_mail, reference_regex, suggest,
};
pub use parse::{MailError, MailWarning, ParsedAttachment, ParsedMail, is_mbox, parse, split_mbox};
pub use reading::{Reading, read};
