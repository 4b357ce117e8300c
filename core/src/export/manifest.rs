//! `manifest.json`: what the dossier holds, for a person with a text viewer and for a program.
//! The schema is documented in `docs/dossier-manifest.md`; bump [`SCHEMA_VERSION`] with any
//! change that is not an added field.

use chrono::NaiveDateTime;
use serde::Serialize;
use serde_json::{Value, json};

use super::CaseData;
use super::plan::{FileKind, Flagged, Request};
use super::summary::{self, mask_id_numbers};
use crate::domain::{Money, Officer};

/// The manifest's schema version.
pub const SCHEMA_VERSION: u32 = 1;

/// One file of the dossier as the manifest lists it.
#[derive(Debug, Clone, Serialize)]
pub struct File {
    pub path: String,
    pub kind: FileKind,
    /// The number of its timeline entry in the case summary.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeline: Option<usize>,
    pub size: u64,
    pub sha256: String,
}

/// What the manifest is made from.
pub struct Input<'a> {
    pub data: &'a CaseData,
    pub request: &'a Request,
    pub now: NaiveDateTime,
    pub exporter: &'a Officer,
    pub files: &'a [File],
    pub flagged: &'a [Flagged],
}

/// The manifest as pretty-printed JSON, redacted unless the request says otherwise.
pub fn build(input: Input<'_>) -> Vec<u8> {
    let Input {
        data,
        request,
        now,
        exporter,
        files,
        flagged,
    } = input;
    let case = &data.case;
    let d = &case.details;
    let deadlines = case.deadlines(&data.settings.deadlines);
    let ore = |m: Option<Money>| m.map(|m| m.0);
    let id_number = d.complainant.id_number.as_ref().map(|i| {
        if request.options.unmask {
            i.short_on(now.date())
        } else {
            i.masked_on(now.date())
        }
    });
    let escalations: Vec<Value> = data
        .escalations
        .iter()
        .map(|(_, e)| {
            json!({
                "body": e.body,
                "reference": e.reference,
                "court": e.court,
                "received_on": e.received_on,
                "statement_due": e.statement_due,
                "claims": e.claims,
                "amount_claimed_ore": ore(e.amount_claimed),
                "decision": e.decision,
                "decided_on": e.decided_on,
            })
        })
        .collect();
    let officer = |id: crate::domain::OfficerId| {
        data.officers
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.name.clone())
    };
    let letters: Vec<Value> = data
        .letters
        .iter()
        .map(|l| {
            json!({
                "kind": l.kind,
                "language": l.language,
                "date": l.date,
                "created_at": l.created_at,
                "signed_by": officer(l.officer),
                "approved_by": l.approved_by.and_then(officer),
                "approved_at": l.approved_at,
                "self_approved": l.self_approved,
            })
        })
        .collect();
    let timeline: Vec<Value> = summary::events(data.record(), request.options, request.language)
        .into_iter()
        .map(|e| json!({ "number": e.number, "at": e.at, "text": e.text }))
        .collect();
    let redact = |mut value: Value| {
        if !request.options.unmask {
            mask_strings(&mut value, now);
        }
        value
    };
    let manifest = Manifest {
        schema: "klagomal-dossier",
        schema_version: SCHEMA_VERSION,
        generator: json!({ "name": "Klagomål", "version": env!("CARGO_PKG_VERSION") }),
        exported_at: now,
        exported_by: redact(json!({ "name": exporter.name, "title": exporter.title })),
        company: json!({
            "name": data.settings.company.name,
            "org_number": data.settings.company.org_number,
        }),
        recipient: json!(request.recipient),
        options: json!({
            "include_notes": request.options.include_notes,
            "unmask": request.options.unmask,
            "language": request.language,
        }),
        case: redact(json!({
            "number": case.number.to_string(),
            "status": case.status,
            "outcome": case.outcome,
            "kind": d.kind,
            "category": d.category,
            "channel": d.channel,
            "received_at": d.received_at,
            "first_complaint_on": d.first_complaint(),
            "subject": d.subject,
            "description": d.description,
            "complainant": {
                "name": d.complainant.name,
                "id_number": id_number,
                "language": d.complainant.language,
            },
            "representative": d.representative.as_ref().map(|r| json!({
                "name": r.name,
                "power_of_attorney": r.power_of_attorney,
            })),
            "debt_case_numbers": d.debt_case_numbers,
            "creditor": d.creditor,
            "amount_in_dispute_ore": ore(d.amount_in_dispute),
            "requested_remedy": d.requested_remedy,
            "acknowledged_on": case.acknowledged_on,
            "deadlines": {
                "acknowledgement": deadlines.acknowledgement,
                "final_answer": deadlines.final_answer,
                "arn_window_ends": deadlines.arn_window_ends,
                "statement_due": case.statement_due,
            },
            "escalations": escalations,
            "letters": letters,
        })),
        timeline: redact(Value::Array(timeline)),
        files: redact(json!(files)),
        originals_with_id_numbers: redact(json!(
            flagged
                .iter()
                .filter(|f| f.found)
                .map(|f| f.path.as_str())
                .collect::<Vec<_>>()
        )),
        originals_not_searched: redact(json!(
            flagged
                .iter()
                .filter(|f| !f.found)
                .map(|f| f.path.as_str())
                .collect::<Vec<_>>()
        )),
    };
    let mut bytes = serde_json::to_vec_pretty(&manifest).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// The top level, in the order a reader wants it (nested objects are sorted by key).
#[derive(Serialize)]
struct Manifest {
    schema: &'static str,
    schema_version: u32,
    generator: Value,
    exported_at: NaiveDateTime,
    exported_by: Value,
    company: Value,
    recipient: Value,
    options: Value,
    case: Value,
    timeline: Value,
    files: Value,
    originals_with_id_numbers: Value,
    originals_not_searched: Value,
}

/// Masks personnummer in every string of the manifest, wherever it was typed.
fn mask_strings(value: &mut Value, now: NaiveDateTime) {
    match value {
        Value::String(s) => {
            let masked = mask_id_numbers(s, now.date());
            if masked != *s {
                *s = masked;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| mask_strings(v, now)),
        Value::Object(map) => map.values_mut().for_each(|v| mask_strings(v, now)),
        _ => {}
    }
}
