//! `klagomal person …`: one person across cases.

use std::path::Path;

use crate::describe;
use klagomal_core::export::extract::register_extract;
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
