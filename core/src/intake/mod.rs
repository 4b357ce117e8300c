//! Intake: complaint e-mails (.eml files and .mbox mailboxes) read into what a case needs.

mod extract;
mod parse;

pub mod import;

pub use extract::{DEFAULT_REFERENCE_PATTERN, Prefill, prefill, reference_regex, suggest_kind};
pub use parse::{MailError, MailWarning, ParsedAttachment, ParsedMail, is_mbox, parse, split_mbox};
