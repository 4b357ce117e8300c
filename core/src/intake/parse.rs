//! One e-mail file's bytes to what the app keeps of it: headers, readable text, attachments, the
//! original bytes, and warnings. The parser is guarded: whatever the bytes, this never panics.

use std::panic::{AssertUnwindSafe, catch_unwind};

use chrono::{DateTime, Local, NaiveDateTime};
use mail_parser::{MessageParser, MimeHeaders};
use sha2::{Digest, Sha256};

/// A parsed message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedMail {
    /// The Message-ID header, without angle brackets.
    pub message_id: Option<String>,
    /// In-Reply-To and References, without angle brackets.
    pub refers_to: Vec<String>,
    /// The sender's display name.
    pub from_name: String,
    /// The sender's address.
    pub from_address: String,
    /// The recipients as written.
    pub to: String,
    /// When it was sent, in local time.
    pub date: Option<NaiveDateTime>,
    /// The subject.
    pub subject: String,
    /// The readable text (an HTML-only mail turned into text).
    pub text: String,
    /// Attachments within the size limit.
    pub attachments: Vec<ParsedAttachment>,
    /// What was not quite right but did not stop the import.
    pub warnings: Vec<MailWarning>,
    /// SHA-256 of the original bytes, hex: identifies a mail without Message-ID.
    pub content_hash: String,
    /// The original bytes.
    pub raw: Vec<u8>,
}

/// An attachment's name, type and bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedAttachment {
    pub file_name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// Something the officer should know about an imported mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailWarning {
    /// A charset the decoder does not know: the text was read with replacement characters.
    UnknownCharset(String),
    /// An attachment above the size limit was left out.
    AttachmentTooLarge { name: String, size: usize },
    /// The mail has no text body.
    NoText,
}

/// Why a file is not an importable e-mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum MailError {
    /// The file is empty.
    #[error("the file is empty")]
    Empty,
    /// No header lines: not an e-mail (plain text, binary data, a cut-off file).
    #[error("the file is not an e-mail message")]
    NotAMessage,
    /// The parser gave up on the bytes.
    #[error("the message could not be read")]
    Unreadable,
}

/// Charsets Swedish mail really uses, and their aliases the decoder knows.
const KNOWN_CHARSETS: &[&str] = &[
    "utf-8",
    "utf8",
    "us-ascii",
    "ascii",
    "iso-8859-1",
    "latin1",
    "iso-8859-15",
    "windows-1252",
    "cp1252",
    "iso-8859-2",
    "windows-1250",
    "utf-16",
    "utf-16le",
    "utf-16be",
    "koi8-r",
    "windows-1251",
    "iso-8859-5",
    "iso-2022-jp",
    "shift_jis",
    "euc-jp",
    "gb2312",
    "gbk",
    "big5",
    "euc-kr",
];

/// Parses one message; `max_attachment` bytes is the largest attachment kept.
pub fn parse(bytes: &[u8], max_attachment: usize) -> Result<ParsedMail, MailError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(MailError::Empty);
    }
    if !looks_like_headers(bytes) {
        return Err(MailError::NotAMessage);
    }
    let parsed = catch_unwind(AssertUnwindSafe(|| extract(bytes, max_attachment)));
    match parsed {
        Ok(Some(mail)) => Ok(mail),
        Ok(None) => Err(MailError::NotAMessage),
        Err(_) => Err(MailError::Unreadable),
    }
}

/// The first line must be a header field ("Name: value"), and a header block must include at
/// least one of From, Subject, Date or Message-ID.
fn looks_like_headers(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let end = head
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .or_else(|| head.windows(2).position(|w| w == b"\n\n"));
    let block = String::from_utf8_lossy(&head[..end.unwrap_or(head.len())]).to_ascii_lowercase();
    let first = block.lines().next().unwrap_or_default();
    let field = |l: &str| {
        l.split_once(':').is_some_and(|(name, _)| {
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_graphic() && b != b':')
        })
    };
    let known = ["from:", "subject:", "date:", "message-id:"]
        .iter()
        .any(|h| block.lines().any(|l| l.starts_with(h)));
    end.is_some() && field(first) && known
}

fn extract(bytes: &[u8], max_attachment: usize) -> Option<ParsedMail> {
    let message = MessageParser::default().parse(bytes)?;
    let mut warnings = Vec::new();
    for part in message.parts.iter() {
        if let Some(charset) = part.content_type().and_then(|ct| ct.attribute("charset")) {
            let lower = charset.to_ascii_lowercase();
            if !KNOWN_CHARSETS.contains(&lower.as_str())
                && !warnings.contains(&MailWarning::UnknownCharset(lower.clone()))
            {
                warnings.push(MailWarning::UnknownCharset(lower));
            }
        }
    }
    let from = message.from().and_then(|a| a.first());
    let ids = |v: &mail_parser::HeaderValue<'_>| -> Vec<String> {
        match v {
            mail_parser::HeaderValue::Text(t) => vec![t.to_string()],
            mail_parser::HeaderValue::TextList(l) => l.iter().map(|t| t.to_string()).collect(),
            _ => Vec::new(),
        }
    };
    let mut refers_to = ids(message.in_reply_to());
    refers_to.extend(ids(message.references()));
    refers_to.dedup();
    let text = message
        .body_text(0)
        .map(|t| t.trim().to_owned())
        .unwrap_or_default();
    if text.is_empty() {
        warnings.push(MailWarning::NoText);
    }
    let attachments = attachments(&message, max_attachment, &mut warnings);
    let to = message
        .to()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.address())
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default();
    Some(ParsedMail {
        message_id: message.message_id().map(str::to_owned),
        refers_to,
        from_name: from
            .and_then(|f| f.name())
            .unwrap_or_default()
            .trim()
            .to_owned(),
        from_address: from
            .and_then(|f| f.address())
            .unwrap_or_default()
            .trim()
            .to_owned(),
        to,
        date: message
            .date()
            .and_then(|d| DateTime::from_timestamp(d.to_timestamp(), 0))
            .map(|d| d.with_timezone(&Local).naive_local()),
        subject: message.subject().unwrap_or_default().trim().to_owned(),
        text,
        attachments,
        warnings,
        content_hash: hex::encode(Sha256::digest(bytes)),
        raw: bytes.to_vec(),
    })
}

fn attachments(
    message: &mail_parser::Message<'_>,
    max: usize,
    warnings: &mut Vec<MailWarning>,
) -> Vec<ParsedAttachment> {
    let mut kept = Vec::new();
    for (i, part) in message.attachments().enumerate() {
        let name = part
            .attachment_name()
            .map(str::to_owned)
            .unwrap_or_else(|| format!("bilaga-{}", i + 1));
        let bytes = part.contents();
        if bytes.len() > max {
            warnings.push(MailWarning::AttachmentTooLarge {
                name,
                size: bytes.len(),
            });
            continue;
        }
        let content_type = part
            .content_type()
            .map(|ct| format!("{}/{}", ct.ctype(), ct.subtype().unwrap_or("octet-stream")))
            .unwrap_or_else(|| "application/octet-stream".to_owned());
        kept.push(ParsedAttachment {
            file_name: name,
            content_type,
            bytes: bytes.to_vec(),
        });
    }
    kept
}

/// Splits an mbox file into its messages (mboxo and mboxrd: ">From " lines are unescaped).
pub fn split_mbox(bytes: &[u8]) -> Vec<Vec<u8>> {
    let reader = std::io::BufReader::new(bytes);
    mail_parser::mailbox::mbox::MessageIterator::new(reader)
        .filter_map(Result::ok)
        .map(|m| m.unwrap_contents())
        .collect()
}

/// True when the bytes look like an mbox file (they start with a "From " separator line).
pub fn is_mbox(bytes: &[u8]) -> bool {
    bytes.starts_with(b"From ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_never_panics_and_is_named() {
        assert_eq!(parse(b"", 1024), Err(MailError::Empty));
        assert_eq!(parse(b"  \r\n", 1024), Err(MailError::Empty));
        assert_eq!(
            parse("Hej! Jag vill klaga.\n\nMvh Åsa".as_bytes(), 1024),
            Err(MailError::NotAMessage)
        );
        let junk: Vec<u8> = (0u32..4096)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        assert_eq!(parse(&junk, 1024), Err(MailError::NotAMessage));
    }

    #[test]
    fn a_simple_message_is_read() {
        let mail = b"From: =?UTF-8?Q?=C3=85sa_=C3=96berg?= <asa@example.com>\r\nSubject: =?UTF-8?Q?Klagom=C3=A5l?=\r\nMessage-ID: <a1@example.com>\r\nDate: Tue, 10 Mar 2026 09:15:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHej, jag \xc3\xa4r missn\xc3\xb6jd.\r\n";
        let m = parse(mail, 1024).expect("parsed");
        assert_eq!(
            (m.from_name.as_str(), m.from_address.as_str()),
            ("Åsa Öberg", "asa@example.com")
        );
        assert_eq!(
            (m.subject.as_str(), m.message_id.as_deref()),
            ("Klagomål", Some("a1@example.com"))
        );
        assert_eq!(m.text, "Hej, jag är missnöjd.");
        assert!(m.date.is_some());
        assert_eq!(m.raw, mail.to_vec());
    }
}
