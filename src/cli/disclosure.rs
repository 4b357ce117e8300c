//! `klagomal disclosure …`: recording that personal data left the company, and listing the log.

use chrono::NaiveDate;
use klagomal_core::domain::{Disclosure, DisclosureSource, LegalBasis, NewDisclosure, Recipient};
use klagomal_core::fl;
use klagomal_core::i18n::label;
use klagomal_core::store::Store;
use serde_json::json;

use super::{Failure, case_number};

/// What `disclosure add` was given.
pub struct Entry {
    pub to: Recipient,
    pub name: String,
    pub what: String,
    pub basis: LegalBasis,
    pub date: Option<NaiveDate>,
}

/// `disclosure add CASE --to … --what … --basis … [--name …] [--date …]`.
pub fn add(store: &mut Store, case: &str, entry: Entry) -> Result<(), Failure> {
    let number = case_number(case)?;
    let id = store.case_by_number(number)?.id;
    let disclosure = NewDisclosure {
        to: entry.to,
        recipient_name: entry.name,
        what: entry.what,
        on: entry.date.unwrap_or_else(|| store.today()),
        basis: entry.basis,
        source: DisclosureSource::Manual,
    };
    store.add_disclosure(id, disclosure)?;
    println!(
        "{}",
        fl!(
            "cli-disclosure-added",
            to = label("disclosure-recipient", entry.to.code()),
            number = number.to_string()
        )
    );
    Ok(())
}

/// `disclosure list [CASE] [--json]`: oldest first.
pub fn list(store: &Store, case: Option<&str>, as_json: bool) -> Result<(), Failure> {
    let id = match case {
        Some(c) => Some(store.case_by_number(case_number(c)?)?.id),
        None => None,
    };
    let log = store.disclosures(id)?;
    let mut rows = Vec::with_capacity(log.len());
    for d in &log {
        rows.push((store.case(d.case_id)?.number.to_string(), d));
    }
    if as_json {
        let list: Vec<_> = rows.iter().map(|(n, d)| row_json(n, d)).collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&list).unwrap_or_default()
        );
        return Ok(());
    }
    if rows.is_empty() {
        println!("{}", fl!("cli-disclosure-none"));
    }
    for (number, d) in rows {
        print_row(&number, d);
    }
    Ok(())
}

/// One disclosure as `disclosure list --json` and `show --json` print it.
pub(super) fn row_json(number: &str, d: &Disclosure) -> serde_json::Value {
    let n = &d.disclosure;
    json!({
        "case": number,
        "on": n.on,
        "to": n.to,
        "recipient_name": n.recipient_name,
        "what": n.what,
        "basis": n.basis,
        "source": n.source,
        "recorded_at": d.recorded_at,
        "recorded_by": d.recorded_by,
    })
}

/// One disclosure as a line and its legal basis under it.
pub(super) fn print_row(number: &str, d: &Disclosure) {
    let n = &d.disclosure;
    let mut to = label("disclosure-recipient", n.to.code());
    if !n.recipient_name.is_empty() {
        to = format!("{to}: {}", n.recipient_name);
    }
    println!(
        "{number}  {}  {to} · {} ({})",
        n.on,
        n.what,
        label("disclosure-source", n.source.code())
    );
    println!("    {}", label("legal-basis", n.basis.code()));
}
