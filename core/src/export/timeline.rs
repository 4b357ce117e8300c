//! The case's timeline: everything that happened, in time order and numbered, so that the
//! summary can print it and the dossier can name its files after it.

use chrono::NaiveDateTime;
use i18n_embed_fl::fl;

use super::{CaseRecord, Options};
use crate::domain::EscalationId;
use crate::domain::{AuditAction, AuditEvent, Language, LetterId, MessageId, SentVia};
use crate::i18n::{label_id, loader_for};

/// What a timeline entry refers to, so that the dossier can name its files after the entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A message in or out.
    Message(MessageId),
    /// A letter we sent.
    Letter(LetterId),
    /// Anything without a document of its own (received, status changes, notes).
    Event,
}

/// One entry of the timeline. Entries are numbered from 1 in time order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Its number in the timeline.
    pub number: usize,
    /// When it happened.
    pub at: NaiveDateTime,
    /// What happened, in the summary's language (not yet masked).
    pub text: String,
    /// The document behind it, if any.
    pub source: Source,
}

/// Every event of the case in time order, numbered from 1.
pub fn events(record: CaseRecord<'_>, options: Options, language: Language) -> Vec<Event> {
    let l = loader_for(language);
    let name = |key: &str, code: &str| l.get(&label_id(key, code));
    // Within the same minute, the order in which the store recorded things decides.
    let logged = |action: AuditAction, row: i64| {
        record
            .history
            .iter()
            .find(|e| e.action == action && e.entity_id == Some(row))
            .map_or(i64::MAX, |e| e.seq)
    };
    let mut events: Vec<(NaiveDateTime, i64, String, Source)> = Vec::new();
    let d = &record.case.details;
    events.push((
        d.received_at,
        0,
        fl!(
            l,
            "timeline-received",
            channel = name("channel", d.channel.code())
        ),
        Source::Event,
    ));
    for m in record.messages {
        events.push((
            m.at,
            logged(AuditAction::MessageAdded, m.id.0),
            format!("{}: {}", name("direction", m.direction.code()), m.subject),
            Source::Message(m.id),
        ));
    }
    let officer = |id: crate::domain::OfficerId| {
        record
            .officers
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.name.clone())
            .unwrap_or_default()
    };
    for letter in record.letters {
        let kind = name("letter-kind", letter.kind.code());
        let text = match (letter.approved_by, letter.approved_at) {
            (Some(by), Some(at)) if letter.self_approved => fl!(
                l,
                "timeline-letter-self-approved",
                kind = kind,
                by = officer(by),
                at = at.format("%Y-%m-%d %H:%M").to_string()
            ),
            (Some(by), Some(at)) => fl!(
                l,
                "timeline-letter-approved",
                kind = kind,
                by = officer(by),
                at = at.format("%Y-%m-%d %H:%M").to_string()
            ),
            _ => fl!(l, "timeline-letter", kind = kind),
        };
        events.push((
            letter.created_at,
            logged(AuditAction::LetterCreated, letter.id.0),
            text,
            Source::Letter(letter.id),
        ));
    }
    sent_events(record, language, &mut events);
    for e in record
        .history
        .iter()
        .filter(|e| e.action == AuditAction::StatusChanged)
    {
        let detail: serde_json::Value =
            serde_json::from_str(&e.detail).unwrap_or(serde_json::Value::Null);
        let code = |k: &str| {
            detail
                .get(k)
                .and_then(|v| v.as_str())
                .map(|c| name("status", c))
                .unwrap_or_default()
        };
        events.push((
            e.at,
            e.seq,
            fl!(l, "history-status", from = code("from"), to = code("to")),
            Source::Event,
        ));
    }
    escalation_events(record, language, &mut events);
    if options.include_notes {
        for n in record.notes {
            events.push((
                n.at,
                logged(AuditAction::NoteAdded, n.id.0),
                format!(
                    "{}: {}",
                    name("note-kind", n.kind.code()),
                    n.text.replace('\n', " ")
                ),
                Source::Event,
            ));
        }
    }
    // In time order; at the same second, in the order the store recorded them.
    events.sort_by_key(|(at, seq, _, _)| (*at, *seq));
    events
        .into_iter()
        .enumerate()
        .map(|(i, (at, _, text, source))| Event {
            number: i + 1,
            at,
            text,
            source,
        })
        .collect()
}

/// Each time a letter was sent (by e-mail or post), as the history records it: a letter that
/// was only made says "Brev skapat", one that left the company also "Brev skickat (e-post)".
fn sent_events(
    record: CaseRecord<'_>,
    language: Language,
    events: &mut Vec<(NaiveDateTime, i64, String, Source)>,
) {
    let l = loader_for(language);
    let name = |key: &str, code: &str| l.get(&label_id(key, code));
    for e in record
        .history
        .iter()
        .filter(|e| e.action == AuditAction::LetterSent)
    {
        let letter = record
            .letters
            .iter()
            .find(|letter| Some(letter.id.0) == e.entity_id);
        let detail: serde_json::Value =
            serde_json::from_str(&e.detail).unwrap_or(serde_json::Value::Null);
        let via = detail["via"]
            .as_str()
            .and_then(|c| c.parse::<SentVia>().ok());
        let (Some(letter), Some(via)) = (letter, via) else {
            continue;
        };
        events.push((
            e.at,
            e.seq,
            fl!(
                l,
                "timeline-letter-sent",
                via = name("sent-via", via.code()),
                kind = name("letter-kind", letter.kind.code())
            ),
            Source::Event,
        ));
    }
}

/// When each escalation was registered, and when its decision was recorded, as the history's
/// events for its row say.
fn escalation_events(
    record: CaseRecord<'_>,
    language: Language,
    events: &mut Vec<(NaiveDateTime, i64, String, Source)>,
) {
    let l = loader_for(language);
    let name = |key: &str, code: &str| l.get(&label_id(key, code));
    let none = || fl!(l, "show-none");
    let of_row = |row: EscalationId| {
        record
            .history
            .iter()
            .filter(move |e| e.entity_id == Some(row.0))
    };
    let records_decision = |e: &&AuditEvent| {
        e.action == AuditAction::EscalationUpdated
            && serde_json::from_str::<serde_json::Value>(&e.detail)
                .is_ok_and(|d| !d["decision"].is_null())
    };
    for (row, escalation) in record.escalations {
        let added = of_row(*row).find(|e| e.action == AuditAction::EscalationAdded);
        let Some(event) = added else {
            continue;
        };
        let body = name("escalation-body", escalation.body.code());
        let reference = match escalation.reference.trim() {
            "" => none(),
            r => r.to_owned(),
        };
        let due = escalation
            .statement_due
            .map_or_else(none, |d| d.to_string());
        events.push((
            event.at,
            event.seq,
            fl!(
                l,
                "timeline-escalated",
                body = body.clone(),
                reference = reference,
                due = due
            ),
            Source::Event,
        ));
        let (Some(decision), Some(on)) = (escalation.decision, escalation.decided_on) else {
            continue;
        };
        if let Some(e) = of_row(*row).find(records_decision) {
            events.push((
                e.at,
                e.seq,
                fl!(
                    l,
                    "timeline-decision",
                    body = body,
                    decision = name("escalation-decision", decision.code()),
                    date = on.to_string()
                ),
                Source::Event,
            ));
        }
    }
}

/// Every event of the case in time order, as numbered lines: `001 · 2026-10-01 09:00 · …`.
pub fn timeline(record: CaseRecord<'_>, options: Options, language: Language) -> Vec<String> {
    events(record, options, language)
        .into_iter()
        .map(|e| {
            format!(
                "{:03} · {} · {}",
                e.number,
                e.at.format("%Y-%m-%d %H:%M"),
                e.text
            )
        })
        .collect()
}
