//! The register extract (*registerutdrag*, GDPR Art. 15): for one confirmed person, a ZIP with
//! the cover letter (Art. 15(1) a–h), their data as JSON (schema: `docs/register-extract.md`)
//! and their correspondence and letters as files. Another person's data in the same cases (a
//! representative's) is left out, and what is left out is listed with the reason. Internal
//! notes go in only where the officer chose them as the person's own data ([`ExtractChoices`],
//! from the list [`candidate_notes`] gives). The extract is recorded as a disclosure to the
//! data subject.
//!
//! ```text
//! registerutdrag.zip
//!   01_brev.pdf | 01_letter.pdf
//!   uppgifter.json | data.json
//!   K-2026-00042/meddelande_001.txt          the text of each message
//!   K-2026-00042/meddelande_001/faktura.pdf  its attachments
//!   K-2026-00042/anteckning_017.txt          an internal note the officer chose
//!   K-2026-00042/brev_003_acknowledgement.pdf
//! ```

mod files;
mod json;
mod notes;

use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use zip::ZipWriter;

use super::archive::zip_options;
use super::dossier::ExportError;
use crate::domain::{
    Addressee, Case, CaseId, Disclosure, DisclosureSource, Language, LegalBasis, LetterKind,
    NewDisclosure, NewLetter, Recipient,
};
use crate::letters::access::{AccessFacts, AccessLetterError, cover_letter};
use crate::store::{Store, StoreError};

pub use notes::{ExtractChoices, NoteCandidate, candidate_notes};

/// The version of the JSON's schema (`docs/register-extract.md`).
pub const SCHEMA: &str = "klagomal-register-extract/2";

/// Why something about the person was not put in the extract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LeftOutReason {
    /// An internal note the officer judged not to be the person's own personal data (about
    /// someone else, or the company's own assessment).
    NotTheirData,
    /// It holds a representative's data (an attachment they sent, a letter to them, the power
    /// of attorney).
    Representative,
}

/// One thing left out.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LeftOut {
    /// The case.
    pub case: String,
    /// `note`, `attachment`, `letter` or `power_of_attorney`.
    pub what: &'static str,
    /// Why.
    pub reason: LeftOutReason,
}

/// An extract written to disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    /// Where.
    pub path: PathBuf,
    /// The files in the ZIP.
    pub files: Vec<String>,
    /// What was left out.
    pub left_out: Vec<LeftOut>,
    /// SHA-256 of the ZIP, hex.
    pub sha256: String,
}

impl From<AccessLetterError> for ExportError {
    fn from(e: AccessLetterError) -> Self {
        match e {
            AccessLetterError::Template(t) => ExportError::Template(t),
            AccessLetterError::Pdf(p) => ExportError::Pdf(p),
        }
    }
}

/// The file names of the extract in a language.
struct Names {
    letter: &'static str,
    data: &'static str,
    message: &'static str,
    kept_letter: &'static str,
    note: &'static str,
}

fn names(language: Language) -> Names {
    match language {
        Language::Sv => Names {
            letter: "01_brev.pdf",
            data: "uppgifter.json",
            message: "meddelande",
            kept_letter: "brev",
            note: "anteckning",
        },
        Language::En => Names {
            letter: "01_letter.pdf",
            data: "data.json",
            message: "message",
            kept_letter: "letter",
            note: "note",
        },
    }
}

/// Writes the register extract of the person whose cases are `cases` (confirmed by the
/// officer) to `out`, in `language`, with the internal notes `choices` names (the others are
/// left out and listed), and records it as a disclosure to the data subject on each case.
pub fn register_extract(
    store: &mut Store,
    cases: &[CaseId],
    language: Language,
    choices: &ExtractChoices,
    out: &Path,
) -> Result<Extracted, ExportError> {
    let mut read: Vec<Case> = cases
        .iter()
        .map(|id| store.case(*id))
        .collect::<Result<_, _>>()?;
    read.sort_by_key(|c| (c.details.received_at, c.id));
    let disclosures: Vec<Disclosure> = read
        .iter()
        .map(|c| store.disclosures(Some(c.id)))
        .collect::<Result<Vec<_>, _>>()?
        .concat();
    let Names {
        letter: letter_name,
        data: data_name,
        ..
    } = names(language);
    let (settings, logo) = (store.settings()?, store.logo()?);
    let officer = store.officer(store.actor())?;
    let facts = AccessFacts {
        cases: &read,
        disclosures: &disclosures,
        settings: &settings,
        officer: &officer,
        logo: logo.as_deref(),
        data_file: data_name,
    };
    let (text, letter) = cover_letter(facts, language, store.today())?;
    let mut zip = Zip::new(store.now());
    zip.add(letter_name, &letter, false)
        .map_err(|e| zip_io(out, e))?;
    let mut left_out = Vec::new();
    let mut case_json = Vec::new();
    for case in &read {
        let mut part = files::case_files(store, case, language, &mut zip, &mut left_out)
            .map_err(|e| e.at(out))?;
        part.notes = files::case_notes(store, case, language, choices, &mut zip, &mut left_out)
            .map_err(|e| e.at(out))?;
        let own: Vec<&Disclosure> = disclosures
            .iter()
            .filter(|d| d.case_id == case.id)
            .collect();
        let rectified = store.rectifications(case.id)?;
        case_json.push(json::case_entry(case, part, &own, &rectified));
    }
    let data = json!({
        "schema": SCHEMA,
        "made_at": store.now(),
        "language": language,
        "person": json::person(&read),
        "cases": case_json,
        "left_out": left_out,
        "retention_months": settings.retention.months,
    });
    let data = serde_json::to_vec_pretty(&data).map_err(StoreError::from)?;
    zip.add(data_name, &data, true)
        .map_err(|e| zip_io(out, e))?;
    let (files, bytes) = zip.finish().map_err(|e| zip_io(out, e))?;
    let sha256 = hex::encode(Sha256::digest(&bytes));
    write_file(out, &bytes)?;
    let file = out
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let kept = NewLetter {
        kind: LetterKind::AccessReport,
        language,
        date: store.today(),
        text,
        pdf: letter,
        addressee: Some(Addressee::Complainant),
    };
    if let Err(e) = record(store, &read, &file, kept) {
        // An extract that is not in the disclosure log must not be sent: take it back.
        let _ = std::fs::remove_file(out);
        return Err(e.into());
    }
    Ok(Extracted {
        path: out.to_owned(),
        files,
        left_out,
        sha256,
    })
}

/// The disclosure to the data subject on each case, and the cover letter kept on the newest
/// (as every letter sent is), in one transaction.
fn record(
    store: &mut Store,
    cases: &[Case],
    file: &str,
    letter: NewLetter,
) -> Result<(), StoreError> {
    let on = store.today();
    store.batch(|b| {
        for case in cases {
            let d = NewDisclosure {
                to: Recipient::DataSubject,
                recipient_name: String::new(),
                what: file.to_owned(),
                on,
                basis: LegalBasis::AccessRequest,
                source: DisclosureSource::RegisterExtract,
            };
            b.add_disclosure(case.id, d)?;
        }
        if let Some(newest) = cases.last() {
            b.add_letter(newest.id, letter)?;
        }
        Ok(())
    })
}

fn write_file(out: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    let dir = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let io = |e: &std::io::Error| super::dossier::write_error(out, e);
    let mut part = tempfile::Builder::new()
        .prefix(".klagomal-extract-")
        .suffix(".part")
        .tempfile_in(&dir)
        .map_err(|e| io(&e))?;
    part.write_all(bytes).map_err(|e| io(&e))?;
    part.as_file().sync_all().map_err(|e| io(&e))?;
    part.persist(out).map_err(|e| io(&e.error))?;
    Ok(())
}

fn zip_io(out: &Path, e: std::io::Error) -> ExportError {
    super::dossier::write_error(out, &e)
}

/// A ZIP made in memory.
struct Zip {
    writer: ZipWriter<Cursor<Vec<u8>>>,
    files: Vec<String>,
    at: chrono::NaiveDateTime,
}

impl Zip {
    fn new(at: chrono::NaiveDateTime) -> Zip {
        Zip {
            writer: ZipWriter::new(Cursor::new(Vec::new())),
            files: Vec::new(),
            at,
        }
    }

    fn add(&mut self, path: &str, bytes: &[u8], compress: bool) -> std::io::Result<()> {
        self.writer
            .start_file(path, zip_options(compress, self.at))
            .map_err(std::io::Error::other)?;
        self.writer.write_all(bytes)?;
        self.files.push(path.to_owned());
        Ok(())
    }

    fn finish(self) -> std::io::Result<(Vec<String>, Vec<u8>)> {
        let bytes = self
            .writer
            .finish()
            .map_err(std::io::Error::other)?
            .into_inner();
        Ok((self.files, bytes))
    }
}

/// What a case contributes to the JSON besides its details: its messages, letters and chosen
/// notes with the files they are in.
struct CasePart {
    messages: Vec<Value>,
    letters: Vec<Value>,
    notes: Vec<Value>,
}
