//! Printing cases: aligned text for people, stable JSON for scripts (documented in the README).

use chrono::NaiveDate;
use klagomal_core::domain::{Case, Note, Officer, Settings};
use klagomal_core::export::present::{IdNumbers, Part, Presenter, Section};
use klagomal_core::fl;
use klagomal_core::i18n::{LOADER, label, message};
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
    if json {
        let mut value = case_json(case, notes, settings, today, officers);
        if let Some(fields) = value.as_object_mut() {
            fields.extend(records);
        }
        println!("{value}");
        return;
    }
    let presenter = Presenter {
        loader: &LOADER,
        case,
        settings,
        officers,
        ids: IdNumbers::Full,
    };
    let mut sections = presenter.sections();
    sections.push(presenter.notes(notes));
    print!("{}", case_text(&presenter.title(), &sections));
}

/// The case as the stable JSON object the README documents.
fn case_json(
    case: &Case,
    notes: &[Note],
    settings: &Settings,
    today: NaiveDate,
    officers: &[Officer],
) -> Value {
    let deadlines = case.deadlines(&settings.deadlines);
    let next = case.next_deadline(&settings.deadlines);
    let name_of = |id| {
        officers
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.name.clone())
            .unwrap_or_default()
    };
    let notes: Vec<Value> = notes
        .iter()
        .map(|n| json!({ "at": n.at, "kind": n.kind, "author": name_of(n.author), "text": n.text }))
        .collect();
    json!({
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
    })
}

/// The case as aligned text: its title, then each section under its heading, indented, with
/// the names of all its rows in one column and the next deadline pointed out.
fn case_text(title: &str, sections: &[Section]) -> String {
    let rows = sections
        .iter()
        .flat_map(|s| &s.parts)
        .flat_map(|p| match p {
            Part::Rows(rows) => rows.as_slice(),
            _ => &[],
        });
    let width = rows.map(|r| r.label.chars().count()).max().unwrap_or(0);
    let next = format!("  ← {}", message("show-next"));
    let mut out = vec![title.to_owned()];
    for section in sections {
        out.extend([String::new(), section.title.clone()]);
        for part in &section.parts {
            match part {
                Part::Rows(rows) => out.extend(rows.iter().map(|r| {
                    let mark = if r.next { next.as_str() } else { "" };
                    let value = r.value.replace('\n', &format!("\n  {:width$}  ", ""));
                    format!("  {:<width$}  {value}{mark}", r.label)
                })),
                Part::List(items) => out.extend(
                    items
                        .iter()
                        .map(|item| format!("  {}", item.replace('\n', "\n    "))),
                ),
                Part::Text(text) => out.extend(text.lines().map(|l| format!("  {l}"))),
            }
        }
    }
    out.iter().map(|l| format!("{}\n", l.trim_end())).collect()
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
