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
//! be: [`scan`] finds those that hold a personnummer. Searching them reads every original, so a
//! dialog reads the case and scans it once ([`Scanned::read`]) and exports from that
//! ([`export_scanned`]).

use std::cell::Cell;
use std::io::{BufWriter, Write};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use chrono::{NaiveDate, NaiveDateTime};
use sha2::{Digest, Sha256};
use zip::ZipWriter;

use super::archive::{Output, hash_file, zip_options};
use super::plan::Content;
pub use super::plan::{
    Entry, FileKind, Flagged, Request, Scan, default_recipient, file_name, plan,
    recipient_reference, scan, statement, target,
};
use super::summary;
use super::{CaseData, manifest, message};
use crate::domain::{CaseId, NewDisclosure, Officer};
use crate::store::{Store, StoreError};

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
    /// Whether it leads with a statement (none had been written otherwise).
    pub has_statement: bool,
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
    #[error(transparent)]
    Pdf(#[from] crate::letters::pdf::PdfError),
    /// The ZIP could not be written.
    #[error("cannot write {path}: {problem:?}")]
    Write {
        path: PathBuf,
        problem: WriteProblem,
    },
    /// The officer cancelled.
    #[error("cancelled")]
    Cancelled,
    /// A letter's template did not render (the register extract's cover letter).
    #[error(transparent)]
    Template(#[from] crate::letters::TemplateError),
}

/// A file that could not be written to `path`, as the user is told of it.
pub fn write_error(path: &Path, e: &std::io::Error) -> ExportError {
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

/// A case read from the store with its originals searched for personnummer: made once when
/// the officer opens the export, kept while the options change, and exported from as it is.
#[derive(Debug, Clone)]
pub struct Scanned {
    /// The case and everything on it, as read.
    pub data: CaseData,
    /// What searching its originals found.
    pub scan: Scan,
}

impl Scanned {
    /// Reads a case and searches its originals (every `.eml`, text attachment and letter).
    pub fn read(store: &Store, case: CaseId, today: NaiveDate) -> Result<Scanned, StoreError> {
        let data = CaseData::read(store, case)?;
        let scan = scan(store, &data, today)?;
        Ok(Scanned { data, scan })
    }
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
    let scanned = Scanned::read(store, case, store.today())?;
    export_scanned(store, &scanned, request, out, progress)
}

/// [`export`] from a case already read and scanned: neither is done again, so the dossier holds
/// the case as it was read and flags what that scan found.
pub fn export_scanned(
    store: &mut Store,
    scanned: &Scanned,
    request: &Request,
    out: &Path,
    progress: &mut dyn FnMut(usize, usize) -> ControlFlow<()>,
) -> Result<Exported, ExportError> {
    let (data, case) = (&scanned.data, scanned.data.case.id);
    let now = store.now();
    let exporter = store.officer(store.actor())?;
    let plan = plan(data, request, now);
    let flagged = scanned.scan.flagged(&plan);
    let dir = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let mut part = tempfile::Builder::new()
        .prefix(".klagomal-export-")
        .suffix(".part")
        .tempfile_in(&dir)
        .map_err(|e| write_error(out, &e))?;
    let files = write_zip(
        Sources {
            store,
            data,
            request,
            now,
        },
        (&plan, &flagged),
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
    let file = out.file_name().unwrap_or_default().to_string_lossy();
    let disclosure = NewDisclosure::dossier(request.recipient, &file, now.date());
    if let Err(e) = store.record_export(case, &detail.to_string(), disclosure) {
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
        has_statement: plan.first().is_some_and(|e| e.kind == FileKind::Statement),
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

/// Writes every planned file and the manifest (with the `flagged` originals) to `file` (which
/// becomes `out`); returns the number of files.
fn write_zip(
    src: Sources<'_>,
    (plan, flagged): (&[Entry], &[Flagged]),
    exporter: &Officer,
    (file, out): (&mut std::fs::File, &Path),
    progress: &mut dyn FnMut(usize, usize) -> ControlFlow<()>,
) -> Result<usize, ExportError> {
    let closed = Rc::new(Cell::new(false));
    let mut zip = ZipWriter::new(Output::new(BufWriter::new(file), Rc::clone(&closed)));
    let total = plan.len() + 1;
    if let Err(e) = fill(&mut zip, src, (plan, flagged), exporter, out, progress) {
        // The file is thrown away: the writer's clean-up on drop writes nothing more.
        closed.set(true);
        return Err(e);
    }
    zip.finish()
        .map_err(|e| zip_error(out, e))?
        .flush()
        .map_err(|e| write_error(out, &e))?;
    if progress(total, total).is_break() {
        return Err(ExportError::Cancelled);
    }
    Ok(total)
}

/// Adds every planned file, then the manifest.
fn fill(
    zip: &mut ZipWriter<Output<BufWriter<&mut std::fs::File>>>,
    src: Sources<'_>,
    (plan, flagged): (&[Entry], &[Flagged]),
    exporter: &Officer,
    out: &Path,
    progress: &mut dyn FnMut(usize, usize) -> ControlFlow<()>,
) -> Result<(), ExportError> {
    let io = |e: std::io::Error| write_error(out, &e);
    let zipped = |e: zip::result::ZipError| zip_error(out, e);
    let total = plan.len() + 1;
    let mut written = Vec::with_capacity(plan.len());
    for (i, entry) in plan.iter().enumerate() {
        let bytes = content(src, plan, entry)?;
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
    let manifest = manifest::build(manifest::Input {
        data: src.data,
        request: src.request,
        now: src.now,
        exporter,
        files: &written,
        flagged,
    });
    zip.start_file("manifest.json", zip_options(true, src.now))
        .map_err(zipped)?;
    zip.write_all(&manifest).map_err(io)?;
    Ok(())
}

/// The bytes of one file (`plan` names the attachments beside a message).
fn content(src: Sources<'_>, plan: &[Entry], entry: &Entry) -> Result<Vec<u8>, ExportError> {
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
    let reference = recipient_reference(data, request.recipient);
    Ok(match entry.content {
        Content::Summary => pdf(summary::layout(
            data.record(),
            request.options,
            request.language,
            now.date(),
            reference,
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
            message::InDossier {
                your_reference: reference,
                attachments: attachments_beside(plan, entry),
            },
            data.logo.clone(),
        ))?,
        Content::Attachment(id) => store.attachment_bytes(id)?,
        Content::Letter(id) => store.letter_pdf(id)?,
    })
}

/// The paths of the attachments filed with a message, relative to its folder, in order.
fn attachments_beside(plan: &[Entry], message_pdf: &Entry) -> Vec<String> {
    let folder = match message_pdf.path.rsplit_once('/') {
        Some((folder, _)) => format!("{folder}/"),
        None => String::new(),
    };
    plan.iter()
        .filter(|e| e.kind == FileKind::Attachment && e.timeline == message_pdf.timeline)
        .filter_map(|e| e.path.strip_prefix(&folder).map(str::to_owned))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_disk_or_a_closed_folder_is_named_as_such() {
        use std::io::{Error, ErrorKind};
        let path = Path::new("/media/usb/akt.zip");
        let cases = [
            (ErrorKind::StorageFull, WriteProblem::DiskFull),
            (ErrorKind::QuotaExceeded, WriteProblem::DiskFull),
            (ErrorKind::PermissionDenied, WriteProblem::NotWritable),
            (ErrorKind::ReadOnlyFilesystem, WriteProblem::NotWritable),
            (ErrorKind::NotFound, WriteProblem::NoFolder),
        ];
        for (kind, problem) in cases {
            let e = write_error(path, &Error::from(kind));
            assert!(
                matches!(&e, ExportError::Write { problem: p, path: at } if *p == problem && at == path),
                "{kind:?}"
            );
        }
    }
}
