//! A kept letter as an unsent e-mail: an RFC 5322 `.eml` with `X-Unsent: 1`, which the system's
//! mail program (Outlook, Thunderbird) opens as a draft to send, the letter's PDF attached.
//! Built with `mail-builder` (Stalwart, the makers of `mail-parser`): RFC 2047 headers, base64
//! attachments and MIME boundaries done by a crate rather than by hand.

use std::io::Write;
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, Local, NaiveDate, NaiveDateTime, TimeZone};
use i18n_embed_fl::fl;
use mail_builder::MessageBuilder;
use mail_builder::headers::address::Address;
use mail_builder::headers::raw::Raw;

use crate::domain::{Addressee, Case, CaseNumber, Dispatch, Language, Letter, LetterKind, SentVia};
use crate::i18n::{label_id, loader_for};
use crate::store::{Store, StoreError};

/// Why a letter could not be written as an e-mail. Nothing is recorded when any of these
/// happens.
#[derive(Debug, Clone, thiserror::Error)]
pub enum EmlError {
    /// The letter's recipient (the complainant, or the representative it was written to) has
    /// no e-mail address on the case.
    #[error("the recipient has no e-mail address")]
    NoAddress,
    /// A statement goes to ARN, a court or a supervisor, through their own channels.
    #[error("a statement is not sent by e-mail from here")]
    NotForEmail,
    /// Reading the letter or recording it failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The e-mail could not be written.
    #[error("the e-mail could not be written: {0}")]
    Write(Arc<std::io::Error>),
}

/// Someone to write to: a display name (may be empty) and an address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mailbox {
    /// Display name.
    pub name: String,
    /// E-mail address.
    pub email: String,
}

/// Whom a kept letter's e-mail goes to: the person the letter was written to (recorded with
/// it; for an older letter, by the rule of [`super::recipient()`] on its date), so the e-mail
/// and the address window always agree. `None` when that person has no e-mail address.
pub fn recipient_email(case: &Case, letter: &Letter) -> Option<Mailbox> {
    let to = letter.addressee.unwrap_or_else(|| {
        super::recipient(case, letter.date, None).map_or(Addressee::Complainant, |r| r.to)
    });
    super::recipient::recipient_mailbox(case, to).map(|(name, email)| Mailbox { name, email })
}

/// A letter's PDF file name, in the letter's language: `K-2026-00042_slutligt-besked_2026-03-20.pdf`.
pub fn file_name(
    number: CaseNumber,
    kind: LetterKind,
    language: Language,
    date: NaiveDate,
) -> String {
    let kind = loader_for(language).get(&label_id("letter-kind", kind.code()));
    format!("{number}_{}_{date}.pdf", crate::paths::slug(&kind))
}

/// Everything an unsent e-mail holds.
#[derive(Debug, Clone)]
pub struct UnsentEmail<'a> {
    /// The company's address, when it has one.
    pub from: Option<Mailbox>,
    /// The recipient.
    pub to: Mailbox,
    /// The subject line.
    pub subject: &'a str,
    /// A short plain-text body.
    pub body: &'a str,
    /// The PDF's file name.
    pub file_name: &'a str,
    /// The PDF.
    pub pdf: &'a [u8],
    /// The Date header.
    pub date: DateTime<FixedOffset>,
}

/// The bytes of an unsent e-mail: RFC 5322 with `X-Unsent: 1`, non-ASCII headers encoded by
/// RFC 2047, a plain-text body and the PDF attached as `application/pdf` in base64.
pub fn unsent_email(email: &UnsentEmail<'_>) -> Result<Vec<u8>, EmlError> {
    let address = |m: &Mailbox| -> Address<'static> {
        if m.name.is_empty() {
            m.email.clone().into()
        } else {
            (m.name.clone(), m.email.clone()).into()
        }
    };
    let mut message = MessageBuilder::new();
    if let Some(from) = &email.from {
        message = message.from(address(from));
    }
    message
        .to(address(&email.to))
        .subject(email.subject)
        .header("Date", Raw::new(email.date.to_rfc2822()))
        .header("X-Unsent", Raw::new("1"))
        .text_body(email.body)
        .attachment("application/pdf", email.file_name, email.pdf)
        .write_to_vec()
        .map_err(|e| EmlError::Write(Arc::new(e)))
}

/// The short body of a letter's e-mail in the letter's language: a greeting, what is attached,
/// the closing and who signs.
pub fn body(case: &Case, letter: &Letter, signature: &[String]) -> String {
    let l = loader_for(letter.language);
    let kind = l.get(&label_id("letter-kind", letter.kind.code()));
    let mut text = fl!(l, "eml-body", number = case.number.to_string(), kind = kind);
    text.push_str("\n\n");
    text.push_str(&fl!(l, "letter-closing"));
    for line in signature.iter().filter(|l| !l.trim().is_empty()) {
        text.push('\n');
        text.push_str(line.trim());
    }
    text
}

/// Writes a kept letter to `out` as an unsent e-mail to the complainant (or their
/// representative), then records it on the case as sent by e-mail today. The Date header is
/// the store's clock in local time. Nothing is recorded unless the e-mail was written whole.
pub fn email_letter(
    store: &mut Store,
    letter: &Letter,
    out: &mut impl Write,
) -> Result<Dispatch, EmlError> {
    if letter.kind == LetterKind::ArnStatement {
        return Err(EmlError::NotForEmail);
    }
    let case = store.case(letter.case_id)?;
    let to = recipient_email(&case, letter).ok_or(EmlError::NoAddress)?;
    let settings = store.settings()?;
    let officer = store.officer(letter.officer)?;
    let pdf = store.letter_pdf(letter.id)?;
    let company = &settings.company;
    let from = (!company.email.trim().is_empty()).then(|| Mailbox {
        name: company.name.trim().to_owned(),
        email: company.email.trim().to_owned(),
    });
    let signature = [officer.name, officer.title, company.name.clone()];
    let body = body(&case, letter, &signature);
    let (subject, _) = super::split_subject(&letter.text);
    let name = file_name(case.number, letter.kind, letter.language, letter.date);
    let now = store.now();
    let bytes = unsent_email(&UnsentEmail {
        from,
        to,
        subject: &subject,
        body: &body,
        file_name: &name,
        pdf: &pdf,
        date: local(now),
    })?;
    out.write_all(&bytes)
        .and_then(|()| out.flush())
        .map_err(|e| EmlError::Write(Arc::new(e)))?;
    Ok(store.record_sent(letter.id, SentVia::Email, now.date())?)
}

/// A local wall-clock time with its offset; in a daylight-saving gap, read as UTC.
fn local(now: NaiveDateTime) -> DateTime<FixedOffset> {
    Local
        .from_local_datetime(&now)
        .earliest()
        .map_or_else(|| now.and_utc().fixed_offset(), |t| t.fixed_offset())
}
