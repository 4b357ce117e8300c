//! What accumulates on a case: investigation notes, messages, attachments and letters.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::codes::coded_enum;
use super::{Addressee, CaseId, Channel, Language, OfficerId};

macro_rules! row_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);
    };
}

row_id!(
    /// Row id of a note.
    NoteId
);
row_id!(
    /// Row id of a message.
    MessageId
);
row_id!(
    /// Row id of an attachment.
    AttachmentId
);
row_id!(
    /// Row id of a letter.
    LetterId
);

coded_enum! {
    /// What an investigation note records.
    pub enum NoteKind as "note kind" {
        Note = "note",
        PhoneCall = "phone_call",
        Decision = "decision",
        /// A complaints manager's comment on a returned draft.
        Review = "review",
    }
}

impl NoteKind {
    /// The kinds an officer writes by hand (a review comment comes from the review).
    pub const WRITTEN: &'static [NoteKind] =
        &[NoteKind::Note, NoteKind::PhoneCall, NoteKind::Decision];
}

/// A note to add to a case's investigation log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewNote {
    /// Note, phone call or decision.
    pub kind: NoteKind,
    /// The text, as the officer wrote it.
    pub text: String,
}

/// An entry of the investigation log. Notes are never edited: a correction is a new note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// Row id.
    pub id: NoteId,
    /// The case it belongs to.
    pub case_id: CaseId,
    /// Who wrote it.
    pub author: OfficerId,
    /// When.
    pub at: NaiveDateTime,
    /// Note, phone call or decision.
    pub kind: NoteKind,
    /// The text.
    pub text: String,
}

coded_enum! {
    /// Whether a message came in or went out.
    pub enum Direction as "direction" {
        Inbound = "inbound",
        Outbound = "outbound",
    }
}

/// A message to add to a case's correspondence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMessage {
    /// In or out.
    pub direction: Direction,
    /// E-mail, letter or phone.
    pub channel: Channel,
    /// Sent or received at.
    pub at: NaiveDateTime,
    /// Sender as written (`Namn <adress>`).
    pub from: String,
    /// Recipients as written.
    pub to: String,
    /// Subject line.
    pub subject: String,
    /// The readable text.
    pub body: String,
    /// The Message-ID header, for threading and duplicates.
    pub message_id: Option<String>,
    /// The original message, byte for byte (an `.eml`), when there is one.
    pub raw: Option<Vec<u8>>,
    /// SHA-256 of the original bytes, hex, when there are any.
    pub content_hash: Option<String>,
    /// Files that came with it.
    pub attachments: Vec<NewAttachment>,
}

/// A file to keep with a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAttachment {
    /// The file name as given.
    pub file_name: String,
    /// MIME type.
    pub content_type: String,
    /// The file's bytes.
    pub bytes: Vec<u8>,
}

impl NewMessage {
    /// An inbound letter that came by post (its scan attached) or a phone call, registered by
    /// hand on a case: the command line and the window build it the same way.
    pub fn registered(
        channel: Channel,
        at: NaiveDateTime,
        from: String,
        subject: &str,
        body: &str,
        attachments: Vec<NewAttachment>,
    ) -> NewMessage {
        NewMessage {
            direction: Direction::Inbound,
            channel,
            at,
            from,
            to: String::new(),
            subject: subject.trim().to_owned(),
            body: body.trim().to_owned(),
            message_id: None,
            raw: None,
            content_hash: None,
            attachments,
        }
    }
}

impl NewAttachment {
    /// A scanned letter (PDF, PNG, JPEG or TIFF) as an attachment, its type told by its first
    /// bytes.
    pub fn scan(file_name: String, bytes: Vec<u8>) -> NewAttachment {
        let content_type = match super::image_kind(&bytes) {
            Some(super::ImageKind::Png) => "image/png",
            Some(super::ImageKind::Jpeg) => "image/jpeg",
            None if bytes.starts_with(b"%PDF-") => "application/pdf",
            None if bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*") => "image/tiff",
            None => "application/octet-stream",
        };
        NewAttachment {
            file_name,
            content_type: content_type.to_owned(),
            bytes,
        }
    }
}

/// A message on a case, without its raw bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// Row id.
    pub id: MessageId,
    /// The case.
    pub case_id: CaseId,
    /// In or out.
    pub direction: Direction,
    /// E-mail, letter or phone.
    pub channel: Channel,
    /// Sent or received at.
    pub at: NaiveDateTime,
    /// Sender.
    pub from: String,
    /// Recipients.
    pub to: String,
    /// Subject line.
    pub subject: String,
    /// Readable text.
    pub body: String,
    /// Message-ID header.
    pub message_id: Option<String>,
    /// Whether the original bytes are kept.
    pub has_raw: bool,
    /// The files that came with it.
    pub attachments: Vec<Attachment>,
}

/// An attachment's description; its bytes are read on demand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    /// Row id.
    pub id: AttachmentId,
    /// The message it came with.
    pub message_id: MessageId,
    /// File name.
    pub file_name: String,
    /// MIME type.
    pub content_type: String,
    /// Size in bytes.
    pub size: u64,
    /// SHA-256 of the bytes, hex.
    pub sha256: String,
}

coded_enum! {
    /// The letters the company writes.
    pub enum LetterKind as "letter kind" {
        Acknowledgement = "acknowledgement",
        RequestForInformation = "request_for_information",
        DelayNotice = "delay_notice",
        Referral = "referral",
        FinalAnswer = "final_answer",
        AccessReport = "access_report",
        Rectification = "rectification",
        Erasure = "erasure",
        ArnStatement = "arn_statement",
    }
}

impl LetterKind {
    /// The kinds the composer writes from a template today.
    pub const COMPOSABLE: &'static [LetterKind] = &[
        LetterKind::Acknowledgement,
        LetterKind::RequestForInformation,
        LetterKind::DelayNotice,
        LetterKind::Referral,
        LetterKind::FinalAnswer,
        LetterKind::ArnStatement,
    ];
}

/// A letter to keep on a case, once finalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewLetter {
    /// Which letter.
    pub kind: LetterKind,
    /// Written in.
    pub language: Language,
    /// The letter's date.
    pub date: NaiveDate,
    /// The final text as sent.
    pub text: String,
    /// The PDF as sent.
    pub pdf: Vec<u8>,
    /// Whom it is written to; `None` for a statement to a body.
    pub addressee: Option<Addressee>,
}

/// A letter kept on a case. Immutable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Letter {
    /// Row id.
    pub id: LetterId,
    /// The case.
    pub case_id: CaseId,
    /// Which letter.
    pub kind: LetterKind,
    /// Written in.
    pub language: Language,
    /// The letter's date.
    pub date: NaiveDate,
    /// Who signed it.
    pub officer: OfficerId,
    /// When it was finalised.
    pub created_at: NaiveDateTime,
    /// The final text.
    pub text: String,
    /// Size of the PDF in bytes.
    pub pdf_size: u64,
    /// Whom it was written to; `None` for a statement, or a letter kept before this was
    /// recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addressee: Option<Addressee>,
    /// The complaints manager who approved it, for a kind that needs review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_by: Option<OfficerId>,
    /// When it was approved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_at: Option<NaiveDateTime>,
    /// Approved by its own author, as the settings allow for a one-person company.
    #[serde(default)]
    pub self_approved: bool,
}
