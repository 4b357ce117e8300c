//! What goes into a dossier and under which name: every file in the order of the summary's
//! timeline, and the originals that hold a personnummer.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};

use super::CaseData;
use super::Options;
use super::summary::{self, Source, contains_id_number, mask_id_numbers};
use crate::domain::{
    AttachmentId, Case, EscalationBody, Language, LetterId, LetterKind, MessageId,
};
use crate::i18n::{label_id, loader_for};
use crate::paths::slug;
use crate::store::{Store, StoreError};

/// What the officer asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Request {
    /// Who the dossier is for.
    pub recipient: EscalationBody,
    /// Redaction: internal notes and personnummer.
    pub options: Options,
    /// The language of the generated documents and file names.
    pub language: Language,
}

/// What a file in the dossier is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    Statement,
    Summary,
    MessageOriginal,
    MessagePdf,
    Attachment,
    Letter,
}

/// Where a file's bytes come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Content {
    Summary,
    MessageRaw(MessageId),
    MessagePdf(MessageId),
    Attachment(AttachmentId),
    Letter(LetterId),
}

/// One file of the dossier, before it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Its path in the ZIP.
    pub path: String,
    pub kind: FileKind,
    /// The timeline entry it belongs to.
    pub timeline: Option<usize>,
    /// The time it carries in the ZIP.
    pub(super) at: NaiveDateTime,
    /// Whether deflating is worth it (not for JPEG, PNG, ZIP-based formats).
    pub(super) compress: bool,
    pub(super) content: Content,
}

/// The dossier's name: `K-2026-00042_ARN_2026-11-24.zip`.
pub fn file_name(case: &Case, recipient: EscalationBody, date: NaiveDate) -> String {
    let tag = match recipient {
        EscalationBody::Arn => "ARN",
        EscalationBody::DistrictCourt => "Tingsratt",
        EscalationBody::Fi => "FI",
        EscalationBody::Inkassonamnden => "Inkassonamnden",
        EscalationBody::Imy => "IMY",
        EscalationBody::Other => "Akt",
    };
    format!("{}_{tag}_{date}.zip", case.number)
}

/// Where a dossier goes: `out` itself, or the dossier's own name inside `out` when that is a
/// folder.
pub fn target(out: &Path, case: &Case, recipient: EscalationBody, date: NaiveDate) -> PathBuf {
    if out.is_dir() {
        out.join(file_name(case, recipient, date))
    } else {
        out.to_owned()
    }
}

/// The recipient a dossier most likely goes to: the newest escalation's body, else ARN.
pub fn default_recipient(data: &CaseData) -> EscalationBody {
    data.escalations
        .last()
        .map_or(EscalationBody::Arn, |(_, e)| e.body)
}

/// The recipient's own reference for the case (ARN's case number, say): that of the newest
/// escalation to it, or empty.
pub fn recipient_reference(data: &CaseData, recipient: EscalationBody) -> &str {
    data.escalations
        .iter()
        .rev()
        .find(|(_, e)| e.body == recipient)
        .map_or("", |(_, e)| e.reference.trim())
}

/// The newest statement on the case, which leads the dossier.
pub fn statement(data: &CaseData) -> Option<LetterId> {
    data.letters
        .iter()
        .rev()
        .find(|l| l.kind == LetterKind::ArnStatement)
        .map(|l| l.id)
}

/// Every file of the dossier in order, named after the timeline.
pub fn plan(data: &CaseData, request: &Request, now: NaiveDateTime) -> Vec<Entry> {
    let l = loader_for(request.language);
    let name = |key: &str| slug(&l.get(key));
    let redact = |text: &str| {
        if request.options.unmask {
            text.to_owned()
        } else {
            mask_id_numbers(text, now.date())
        }
    };
    let events = summary::events(data.record(), request.options, request.language);
    let number_of = |source: Source| events.iter().find(|e| e.source == source).map(|e| e.number);
    let statement = statement(data);
    let mut entries = Vec::new();
    if let Some(id) = statement {
        entries.push(Entry {
            path: format!("01_{}.pdf", name("dossier-file-statement")),
            kind: FileKind::Statement,
            timeline: number_of(Source::Letter(id)),
            at: data
                .letters
                .iter()
                .find(|l| l.id == id)
                .map_or(now, |l| l.created_at),
            compress: true,
            content: Content::Letter(id),
        });
    }
    entries.push(Entry {
        path: format!("02_{}.pdf", name("dossier-file-summary")),
        kind: FileKind::Summary,
        timeline: None,
        at: now,
        compress: true,
        content: Content::Summary,
    });
    let folder = format!("03_{}", name("dossier-folder-documents"));
    for event in &events {
        let n = event.number;
        let day = event.at.date();
        match event.source {
            Source::Message(id) => {
                let Some(m) = data.messages.iter().find(|m| m.id == id) else {
                    continue;
                };
                let direction = slug(&l.get(&label_id("direction", m.direction.code())));
                let dir = format!("{folder}/{n:03}_{day}_{direction}");
                if m.has_raw {
                    entries.push(Entry {
                        path: format!("{dir}/original.eml"),
                        kind: FileKind::MessageOriginal,
                        timeline: Some(n),
                        at: m.at,
                        compress: true,
                        content: Content::MessageRaw(id),
                    });
                }
                entries.push(Entry {
                    path: format!("{dir}/{}.pdf", name("dossier-file-message")),
                    kind: FileKind::MessagePdf,
                    timeline: Some(n),
                    at: m.at,
                    compress: true,
                    content: Content::MessagePdf(id),
                });
                for (i, a) in m.attachments.iter().enumerate() {
                    entries.push(Entry {
                        path: format!(
                            "{dir}/{}/{:02}_{}",
                            name("dossier-folder-attachments"),
                            i + 1,
                            file_slug(&redact(&a.file_name))
                        ),
                        kind: FileKind::Attachment,
                        timeline: Some(n),
                        at: m.at,
                        compress: worth_deflating(&a.content_type, &a.file_name),
                        content: Content::Attachment(a.id),
                    });
                }
            }
            Source::Letter(id) if Some(id) != statement => {
                let Some(letter) = data.letters.iter().find(|x| x.id == id) else {
                    continue;
                };
                let kind = slug(&l.get(&label_id("letter-kind", letter.kind.code())));
                entries.push(Entry {
                    path: format!(
                        "{folder}/{n:03}_{day}_{}_{kind}.pdf",
                        name("dossier-file-letter")
                    ),
                    kind: FileKind::Letter,
                    timeline: Some(n),
                    at: letter.created_at,
                    compress: true,
                    content: Content::Letter(id),
                });
            }
            Source::Letter(_) | Source::Event => {}
        }
    }
    entries
}

/// An original in the dossier that holds a personnummer, or that could not be searched for one
/// (images, PDFs, office documents): the officer decides whether it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flagged {
    /// Its path in the dossier.
    pub path: String,
    /// Whether a personnummer was found (else: the file could not be searched).
    pub found: bool,
}

/// What searching a case's originals and letters as sent (which the export cannot redact) found:
/// those that hold a personnummer, and those that cannot be searched. Read once per case; the
/// export's options change only the names the files get.
#[derive(Debug, Clone, Default)]
pub struct Scan {
    /// `true`: holds a personnummer; `false`: could not be searched. Clean files are not here.
    flags: HashMap<Content, bool>,
}

/// Searches each `.eml` (headers and text), each letter's text and each attachment that is text.
pub fn scan(store: &Store, data: &CaseData, today: NaiveDate) -> Result<Scan, StoreError> {
    let mut flags = HashMap::new();
    let mut note = |content: Content, found: Option<bool>| match found {
        Some(false) => {}
        Some(true) => {
            flags.insert(content, true);
        }
        None => {
            flags.insert(content, false);
        }
    };
    for m in &data.messages {
        if m.has_raw {
            let raw = store.message_raw(m.id)?.unwrap_or_default();
            let found = contains_id_number(&format!("{}\n{}", m.subject, m.body), today)
                || contains_id_number(&String::from_utf8_lossy(&raw), today);
            note(Content::MessageRaw(m.id), Some(found));
        }
        for a in &m.attachments {
            let bytes = store.attachment_bytes(a.id)?;
            let found = std::str::from_utf8(&bytes)
                .ok()
                .map(|text| contains_id_number(text, today));
            note(Content::Attachment(a.id), found);
        }
    }
    for l in &data.letters {
        note(
            Content::Letter(l.id),
            Some(contains_id_number(&l.text, today)),
        );
    }
    Ok(Scan { flags })
}

impl Scan {
    /// The flagged files under their names in `plan`, in its order.
    pub fn flagged(&self, plan: &[Entry]) -> Vec<Flagged> {
        plan.iter()
            .filter_map(|entry| {
                self.flags.get(&entry.content).map(|&found| Flagged {
                    path: entry.path.clone(),
                    found,
                })
            })
            .collect()
    }
}

/// JPEG, PNG, GIF and ZIP-based formats are compressed already.
pub(super) fn worth_deflating(content_type: &str, file_name: &str) -> bool {
    let name = file_name.to_lowercase();
    let packed_type = ["image/jpeg", "image/png", "image/gif", "application/zip"]
        .iter()
        .any(|t| content_type.eq_ignore_ascii_case(t));
    let packed_name = [
        ".jpg", ".jpeg", ".png", ".gif", ".zip", ".docx", ".xlsx", ".pptx", ".odt",
    ]
    .iter()
    .any(|ext| name.ends_with(ext));
    !(packed_type || packed_name)
}

/// An attachment's name made safe, keeping its extension.
fn file_slug(name: &str) -> String {
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && ext.len() <= 8 => {
            format!("{}.{}", slug(stem), slug(ext))
        }
        _ => slug(name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_safe_and_sortable() {
        assert_eq!(slug("Slutligt besked"), "slutligt-besked");
        assert_eq!(slug("Sammanställning"), "sammanstallning");
        assert_eq!(slug("Extern prövning / ÅÄÖ!"), "extern-provning-aao");
        assert_eq!(slug("???"), "fil");
        assert_eq!(
            file_slug("Faktura 2026 (kopia).PDF"),
            "faktura-2026-kopia.pdf"
        );
        assert_eq!(file_slug(".hidden"), "hidden");
        assert_eq!(file_slug("../../etc/passwd"), "etc-passwd");
    }

    #[test]
    fn compressed_formats_are_stored_as_they_are() {
        assert!(!worth_deflating("image/jpeg", "foto.JPG"));
        assert!(!worth_deflating("application/octet-stream", "avtal.docx"));
        assert!(worth_deflating("application/pdf", "faktura.pdf"));
        assert!(worth_deflating("text/plain", "brev.txt"));
    }
}
