//! The history tab: the case's audit events in plain language, naming the letter made and the
//! new value of what changed (codes and dates only, as the audit log holds them).

use iced::widget::{column, row, text};
use iced::{Element, Length};
use serde_json::Value;

use super::{Message, State};
use crate::ui::{Session, style};
use klagomal_core::domain::{AuditAction, AuditEvent, OfficerId};
use klagomal_core::fl;
use klagomal_core::i18n::label;

impl State {
    pub(super) fn history_tab<'a>(&'a self, session: &'a Session) -> Element<'a, Message> {
        let mut list = column![].spacing(style::space::XS);
        for e in &self.history {
            let line = row![
                text(e.at.format("%Y-%m-%d %H:%M").to_string())
                    .width(style::dim::DATE_COLUMN)
                    .style(style::muted),
                text(actor_name(e, session)).width(style::dim::NAME_COLUMN),
                text(describe_event(e, |id| session.officer_name(id))).width(Length::Fill),
            ]
            .spacing(style::space::M);
            list = list.push(line);
        }
        list.max_width(style::FORM_WIDTH).into()
    }
}

fn actor_name(e: &AuditEvent, session: &Session) -> String {
    match e
        .actor
        .strip_prefix("officer:")
        .and_then(|id| id.parse().ok())
    {
        Some(id) => session.officer_name(OfficerId(id)),
        None => fl!("audit-actor-system"),
    }
}

/// An audit event in plain language: the action, and what it concerned (a status change from
/// what to what, the letter made, the new values of the fields changed).
pub fn describe_event(e: &AuditEvent, officer_name: impl Fn(OfficerId) -> String) -> String {
    let detail: Value = serde_json::from_str(&e.detail).unwrap_or(Value::Null);
    let code = |key: &str| detail.get(key).and_then(Value::as_str).map(str::to_owned);
    match e.action {
        AuditAction::CaseAssigned => {
            return match detail.get("officer").and_then(Value::as_i64) {
                Some(id) => fl!("history-assigned", name = officer_name(OfficerId(id))),
                None => fl!("history-unassigned"),
            };
        }
        AuditAction::LetterCreated => {
            if let Some(kind) = code("kind") {
                return fl!("history-letter", kind = label("letter-kind", &kind));
            }
        }
        AuditAction::MessageAdded => {
            if let (Some(channel), Some(direction)) = (code("channel"), code("direction")) {
                return fl!(
                    "history-message",
                    channel = label("channel", &channel),
                    direction = label("direction", &direction)
                );
            }
        }
        AuditAction::CaseExported => {
            if let Some(body) = code("recipient") {
                return exported(&detail, &body);
            }
        }
        AuditAction::DisclosureRecorded => {
            if let (Some(to), Some(basis)) = (code("to"), code("basis")) {
                return fl!(
                    "history-disclosure",
                    to = label("disclosure-recipient", &to),
                    basis = label("legal-basis", &basis)
                );
            }
        }
        AuditAction::PersonRectified => {
            if let Some(field) = code("field") {
                return fl!(
                    "history-changed",
                    action = label("audit", e.action.code()),
                    changes = label("rectified-field", &field)
                );
            }
        }
        AuditAction::NoteAdded => {
            if let Some(kind) = code("kind") {
                let action = label("audit", e.action.code());
                return fl!(
                    "history-changed",
                    action = action,
                    changes = label("note-kind", &kind)
                );
            }
        }
        _ => {}
    }
    if let (Some(from), Some(to)) = (code("from"), code("to")) {
        return fl!(
            "history-status",
            from = label("status", &from),
            to = label("status", &to)
        );
    }
    let action = label("audit", e.action.code());
    match detail.get("fields").and_then(Value::as_array) {
        Some(fields) => {
            let changes: Vec<String> = fields
                .iter()
                .filter_map(Value::as_str)
                .map(|f| change(&detail, f))
                .collect();
            fl!(
                "history-changed",
                action = action,
                changes = changes.join(", ")
            )
        }
        None => action,
    }
}

fn exported(detail: &Value, body: &str) -> String {
    let flag = |key: &str| detail.get(key).and_then(Value::as_bool).unwrap_or(false);
    let redaction = match (flag("include_notes"), flag("unmask")) {
        (false, false) => fl!("history-export-redacted"),
        _ => fl!("history-export-unredacted"),
    };
    fl!(
        "history-exported",
        recipient = label("escalation-body", body),
        redaction = redaction
    )
}

/// A changed field, with its new value where the event holds one: "utfall → Delvis bifall".
/// Events written before the values were kept have the outcome at the top level, or nothing.
fn change(detail: &Value, field: &str) -> String {
    let name = label("detail-field", field);
    let value = detail
        .get("values")
        .and_then(|v| v.get(field))
        .or_else(|| detail.get(field));
    match value.map(|v| shown_value(field, v)) {
        Some(value) => fl!("history-changed-value", field = name, value = value),
        None => name,
    }
}

/// A stored code or date as the officer reads it.
fn shown_value(field: &str, value: &Value) -> String {
    let Some(code) = value.as_str() else {
        return fl!("value-none");
    };
    match field {
        "outcome" | "kind" | "channel" | "category" => label(field, code),
        // A date and time as stored (`2026-11-10T09:30:00`), shown to the minute.
        "received_at" => code.replace('T', " ").chars().take(16).collect(),
        _ => code.to_owned(),
    }
}
