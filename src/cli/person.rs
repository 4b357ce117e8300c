//! `klagomal person …`: one person across cases.

use klagomal_core::fl;
use klagomal_core::i18n::label;
use klagomal_core::store::Store;
use serde_json::json;

use super::Failure;

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
