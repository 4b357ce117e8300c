//! `klagomal person …`: one person across cases.

use std::path::Path;

use crate::describe;
use klagomal_core::domain::{Correction, Disclosure, HeldCase, RectifiedField};
use klagomal_core::export::extract::register_extract;
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

/// `person extract PERSON --out FILE.zip`: the register extract of the person an identity
/// number, e-mail address or phone number identifies (a name alone is not enough), in the
/// language of their newest case.
pub fn extract(store: &mut Store, person: &str, out: &Path) -> Result<(), Failure> {
    let found: Vec<_> = store
        .find_person(person)?
        .into_iter()
        .filter(|m| !m.matched_by.to_confirm())
        .collect();
    let Some(newest) = found.iter().max_by_key(|m| m.number) else {
        return Err(Failure {
            message: fl!("cli-person-extract-none"),
            exit_code: 1,
        });
    };
    let language = store.case(newest.case_id)?.details.complainant.language;
    let cases: Vec<_> = found.iter().map(|m| m.case_id).collect();
    let done = register_extract(store, &cases, language, out).map_err(|e| Failure {
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
    let mut names: Vec<String> = Vec::new();
    for d in recipients {
        let who = match d.disclosure.recipient_name.trim() {
            "" => label("disclosure-recipient", d.disclosure.to.code()),
            name => name.to_owned(),
        };
        if !names.contains(&who) {
            names.push(who);
        }
    }
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
