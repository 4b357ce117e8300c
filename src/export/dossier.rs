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

use std::cell::Cell;
use std::io::{BufWriter, Read, Seek, Write};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use chrono::{Datelike, NaiveDateTime, Timelike};
use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::plan::Content;
pub use super::plan::{
    Entry, FileKind, Flagged, Scan, default_recipient, file_name, plan, scan, statement, target,
};
use super::summary::{self, Options};
use super::{CaseData, manifest, message};
use crate::domain::{CaseId, EscalationBody, Language, Officer};
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
    let closed = Rc::new(Cell::new(false));
    let mut zip = ZipWriter::new(Output::new(BufWriter::new(file), Rc::clone(&closed)));
    let total = plan.len() + 1;
    let flagged = match fill(&mut zip, src, plan, exporter, out, progress) {
        Ok(flagged) => flagged,
        Err(e) => {
            // The file is thrown away: the writer's clean-up on drop writes nothing more.
            closed.set(true);
            return Err(e);
        }
    };
    zip.finish()
        .map_err(|e| zip_error(out, e))?
        .flush()
        .map_err(|e| write_error(out, &e))?;
    if progress(total, total).is_break() {
        return Err(ExportError::Cancelled);
    }
    Ok((total, flagged))
}

/// Adds every planned file, then the manifest.
fn fill(
    zip: &mut ZipWriter<Output<BufWriter<&mut std::fs::File>>>,
    src: Sources<'_>,
    plan: &[Entry],
    exporter: &Officer,
    out: &Path,
    progress: &mut dyn FnMut(usize, usize) -> ControlFlow<()>,
) -> Result<Vec<Flagged>, ExportError> {
    let io = |e: std::io::Error| write_error(out, &e);
    let zipped = |e: zip::result::ZipError| zip_error(out, e);
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
    let flagged = scan(src.store, src.data, src.now.date())?.flagged(plan);
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
    Ok(flagged)
}

/// The ZIP's file. After the first failed write or seek, or once the export is given up, it
/// keeps nothing but still counts positions as a file would, so that the ZIP writer's clean-up
/// on drop neither writes to a file being thrown away nor fails.
struct Output<W> {
    inner: W,
    closed: Rc<Cell<bool>>,
    /// Where the writer is, and how long the file is, as the ZIP writer sees them.
    pos: u64,
    len: u64,
}

impl<W> Output<W> {
    fn new(inner: W, closed: Rc<Cell<bool>>) -> Output<W> {
        Output {
            inner,
            closed,
            pos: 0,
            len: 0,
        }
    }

    fn advance(&mut self, n: usize) {
        self.pos += n as u64;
        self.len = self.len.max(self.pos);
    }
}

impl<W: Write> Write for Output<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if !self.closed.get() {
            let n = self
                .inner
                .write(buf)
                .inspect_err(|_| self.closed.set(true))?;
            self.advance(n);
            return Ok(n);
        }
        self.advance(buf.len());
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.closed.get() {
            return Ok(());
        }
        self.inner.flush().inspect_err(|_| self.closed.set(true))
    }
}

impl<W: Seek> Seek for Output<W> {
    fn seek(&mut self, to: std::io::SeekFrom) -> std::io::Result<u64> {
        use std::io::SeekFrom;
        if !self.closed.get() {
            let at = self.inner.seek(to).inspect_err(|_| self.closed.set(true))?;
            self.pos = at;
            return Ok(at);
        }
        let target = match to {
            SeekFrom::Start(n) => Some(n),
            SeekFrom::Current(d) => self.pos.checked_add_signed(d),
            SeekFrom::End(d) => self.len.checked_add_signed(d),
        };
        self.pos = target.ok_or_else(|| std::io::Error::from(std::io::ErrorKind::InvalidInput))?;
        Ok(self.pos)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A disk that fills up after `room` bytes.
    struct Small {
        file: std::io::Cursor<Vec<u8>>,
        room: u64,
    }

    impl Write for Small {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.file.position() + buf.len() as u64 > self.room {
                return Err(std::io::ErrorKind::StorageFull.into());
            }
            self.file.write(buf)
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl Seek for Small {
        fn seek(&mut self, to: std::io::SeekFrom) -> std::io::Result<u64> {
            self.file.seek(to)
        }
    }

    #[test]
    fn a_disk_that_fills_up_midway_gives_an_error_and_no_panic() {
        let data: Vec<u8> = (0..50_000u32).flat_map(|i| i.to_le_bytes()).collect();
        for room in [0, 10, 100, 5_000, 150_000, 199_990] {
            let closed = Rc::new(Cell::new(false));
            let small = Small {
                file: std::io::Cursor::new(Vec::new()),
                room,
            };
            let mut zip = ZipWriter::new(Output::new(small, Rc::clone(&closed)));
            let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
            let written = zip
                .start_file("a.bin", stored)
                .map_err(std::io::Error::other)
                .and_then(|()| zip.write_all(&data))
                .and_then(|()| {
                    zip.start_file("b.bin", zip_options(true, NaiveDateTime::default()))
                        .map_err(std::io::Error::other)
                })
                .and_then(|()| zip.write_all(&data));
            let finished =
                written.and_then(|()| zip.finish().map(|_| ()).map_err(std::io::Error::other));
            assert!(finished.is_err(), "room {room}");
            // Dropped here (when finish was not reached): must neither panic nor print.
        }
        // With room enough, a readable archive.
        let closed = Rc::new(Cell::new(false));
        let mut zip = ZipWriter::new(Output::new(std::io::Cursor::new(Vec::new()), closed));
        zip.start_file("a.bin", zip_options(true, NaiveDateTime::default()))
            .expect("start");
        zip.write_all(&data).expect("write");
        let bytes = zip.finish().expect("finish").inner.into_inner();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("readable");
        let mut back = Vec::new();
        archive
            .by_index(0)
            .expect("entry")
            .read_to_end(&mut back)
            .expect("read");
        assert_eq!(back, data);
    }

    #[test]
    fn a_full_disk_or_a_closed_folder_is_named_as_such() {
        use std::io::{Error, ErrorKind};
        let path = Path::new("/media/usb/akt.zip");
        // Either language: another test may switch it for a moment.
        let cases = [
            (
                ErrorKind::StorageFull,
                WriteProblem::DiskFull,
                ["disken är full", "disk is full"],
            ),
            (
                ErrorKind::QuotaExceeded,
                WriteProblem::DiskFull,
                ["disken är full", "disk is full"],
            ),
            (
                ErrorKind::PermissionDenied,
                WriteProblem::NotWritable,
                ["skriva i mappen", "cannot be written"],
            ),
            (
                ErrorKind::ReadOnlyFilesystem,
                WriteProblem::NotWritable,
                ["skriva i mappen", "cannot be written"],
            ),
            (
                ErrorKind::NotFound,
                WriteProblem::NoFolder,
                ["finns inte", "does not exist"],
            ),
        ];
        for (kind, problem, said) in cases {
            let e = write_error(path, &Error::from(kind));
            assert!(
                matches!(&e, ExportError::Write { problem: p, .. } if *p == problem),
                "{kind:?}"
            );
            let text = crate::i18n::describe_export_error(&e);
            assert!(
                said.iter().any(|s| text.contains(s)) && text.contains("/media/usb/akt.zip"),
                "{text}"
            );
        }
    }
}
