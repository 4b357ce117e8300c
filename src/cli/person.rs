//! `klagomal person …`: one person across cases.

use std::collections::BTreeSet;
use std::path::Path;

use crate::describe;
use klagomal_core::domain::{NoteId, PersonMatch};
use klagomal_core::export::extract::{ExtractChoices, candidate_notes, register_extract};
use klagomal_core::fl;
use klagomal_core::i18n::{LOADER, label};
use klagomal_core::store::{Store, StoreError};
use serde_json::json;

use super::{Failure, case_number};

/// `person find QUERY [--json]`: the cases whose complainant the query identifies, exact
/// identifiers first; a match by name alone is marked for the officer to confirm.
pub fn find(store: &Store, query: &str, as_json: bool) -> Result<(), Failure> {
    let found = store.find_person(query)?;
    if as_json {
        let rows: Vec<_> = found
            .iter()
            .map(|m| {
                json!({
                    "case": m.number.to_string(),
                    "name": m.name,
                    "matched_by": m.matched_by,
                    "to_confirm": m.matched_by.to_confirm(),
                })
            })
            .collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&rows).unwrap_or_default()
        );
        return Ok(());
    }
    if found.is_empty() {
        println!("{}", fl!("cli-person-none"));
    }
    for m in &found {
        let how = label("person-match", m.matched_by.code());
        let line = if m.matched_by.to_confirm() {
            fl!("cli-person-to-confirm", how = how)
        } else {
            how
        };
        println!("{}  {}  {line}", m.number, m.name);
    }
    Ok(())
}

/// The cases of the person an identity number, e-mail address or phone number identifies (a
/// name alone is not enough for an extract), or why there are none.
fn identified(store: &Store, person: &str) -> Result<Vec<PersonMatch>, Failure> {
    let found: Vec<_> = store
        .find_person(person)?
        .into_iter()
        .filter(|m| !m.matched_by.to_confirm())
        .collect();
    if found.is_empty() {
        return Err(Failure {
            message: fl!("cli-person-extract-none"),
            exit_code: 1,
        });
    }
    Ok(found)
}

/// `person notes PERSON [--json]`: the internal notes of the person's cases, with the ids the
/// officer passes to `person extract --include-note` for those that are the person's own data.
pub fn notes(store: &Store, person: &str, as_json: bool) -> Result<(), Failure> {
    let cases: Vec<_> = identified(store, person)?
        .iter()
        .map(|m| m.case_id)
        .collect();
    let candidates = candidate_notes(store, &cases)?;
    let officers = store.officers()?;
    let author = |id| {
        officers
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.name.clone())
            .unwrap_or_default()
    };
    if as_json {
        let rows: Vec<_> = candidates
            .iter()
            .map(|c| {
                json!({
                    "case": c.number.to_string(),
                    "note": c.note.0,
                    "at": c.at,
                    "author": author(c.author),
                    "kind": c.kind,
                    "first_line": c.first_line,
                })
            })
            .collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&rows).unwrap_or_default()
        );
        return Ok(());
    }
    if candidates.is_empty() {
        println!("{}", fl!("cli-person-notes-none"));
        return Ok(());
    }
    for c in &candidates {
        println!(
            "{}  {}  {}  {}  {}  {}",
            c.number,
            c.note.0,
            c.at.format("%Y-%m-%d %H:%M"),
            author(c.author),
            label("note-kind", c.kind.code()),
            c.first_line
        );
    }
    println!("\n{}", fl!("cli-person-notes-hint"));
    Ok(())
}

/// `person extract PERSON --out FILE.zip [--include-note ID …]`: the register extract of the
/// person an identity number, e-mail address or phone number identifies (a name alone is not
/// enough), in the language of their newest case, with the internal notes the officer judged
/// to be the person's own data (the others are left out and listed).
pub fn extract(
    store: &mut Store,
    person: &str,
    out: &Path,
    include_notes: &[i64],
) -> Result<(), Failure> {
    let found = identified(store, person)?;
    let cases: Vec<_> = found.iter().map(|m| m.case_id).collect();
    let theirs: BTreeSet<NoteId> = candidate_notes(store, &cases)?
        .iter()
        .map(|c| c.note)
        .collect();
    if let Some(id) = include_notes
        .iter()
        .find(|id| !theirs.contains(&NoteId(**id)))
    {
        return Err(Failure {
            message: fl!("cli-person-note-not-theirs", id = id.to_string()),
            exit_code: 1,
        });
    }
    let choices = ExtractChoices {
        include_notes: include_notes.iter().copied().map(NoteId).collect(),
    };
    let newest = found.iter().max_by_key(|m| m.number).map(|m| m.case_id);
    let language = match newest {
        Some(id) => store.case(id)?.details.complainant.language,
        None => klagomal_core::domain::Language::Sv,
    };
    let done = register_extract(store, &cases, language, &choices, out).map_err(|e| Failure {
        message: describe::export_error(&LOADER, &e),
        exit_code: 1,
    })?;
    println!(
        "{}",
        fl!(
            "cli-person-extracted",
            path = done.path.display().to_string(),
            cases = cases.len(),
            left_out = done.left_out.len()
        )
    );
    Ok(())
}

/// `person erase PERSON [--dry-run]`: anonymises every case of the person an identity number,
/// e-mail address or phone number identifies, or says what would be erased. Refused (exit 1)
/// with each hold's reason while any of their cases is under a legal hold.
pub fn erase(store: &mut Store, person: &str, dry_run: bool) -> Result<(), Failure> {
    let done = store.erase_person(person, dry_run)?;
    if done.cases.is_empty() {
        return Err(Failure {
            message: fl!("cli-person-erase-none"),
            exit_code: 1,
        });
    }
    let cases = done.cases.len();
    let heading = if dry_run {
        fl!("cli-person-erase-would", cases = cases)
    } else {
        fl!("cli-person-erased", cases = cases)
    };
    println!("{heading}");
    for c in &done.cases {
        println!(
            "  {}  {}",
            c.number,
            fl!(
                "cli-person-erase-counts",
                messages = c.messages,
                attachments = c.attachments,
                notes = c.notes,
                letters = c.letters.saturating_add(c.drafts),
                files = c.case_files,
                representative = u8::from(c.representative)
            )
        );
    }
    if done.held.is_empty() {
        return Ok(());
    }
    Err(StoreError::LegalHold(done.held).into())
}

/// `hold CASE --reason TEXT` (`Some`) or `release CASE` (`None`): marks or unmarks a legal
/// claim on a case, which keeps its complainant from being erased.
pub fn hold(store: &mut Store, case: &str, reason: Option<&str>) -> Result<(), Failure> {
    let id = store.case_by_number(case_number(case)?)?.id;
    let number = store.case(id)?.number.to_string();
    let message = match reason {
        Some(reason) => {
            store.set_legal_hold(id, reason)?;
            fl!("cli-hold-set", number = number)
        }
        None => {
            store.release_legal_hold(id)?;
            fl!("cli-hold-released", number = number)
        }
    };
    println!("{message}");
    Ok(())
}
