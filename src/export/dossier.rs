//! The dossier: the whole case in one ZIP for ARN, a court or a supervisor — the statement, the
//! case summary, every message as its original and as a readable PDF, every letter, every
//! attachment, and a manifest with the SHA-256 of each file.
//!
//! Layout (Swedish names; English ones when the dossier is written in English):
//!
//! ```text
//! K-2026-00042_ARN_2026-11-24.zip
//!   manifest.json
//!   01_yttrande.pdf                      the newest statement, when one has been written
//!   02_sammanstallning.pdf               the case summary, with the numbered timeline
//!   03_handlingar/
//!     004_2026-10-01_inkommande/         timeline entry 004: a message
//!       original.eml
//!       meddelande.pdf
//!       bilagor/01_faktura.pdf
//!     009_2026-10-05_brev_slutligt-besked.pdf
//! ```
//!
//! Everything the export generates (the summary, the message PDFs, the manifest and the file
//! names) is redacted unless the options say otherwise. Originals and the letters as sent cannot
//! be: [`originals_with_id_numbers`] lists those that hold a personnummer.

use std::io::{BufWriter, Read, Seek, Write};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::summary::{self, Options, Source, contains_id_number, mask_id_numbers};
use super::{CaseData, manifest, message};
use crate::domain::{
    AttachmentId, Case, CaseId, EscalationBody, Language, LetterId, LetterKind, MessageId, Officer,
};
use crate::i18n::{label_id, loader_for};
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

/// A dossier written to disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    /// Where.
    pub path: PathBuf,
    /// Files in the ZIP, the manifest included.
    pub files: usize,
    /// Size of the ZIP.
    pub bytes: u64,
    /// SHA-256 of the ZIP, hex; also in the audit log.
    pub sha256: String,
    /// The originals in it that hold a personnummer or could not be searched.
    pub flagged: Vec<Flagged>,
}

/// Why writing to disk failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteProblem {
    /// No space left.
    DiskFull,
    /// The folder cannot be written (permissions, read-only medium).
    NotWritable,
    /// The folder does not exist.
    NoFolder,
    /// Anything else, as the system put it.
    Other(String),
}

/// Why a dossier was not made. Nothing is left on disk and nothing is logged when any of these
/// happens.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ExportError {
    /// Reading the store, or writing the audit event, failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A PDF could not be made.
    #[error("{0}")]
    Pdf(String),
    /// The ZIP could not be written.
    #[error("cannot write {path}: {problem:?}")]
    Write {
        path: PathBuf,
        problem: WriteProblem,
    },
    /// The officer cancelled.
    #[error("cancelled")]
    Cancelled,
}

impl From<crate::letters::pdf::PdfError> for ExportError {
    fn from(e: crate::letters::pdf::PdfError) -> Self {
        ExportError::Pdf(e.to_string())
    }
}

fn write_error(path: &Path, e: &std::io::Error) -> ExportError {
    use std::io::ErrorKind as K;
    let problem = match e.kind() {
        K::StorageFull | K::QuotaExceeded | K::FileTooLarge => WriteProblem::DiskFull,
        K::PermissionDenied | K::ReadOnlyFilesystem => WriteProblem::NotWritable,
        K::NotFound => WriteProblem::NoFolder,
        _ => WriteProblem::Other(e.to_string()),
    };
    ExportError::Write {
        path: path.to_owned(),
        problem,
    }
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Content {
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
    at: NaiveDateTime,
    /// Whether deflating is worth it (not for JPEG, PNG, ZIP-based formats).
    compress: bool,
    content: Content,
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
        .map_or(EscalationBody::Arn, |e| e.body)
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

/// The originals and letters as sent (which the export cannot redact) that hold a personnummer
/// or cannot be searched. Searched: each `.eml` (headers and text), each letter's text, and each
/// attachment that is text.
pub fn originals_with_id_numbers(
    store: &Store,
    data: &CaseData,
    plan: &[Entry],
    today: NaiveDate,
) -> Result<Vec<Flagged>, StoreError> {
    let mut flagged = Vec::new();
    for entry in plan {
        let found = match entry.content {
            Content::Summary | Content::MessagePdf(_) => continue,
            Content::MessageRaw(id) => {
                let body = data
                    .messages
                    .iter()
                    .find(|m| m.id == id)
                    .map(|m| format!("{}\n{}", m.subject, m.body))
                    .unwrap_or_default();
                let raw = store.message_raw(id)?.unwrap_or_default();
                Some(
                    contains_id_number(&body, today)
                        || contains_id_number(&String::from_utf8_lossy(&raw), today),
                )
            }
            Content::Letter(id) => data
                .letters
                .iter()
                .find(|l| l.id == id)
                .map(|l| contains_id_number(&l.text, today)),
            Content::Attachment(id) => {
                let bytes = store.attachment_bytes(id)?;
                std::str::from_utf8(&bytes)
                    .ok()
                    .map(|text| contains_id_number(text, today))
            }
        };
        match found {
            Some(false) => {}
            Some(true) => flagged.push(Flagged {
                path: entry.path.clone(),
                found: true,
            }),
            None => flagged.push(Flagged {
                path: entry.path.clone(),
                found: false,
            }),
        }
    }
    Ok(flagged)
}

/// Writes the dossier of a case to `out` and logs the export. `progress` hears (done, total)
/// after each file and may break to cancel; a cancelled or failed export leaves nothing behind.
pub fn export(
    store: &mut Store,
    case: CaseId,
    request: &Request,
    out: &Path,
    progress: &mut dyn FnMut(usize, usize) -> ControlFlow<()>,
) -> Result<Exported, ExportError> {
    let data = CaseData::read(store, case)?;
    let now = store.now();
    let exporter = store.officer(store.actor())?;
    let plan = plan(&data, request, now);
    let dir = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let mut part = tempfile::Builder::new()
        .prefix(".klagomal-export-")
        .suffix(".part")
        .tempfile_in(&dir)
        .map_err(|e| write_error(out, &e))?;
    let (files, flagged) = write_zip(
        Sources {
            store,
            data: &data,
            request,
            now,
        },
        &plan,
        &exporter,
        (part.as_file_mut(), out),
        progress,
    )?;
    part.as_file()
        .sync_all()
        .map_err(|e| write_error(out, &e))?;
    let (bytes, sha256) = hash_file(part.as_file_mut()).map_err(|e| write_error(out, &e))?;
    part.persist(out).map_err(|e| write_error(out, &e.error))?;
    let detail = serde_json::json!({
        "recipient": request.recipient,
        "include_notes": request.options.include_notes,
        "unmask": request.options.unmask,
        "language": request.language,
        "files": files,
        "sha256": sha256,
    });
    if let Err(e) = store.record_export(case, &detail.to_string()) {
        // A dossier that is not in the log must not be sent: take it back.
        let _ = std::fs::remove_file(out);
        return Err(e.into());
    }
    Ok(Exported {
        path: out.to_owned(),
        files,
        bytes,
        sha256,
        flagged,
    })
}

/// Where the files' bytes come from.
#[derive(Clone, Copy)]
struct Sources<'a> {
    store: &'a Store,
    data: &'a CaseData,
    request: &'a Request,
    now: NaiveDateTime,
}

fn zip_error(path: &Path, e: zip::result::ZipError) -> ExportError {
    match e {
        zip::result::ZipError::Io(e) => write_error(path, &e),
        other => write_error(path, &std::io::Error::other(other)),
    }
}

/// Writes every planned file and the manifest to `file` (which becomes `out`); returns the
/// number of files and the originals flagged in the manifest.
fn write_zip(
    src: Sources<'_>,
    plan: &[Entry],
    exporter: &Officer,
    (file, out): (&mut std::fs::File, &Path),
    progress: &mut dyn FnMut(usize, usize) -> ControlFlow<()>,
) -> Result<(usize, Vec<Flagged>), ExportError> {
    let io = |e: std::io::Error| write_error(out, &e);
    let zipped = |e: zip::result::ZipError| zip_error(out, e);
    let mut zip = ZipWriter::new(BufWriter::new(file));
    let total = plan.len() + 1;
    let mut written = Vec::with_capacity(plan.len());
    for (i, entry) in plan.iter().enumerate() {
        let bytes = content(src, entry)?;
        zip.start_file(entry.path.as_str(), zip_options(entry.compress, entry.at))
            .map_err(zipped)?;
        zip.write_all(&bytes).map_err(io)?;
        written.push(manifest::File {
            path: entry.path.clone(),
            kind: entry.kind,
            timeline: entry.timeline,
            size: bytes.len() as u64,
            sha256: hex::encode(Sha256::digest(&bytes)),
        });
        if progress(i + 1, total).is_break() {
            return Err(ExportError::Cancelled);
        }
    }
    let flagged = originals_with_id_numbers(src.store, src.data, plan, src.now.date())?;
    let manifest = manifest::build(manifest::Input {
        data: src.data,
        request: src.request,
        now: src.now,
        exporter,
        files: &written,
        flagged: &flagged,
    });
    zip.start_file("manifest.json", zip_options(true, src.now))
        .map_err(zipped)?;
    zip.write_all(&manifest).map_err(io)?;
    zip.finish().map_err(zipped)?.flush().map_err(io)?;
    if progress(total, total).is_break() {
        return Err(ExportError::Cancelled);
    }
    Ok((total, flagged))
}

/// The bytes of one file.
fn content(src: Sources<'_>, entry: &Entry) -> Result<Vec<u8>, ExportError> {
    let Sources {
        store,
        data,
        request,
        now,
    } = src;
    let pdf = |layout| crate::letters::pdf::letter_pdf(&layout);
    let message = |id| {
        data.messages
            .iter()
            .find(|m| m.id == id)
            .ok_or(StoreError::NotFoundRow("message"))
    };
    Ok(match entry.content {
        Content::Summary => pdf(summary::layout(
            data.record(),
            request.options,
            request.language,
            now.date(),
            data.logo.clone(),
        ))?,
        Content::MessageRaw(id) => store
            .message_raw(id)?
            .ok_or(StoreError::NotFoundRow("message"))?,
        Content::MessagePdf(id) => pdf(message::layout(
            message(id)?,
            &data.case,
            &data.settings,
            request.options,
            request.language,
            data.logo.clone(),
        ))?,
        Content::Attachment(id) => store.attachment_bytes(id)?,
        Content::Letter(id) => store.letter_pdf(id)?,
    })
}

fn zip_options(compress: bool, at: NaiveDateTime) -> SimpleFileOptions {
    let method = if compress {
        CompressionMethod::Deflated
    } else {
        CompressionMethod::Stored
    };
    let mut options = SimpleFileOptions::default()
        .compression_method(method)
        .unix_permissions(0o644);
    if let Ok(time) = zip::DateTime::from_date_and_time(
        u16::try_from(at.year()).unwrap_or(1980),
        at.month() as u8,
        at.day() as u8,
        at.hour() as u8,
        at.minute() as u8,
        at.second() as u8,
    ) {
        options = options.last_modified_time(time);
    }
    options
}

/// JPEG, PNG, GIF and ZIP-based formats are compressed already.
fn worth_deflating(content_type: &str, file_name: &str) -> bool {
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

fn hash_file(file: &mut std::fs::File) -> std::io::Result<(u64, String)> {
    file.rewind()?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0; 64 * 1024];
    let mut total = 0u64;
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        total += n as u64;
    }
    Ok((total, hex::encode(hasher.finalize())))
}

/// A name part made safe and sortable on every system: lower case, å/ä → a, ö → o, other
/// characters to "-".
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.to_lowercase().chars() {
        let c = match c {
            'å' | 'ä' | 'á' | 'à' => 'a',
            'ö' | 'ó' | 'ø' => 'o',
            'é' | 'è' | 'ë' => 'e',
            'ü' => 'u',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if c == '-' && (out.is_empty() || out.ends_with('-')) {
            continue;
        }
        out.push(c);
    }
    let out: String = out.trim_end_matches('-').chars().take(60).collect();
    if out.is_empty() {
        "fil".to_owned()
    } else {
        out
    }
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
        assert_eq!(slug("Överklagande / ÅÄÖ!"), "overklagande-aao");
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
