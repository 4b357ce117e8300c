//! `klagomal person …`: one person across cases.

use std::collections::BTreeSet;
use std::path::Path;

use crate::describe;
use klagomal_core::domain::{
    Correction, Disclosure, HeldCase, NoteId, PersonMatch, RectifiedField,
};
use klagomal_core::export::extract::{ExtractChoices, candidate_notes, register_extract};
use klagomal_core::export::{self, write_atomically};
use klagomal_core::fl;
use klagomal_core::i18n::{LOADER, label};
use klagomal_core::letters::gdpr::answer::{self, AnswerError, PersonLetter};
use klagomal_core::store::{CaseErasure, Store, StoreError};
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

/// `person rectify PERSON --field F --value V [--reason TEXT] [--letter FILE.pdf]`: corrects
/// one detail of the person in every case of theirs, keeps the old value in each case's
/// history and the confirmation letter on the newest changed case, and writes a copy of the
/// letter where asked.
pub fn rectify(
    store: &mut Store,
    person: &str,
    (field, value): (RectifiedField, &str),
    reason: &str,
    letter: Option<&Path>,
) -> Result<(), Failure> {
    let correction = Correction::parse(field, value, store.today())
        .map_err(|e| Failure::from(StoreError::from(e)))?;
    let done = answer::rectify(store, person, &correction, reason).map_err(answer_failure)?;
    let r = &done.rectified;
    let numbers: Vec<String> = r.changed.iter().map(|(_, n)| n.to_string()).collect();
    let shown = match r.value.is_empty() {
        true => "–".to_owned(),
        false => r.value.clone(),
    };
    println!(
        "{}",
        fl!(
            "cli-person-rectified",
            cases = numbers.len(),
            numbers = numbers.join(", "),
            field = label("rectified-field", r.field.code()),
            value = shown
        )
    );
    if !r.unchanged.is_empty() {
        let same: Vec<String> = r.unchanged.iter().map(ToString::to_string).collect();
        println!(
            "{}",
            fl!("cli-person-rectified-unchanged", numbers = same.join(", "))
        );
    }
    notify(&done.recipients);
    if let Some(path) = letter {
        write_letter(path, &done.letter.pdf)?;
        let number = store.case(done.kept_on)?.number.to_string();
        println!(
            "{}",
            fl!(
                "cli-person-letter-written",
                path = path.display().to_string(),
                number = number
            )
        );
    }
    Ok(())
}

/// `person erase PERSON --dry-run`: what erasing the person would remove, case by case, and
/// which cases a legal hold keeps (exit 1 when every case is held).
pub fn erase_dry_run(store: &mut Store, person: &str) -> Result<(), Failure> {
    let plan = store.erase_person(person, true)?;
    if plan.cases.is_empty() {
        return Err(Failure {
            message: fl!("cli-person-erase-none"),
            exit_code: 1,
        });
    }
    let erasable: Vec<&CaseErasure> = plan.erased().collect();
    if erasable.is_empty() {
        return Err(StoreError::LegalHold(plan.held).into());
    }
    println!("{}", fl!("cli-person-erase-would", cases = erasable.len()));
    print_counts(&erasable);
    if !plan.held.is_empty() {
        println!("{}", held_line(&plan.held));
    }
    Ok(())
}

/// `person erase PERSON --letter FILE.pdf`: writes the answer to the person, then anonymises
/// every case of theirs that no legal hold keeps. When every case is held, nothing is erased,
/// the refusal (with each hold's reason) is written and kept on the newest case, and the
/// command fails (exit 1).
pub fn erase(store: &mut Store, person: &str, letter: Option<&Path>) -> Result<(), Failure> {
    let Some(path) = letter else {
        return Err(Failure {
            message: fl!("cli-person-no-letter"),
            exit_code: 2,
        });
    };
    let mut save = |l: &PersonLetter| write_atomically(path, &l.pdf);
    let done = match answer::erase(store, person, &mut save) {
        Err(AnswerError::Store(StoreError::NotFoundRow("person"))) => {
            return Err(Failure {
                message: fl!("cli-person-erase-none"),
                exit_code: 1,
            });
        }
        Err(AnswerError::Save(e)) => {
            let problem = export::dossier::write_error(path, &e);
            return Err(Failure {
                message: fl!(
                    "error-erasure-letter-not-saved",
                    problem = describe::export_error(&LOADER, &problem)
                ),
                exit_code: 1,
            });
        }
        other => other.map_err(answer_failure)?,
    };
    let path = path.display().to_string();
    if done.refused {
        let number = match done.kept_on {
            Some(id) => store.case(id)?.number.to_string(),
            None => String::new(),
        };
        println!(
            "{}",
            fl!("cli-person-letter-written", path = path, number = number)
        );
        return Err(StoreError::LegalHold(done.erasure.held).into());
    }
    let erased: Vec<&CaseErasure> = done.erasure.erased().collect();
    println!("{}", fl!("cli-person-erased", cases = erased.len()));
    print_counts(&erased);
    if !done.erasure.held.is_empty() {
        println!("{}", held_line(&done.erasure.held));
    }
    println!("{}", fl!("cli-person-erasure-letter-written", path = path));
    notify(&done.recipients);
    Ok(())
}

fn print_counts(cases: &[&CaseErasure]) {
    for c in cases {
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
}

/// The cases a legal hold keeps, each with its reason.
fn held_line(held: &[HeldCase]) -> String {
    let cases: Vec<String> = held
        .iter()
        .map(|h| format!("{} ({})", h.number, describe::legal_hold(&LOADER, &h.hold)))
        .collect();
    fl!("cli-person-partly-erased", cases = cases.join("; "))
}

/// Reminds the officer whom a rectification or erasure must reach (GDPR Art. 19).
fn notify(recipients: &[Disclosure]) {
    let names = klagomal_core::letters::gdpr::recipients(recipients, &LOADER);
    if !names.is_empty() {
        println!(
            "{}",
            fl!("cli-person-notify", recipients = names.join(", "))
        );
    }
}

/// Writes a letter's PDF, whole or not at all.
fn write_letter(path: &Path, pdf: &[u8]) -> Result<(), Failure> {
    write_atomically(path, pdf).map_err(|e| Failure {
        message: describe::export_error(&LOADER, &export::dossier::write_error(path, &e)),
        exit_code: 1,
    })
}

fn answer_failure(e: AnswerError) -> Failure {
    match e {
        AnswerError::Store(e) => e.into(),
        other => Failure {
            message: describe::answer_error(&LOADER, &other),
            exit_code: 1,
        },
    }
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
