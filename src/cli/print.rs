//! Printing cases: aligned text for people, stable JSON for scripts (documented in the README).

use chrono::NaiveDate;
use klagomal_core::domain::{Case, DeadlineKind, Note, Officer, Settings};
use klagomal_core::fl;
use klagomal_core::i18n::{label, message};
use klagomal_core::store::InboxRow;
use serde_json::{Value, json};

/// Prints inbox rows as a table.
pub fn list_table(rows: &[InboxRow], today: NaiveDate) {
    if rows.is_empty() {
        println!("{}", fl!("cli-list-empty"));
        return;
    }
    let header = [
        message("cli-col-number"),
        message("cli-col-received"),
        message("cli-col-status"),
        message("cli-col-due"),
        message("cli-col-complainant"),
        message("cli-col-subject"),
    ];
    let lines: Vec<[String; 6]> = rows
        .iter()
        .map(|r| {
            let mut due = r
                .next_due
                .map(|d| d.to_string())
                .unwrap_or_else(|| message("show-none"));
            if r.next_due.is_some_and(|d| d < today) {
                due = format!("{due} {}", message("cli-overdue"));
            }
            [
                r.number.to_string(),
                r.received_at.date().to_string(),
                label("status", r.status.code()),
                due,
                clip(&r.complainant, 24),
                clip(&r.subject, 48),
            ]
        })
        .collect();
    let mut widths = header.clone().map(|h| h.chars().count());
    for line in &lines {
        for (w, cell) in widths.iter_mut().zip(line) {
            *w = (*w).max(cell.chars().count());
        }
    }
    for line in std::iter::once(&header).chain(&lines) {
        let cells: Vec<String> = line
            .iter()
            .zip(widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        println!("{}", cells.join("  ").trim_end());
    }
}

/// Prints inbox rows as a JSON array.
pub fn list_json(rows: &[InboxRow], today: NaiveDate) {
    let rows: Vec<Value> = rows
        .iter()
        .map(|r| {
            json!({
                "number": r.number,
                "received_at": r.received_at,
                "status": r.status,
                "kind": r.kind,
                "category": r.category,
                "complainant": r.complainant,
                "subject": r.subject,
                "assignee": r.assignee_name,
                "next_due": r.next_due,
                "next_due_kind": r.next_due_kind,
                "overdue": r.next_due.is_some_and(|d| d < today),
            })
        })
        .collect();
    println!("{}", Value::Array(rows));
}

/// Prints one case with its deadlines and notes; `records` are further fields of the JSON.
pub fn show(
    case: &Case,
    notes: &[Note],
    settings: &Settings,
    today: NaiveDate,
    json: bool,
    officers: &[Officer],
    records: serde_json::Map<String, Value>,
) {
    let deadlines = case.deadlines(&settings.deadlines);
    let next = case.next_deadline(&settings.deadlines);
    let name_of = |id| {
        officers
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.name.clone())
            .unwrap_or_default()
    };
    if json {
        let notes: Vec<Value> = notes
            .iter()
            .map(|n| json!({ "at": n.at, "kind": n.kind, "author": name_of(n.author), "text": n.text }))
            .collect();
        let mut value = json!({
            "number": case.number,
            "status": case.status,
            "outcome": case.outcome,
            "assignee": case.assignee.map(name_of),
            "acknowledged_on": case.acknowledged_on,
            "answer_due_override": case.answer_due_override,
            "details": case.details,
            "deadlines": deadlines,
            "next_deadline": next,
            "overdue": next.is_some_and(|d| d.date < today),
            "notes": notes,
        });
        if let Some(fields) = value.as_object_mut() {
            fields.extend(records);
        }
        println!("{value}");
        return;
    }
    let d = &case.details;
    let none = || message("show-none");
    let or_none = |s: &str| {
        if s.trim().is_empty() {
            none()
        } else {
            s.to_owned()
        }
    };
    let mut rows: Vec<(&str, String)> = vec![
        ("show-number", case.number.to_string()),
        ("show-status", label("status", case.status.code())),
        ("show-kind", label("kind", d.kind.code())),
        (
            "show-category",
            d.category
                .map(|c| label("category", c.code()))
                .unwrap_or_else(none),
        ),
        ("show-channel", label("channel", d.channel.code())),
        (
            "show-received",
            d.received_at.format("%Y-%m-%d %H:%M").to_string(),
        ),
        ("show-first-complaint", d.first_complaint().to_string()),
        (
            "show-outcome",
            case.outcome
                .map(|o| label("outcome", o.code()))
                .unwrap_or_else(none),
        ),
        (
            "show-assignee",
            case.assignee.map(name_of).unwrap_or_else(none),
        ),
        ("show-complainant", or_none(&d.complainant.name)),
        (
            "show-id-number",
            d.complainant
                .id_number
                .as_ref()
                .map(|i| i.short())
                .unwrap_or_else(none),
        ),
        (
            "show-address",
            or_none(&address_line(&d.complainant.address)),
        ),
        ("show-email", or_none(&d.complainant.email)),
        ("show-phone", or_none(&d.complainant.phone)),
        (
            "show-language",
            label("language", d.complainant.language.code()),
        ),
    ];
    if let Some(r) = &d.representative {
        let poa = message(if r.power_of_attorney {
            "show-power-of-attorney"
        } else {
            "show-no-power-of-attorney"
        });
        rows.push(("show-representative", format!("{} ({poa})", r.name)));
    }
    rows.extend([
        ("show-debt-cases", or_none(&d.debt_case_numbers.join(", "))),
        ("show-creditor", or_none(&d.creditor)),
        (
            "show-amount",
            d.amount_in_dispute
                .map(|m| m.to_string())
                .unwrap_or_else(none),
        ),
        ("show-remedy", or_none(&d.requested_remedy)),
        ("show-subject", or_none(&d.subject)),
    ]);
    let width = rows
        .iter()
        .map(|(k, _)| message(k).chars().count())
        .max()
        .unwrap_or(0);
    for (key, value) in rows {
        println!("{:<width$}  {value}", message(key));
    }
    println!(
        "\n{}\n{}",
        message("show-description"),
        or_none(&d.description)
    );
    println!("\n{}", message("show-deadlines"));
    let items = [
        (DeadlineKind::Acknowledgement, deadlines.acknowledgement),
        (DeadlineKind::FinalAnswer, deadlines.final_answer),
        (DeadlineKind::ArnWindow, deadlines.arn_window_ends),
    ];
    for (kind, date) in items {
        let mark = match next {
            Some(n) if n.kind == kind => format!("  ← {}", message("show-next")),
            _ => String::new(),
        };
        println!("  {date}  {}{mark}", label("deadline", kind.code()));
    }
    println!("\n{}", message("show-notes"));
    if notes.is_empty() {
        println!("  {}", message("show-no-notes"));
    }
    for n in notes {
        println!(
            "  {} · {} · {}",
            n.at.format("%Y-%m-%d %H:%M"),
            label("note-kind", n.kind.code()),
            name_of(n.author)
        );
        for line in n.text.lines() {
            println!("    {line}");
        }
    }
}

fn address_line(a: &klagomal_core::domain::Address) -> String {
    let city = format!("{} {}", a.postal_code, a.city);
    [a.street.trim(), city.trim(), a.country.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Shortens text to `max` characters with an ellipsis.
fn clip(text: &str, max: usize) -> String {
    let one_line = text.replace(['\n', '\r'], " ");
    if one_line.chars().count() <= max {
        return one_line;
    }
    let mut s: String = one_line.chars().take(max.saturating_sub(1)).collect();
    s.push('…');
    s
}
