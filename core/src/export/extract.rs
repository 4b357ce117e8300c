//! The register extract (*registerutdrag*, GDPR Art. 15): for one confirmed person, a ZIP with
//! the cover letter (Art. 15(1) a–h), their data as JSON (schema: `docs/register-extract.md`)
//! and their correspondence and letters as files. Another person's data in the same cases (a
//! representative's) is left out, and what is left out is listed with the reason. The extract
//! is recorded as a disclosure to the data subject.
//!
//! ```text
//! registerutdrag.zip
//!   01_brev.pdf | 01_letter.pdf
//!   uppgifter.json | data.json
//!   K-2026-00042/meddelande_001.txt          the text of each message
//!   K-2026-00042/meddelande_001/faktura.pdf  its attachments
//!   K-2026-00042/brev_003_acknowledgement.pdf
//! ```

use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use zip::ZipWriter;

use super::archive::zip_options;
use super::dossier::ExportError;
use crate::domain::{
    Addressee, Case, CaseId, Disclosure, DisclosureSource, Language, LegalBasis, Letter, Message,
    NewDisclosure, Recipient, Representative,
};
use crate::letters::access::{AccessFacts, AccessLetterError, RETENTION_MONTHS, cover_letter};
use crate::store::{Store, StoreError};

/// The version of the JSON's schema (`docs/register-extract.md`).
pub const SCHEMA: &str = "klagomal-register-extract/1";

/// Why something about the person was not put in the extract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LeftOutReason {
    /// An internal note: the officer's review of notes is not part of this version.
    InternalNote,
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

/// The file names of the extract in a language: the letter, the data.
fn names(language: Language) -> (&'static str, &'static str, &'static str, &'static str) {
    match language {
        Language::Sv => ("01_brev.pdf", "uppgifter.json", "meddelande", "brev"),
        Language::En => ("01_letter.pdf", "data.json", "message", "letter"),
    }
}

/// Writes the register extract of the person whose cases are `cases` (confirmed by the
/// officer) to `out`, in `language`, and records it as a disclosure to the data subject on
/// each case.
pub fn register_extract(
    store: &mut Store,
    cases: &[CaseId],
    language: Language,
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
    let (letter_name, data_name, _, _) = names(language);
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
    let (_, letter) = cover_letter(facts, language, store.today())?;
    let mut zip = Zip::new(store.now());
    zip.add(letter_name, &letter, false)
        .map_err(|e| zip_io(out, e))?;
    let mut left_out = Vec::new();
    let mut case_json = Vec::new();
    for case in &read {
        let part =
            case_files(store, case, language, &mut zip, &mut left_out).map_err(|e| e.at(out))?;
        let own: Vec<&Disclosure> = disclosures
            .iter()
            .filter(|d| d.case_id == case.id)
            .collect();
        case_json.push(case_entry(case, part, &own));
    }
    let data = json!({
        "schema": SCHEMA,
        "made_at": store.now(),
        "language": language,
        "person": person(&read),
        "cases": case_json,
        "left_out": left_out,
        "retention_months": RETENTION_MONTHS,
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
    if let Err(e) = record(store, &read, &file) {
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

/// The disclosure to the data subject, on each case, in one transaction.
fn record(store: &mut Store, cases: &[Case], file: &str) -> Result<(), StoreError> {
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

/// A failure while adding a case's files: the store's, or writing the ZIP.
enum PartError {
    Store(StoreError),
    Io(std::io::Error),
}

impl PartError {
    fn at(self, out: &Path) -> ExportError {
        match self {
            PartError::Store(e) => e.into(),
            PartError::Io(e) => zip_io(out, e),
        }
    }
}

impl From<StoreError> for PartError {
    fn from(e: StoreError) -> Self {
        PartError::Store(e)
    }
}

impl From<std::io::Error> for PartError {
    fn from(e: std::io::Error) -> Self {
        PartError::Io(e)
    }
}

/// What a case contributes to the JSON besides its details: its messages and letters with the
/// files they are in.
struct CasePart {
    messages: Vec<Value>,
    letters: Vec<Value>,
}

/// Adds a case's messages (text, with a representative's details hidden), their attachments
/// and its letters to the ZIP; what holds a representative's data is left out.
fn case_files(
    store: &Store,
    case: &Case,
    language: Language,
    zip: &mut Zip,
    left_out: &mut Vec<LeftOut>,
) -> Result<CasePart, PartError> {
    let (_, _, message_name, letter_name) = names(language);
    let number = case.number.to_string();
    let rep = case.details.representative.as_ref();
    let hide = |text: &str| hide_representative(text, rep, language);
    let mut leave = |what, reason| {
        left_out.push(LeftOut {
            case: number.clone(),
            what,
            reason,
        });
    };
    for _ in store.notes(case.id)? {
        leave("note", LeftOutReason::InternalNote);
    }
    if rep.is_some_and(|r| r.document.is_some()) {
        leave("power_of_attorney", LeftOutReason::Representative);
    }
    let mut messages = Vec::new();
    for (i, m) in store.messages(case.id)?.iter().enumerate() {
        let path = format!("{number}/{message_name}_{:03}.txt", i + 1);
        let text = message_text(m, &hide);
        zip.add(&path, text.as_bytes(), true)?;
        let mut attachments = Vec::new();
        for a in &m.attachments {
            if from_representative(m, rep) {
                leave("attachment", LeftOutReason::Representative);
                continue;
            }
            let file = format!(
                "{number}/{message_name}_{:03}/{}",
                i + 1,
                safe_name(&a.file_name)
            );
            zip.add(&file, &store.attachment_bytes(a.id)?, true)?;
            attachments.push(file);
        }
        messages.push(json!({
            "at": m.at,
            "direction": m.direction,
            "channel": m.channel,
            "from": hide(&m.from),
            "to": hide(&m.to),
            "subject": hide(&m.subject),
            "text": hide(&m.body),
            "file": path,
            "attachments": attachments,
        }));
    }
    let mut letters = Vec::new();
    for l in store.letters(case.id)? {
        if l.addressee == Some(Addressee::Representative) {
            leave("letter", LeftOutReason::Representative);
            continue;
        }
        let path = format!("{number}/{letter_name}_{:03}_{}.pdf", l.id.0, l.kind.code());
        zip.add(&path, &store.letter_pdf(l.id)?, false)?;
        letters.push(letter_entry(&l, &path));
    }
    Ok(CasePart { messages, letters })
}

fn letter_entry(l: &Letter, path: &str) -> Value {
    json!({ "kind": l.kind, "date": l.date, "language": l.language, "file": path })
}

fn message_text(m: &Message, hide: &dyn Fn(&str) -> String) -> String {
    format!(
        "{}\n{}\n{}\n{}\n\n{}\n",
        m.at.format("%Y-%m-%d %H:%M"),
        hide(&m.from),
        hide(&m.to),
        hide(&m.subject),
        hide(&m.body)
    )
}

/// Whether a message came from or went to the representative.
fn from_representative(m: &Message, rep: Option<&Representative>) -> bool {
    let Some(email) = rep.map(|r| r.email.trim().to_lowercase()) else {
        return false;
    };
    !email.is_empty()
        && (m.from.to_lowercase().contains(&email) || m.to.to_lowercase().contains(&email))
}

/// `text` with the representative's name, firm, e-mail and phone replaced by "[ombudet]".
fn hide_representative(text: &str, rep: Option<&Representative>, language: Language) -> String {
    let Some(rep) = rep else {
        return text.to_owned();
    };
    let mask = match language {
        Language::Sv => "[ombudet]",
        Language::En => "[the representative]",
    };
    let mut out = text.to_owned();
    let mut parts = [&rep.email, &rep.phone, &rep.firm, &rep.name]
        .into_iter()
        .map(|s| s.trim())
        .filter(|s| s.chars().count() > 2)
        .collect::<Vec<_>>();
    parts.sort_by_key(|s| std::cmp::Reverse(s.len()));
    for part in parts {
        out = replace_ignoring_case(&out, part, mask);
    }
    out
}

fn replace_ignoring_case(text: &str, needle: &str, with: &str) -> String {
    let (lower, needle) = (text.to_lowercase(), needle.to_lowercase());
    if lower.len() != text.len() {
        // Lower-casing changed byte lengths: offsets would not line up, so match exactly.
        return text.replace(&needle, with);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = 0;
    for (at, _) in lower.match_indices(&needle) {
        out.push_str(&text[rest..at]);
        out.push_str(with);
        rest = at + needle.len();
    }
    out.push_str(&text[rest..]);
    out
}

/// A file name safe in any ZIP tool: letters, digits, `.`, `-` and `_`.
fn safe_name(name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || ".-_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    if safe.trim_matches(['.', '_']).is_empty() {
        "bilaga".to_owned()
    } else {
        safe
    }
}

/// The person as their cases describe them: every name, number and address given.
fn person(cases: &[Case]) -> Value {
    let mut names = Vec::new();
    let mut ids = Vec::new();
    let mut emails = Vec::new();
    let mut phones = Vec::new();
    let mut addresses: Vec<Vec<String>> = Vec::new();
    let push = |list: &mut Vec<String>, v: &str| {
        let v = v.trim();
        if !v.is_empty() && !list.iter().any(|x| x == v) {
            list.push(v.to_owned());
        }
    };
    for c in cases {
        let p = &c.details.complainant;
        push(&mut names, &p.name);
        push(&mut ids, p.id_number.as_ref().map_or("", |i| i.as_str()));
        push(&mut emails, &p.email);
        push(&mut phones, &p.phone);
        let lines = p.address.lines();
        if !lines.is_empty() && !addresses.contains(&lines) {
            addresses.push(lines);
        }
    }
    json!({
        "names": names,
        "id_numbers": ids,
        "emails": emails,
        "phones": phones,
        "addresses": addresses,
    })
}

fn case_entry(case: &Case, part: CasePart, disclosures: &[&Disclosure]) -> Value {
    let d = &case.details;
    let p = &d.complainant;
    json!({
        "number": case.number.to_string(),
        "received_at": d.received_at,
        "channel": d.channel,
        "kind": d.kind,
        "category": d.category,
        "status": case.status,
        "outcome": case.outcome,
        "subject": d.subject,
        "description": d.description,
        "complainant": {
            "name": p.name,
            "id_number": p.id_number.as_ref().map(|i| i.as_str()),
            "address": p.address.lines(),
            "email": p.email,
            "phone": p.phone,
            "language": p.language,
        },
        "has_representative": d.representative.is_some(),
        "debt_case_numbers": d.debt_case_numbers,
        "creditor": d.creditor,
        "amount_in_dispute": d.amount_in_dispute.map(|m| m.to_string()),
        "requested_remedy": d.requested_remedy,
        "first_complaint_on": d.first_complaint_on,
        "messages": part.messages,
        "letters": part.letters,
        "disclosures": disclosures.iter().map(|x| {
            let n = &x.disclosure;
            json!({ "on": n.on, "to": n.to, "recipient_name": n.recipient_name, "what": n.what, "basis": n.basis, "source": n.source })
        }).collect::<Vec<_>>(),
    })
}
