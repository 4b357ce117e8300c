//! The register extract's JSON: the person, and each case with its messages, letters, chosen
//! notes and disclosures (schema: `docs/register-extract.md`).

use serde_json::{Value, json};

use super::CasePart;
use crate::domain::{Case, Disclosure};
use crate::store::Rectification;

/// The person as their cases describe them: every name, number and address given.
pub(super) fn person(cases: &[Case]) -> Value {
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

pub(super) fn case_entry(
    case: &Case,
    part: CasePart,
    disclosures: &[&Disclosure],
    rectified: &[Rectification],
) -> Value {
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
        "notes": part.notes,
        "disclosures": disclosures.iter().map(|x| {
            let n = &x.disclosure;
            json!({ "on": n.on, "to": n.to, "recipient_name": n.recipient_name, "what": n.what, "basis": n.basis, "source": n.source })
        }).collect::<Vec<_>>(),
        // What was rectified: the old value is theirs too (the officer who did it is staff data).
        "rectifications": rectified.iter().map(|r| {
            json!({ "at": r.at, "field": r.field, "old_value": r.old_value, "new_value": r.new_value })
        }).collect::<Vec<_>>(),
    })
}
