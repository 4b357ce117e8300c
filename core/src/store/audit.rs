//! The append-only, hash-chained audit log.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{OptionalExtension, Row, Transaction, params};
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::{Result, Store, StoreError};
use crate::domain::{AuditAction, AuditEvent, CaseId, OfficerId, Status};

/// The `prev_hash` of the first event.
const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The outcome of recomputing the chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditReport {
    /// How many events were checked.
    pub events: u64,
    /// The first event whose hash, link or position does not hold, if any.
    pub first_broken: Option<i64>,
}

impl AuditReport {
    /// True when every event checked out.
    pub fn holds(&self) -> bool {
        self.first_broken.is_none()
    }
}

/// The actor as written in the log: never a name.
pub(super) fn actor_code(officer: OfficerId) -> String {
    match officer.0 {
        0 => "system".to_owned(),
        id => format!("officer:{id}"),
    }
}

/// SHA-256 over the previous hash and every field of the event, one per line.
fn event_hash(prev: &str, e: &AuditEvent) -> String {
    let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    let text = format!(
        "{prev}\n{}\n{}\n{}\n{}\n{}\n{}\n{}",
        e.seq,
        e.at.format("%Y-%m-%dT%H:%M:%S"),
        e.actor,
        e.action.code(),
        opt(e.case_id.map(|c| c.0)),
        opt(e.entity_id),
        e.detail
    );
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// Appends one event, linked to the last, inside the caller's transaction.
pub(super) fn append(
    tx: &Transaction<'_>,
    now: NaiveDateTime,
    actor: OfficerId,
    action: AuditAction,
    case: Option<CaseId>,
    entity: Option<i64>,
    detail: &str,
) -> Result<()> {
    let last: Option<(i64, String)> = tx
        .prepare_cached("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (last_seq, prev) = last.unwrap_or((0, GENESIS.to_owned()));
    let event = AuditEvent {
        seq: last_seq + 1,
        at: now,
        actor: actor_code(actor),
        action,
        case_id: case,
        entity_id: entity,
        detail: detail.to_owned(),
    };
    let hash = event_hash(&prev, &event);
    tx.prepare_cached(
        "INSERT INTO audit (seq, at, actor, action, case_id, entity_id, detail, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        event.seq,
        event.at,
        event.actor,
        action.code(),
        case.map(|c| c.0),
        entity,
        event.detail,
        prev,
        hash
    ])?;
    Ok(())
}

/// The day a case last left the open statuses (answered, referred, closed or escalated), read
/// from the status changes in its history; `None` when it never did. The codes are the ones
/// [`super::Batch::change_status`] writes.
pub fn left_open_on(history: &[AuditEvent]) -> Option<NaiveDate> {
    let status = |detail: &serde_json::Value, key: &str| {
        detail
            .get(key)
            .and_then(serde_json::Value::as_str)
            .and_then(|code| code.parse::<Status>().ok())
    };
    history
        .iter()
        .filter(|e| e.action == AuditAction::StatusChanged)
        .filter(|e| {
            let detail: serde_json::Value =
                serde_json::from_str(&e.detail).unwrap_or(serde_json::Value::Null);
            let (from, to) = (status(&detail, "from"), status(&detail, "to"));
            from.is_some_and(Status::is_open) && to.is_some_and(|t| !t.is_open())
        })
        .map(|e| e.at.date())
        .next_back()
}

const EVENT_COLUMNS: &str = "seq, at, actor, action, case_id, entity_id, detail";

fn event_from_row(r: &Row<'_>) -> rusqlite::Result<AuditEvent> {
    let action: String = r.get(3)?;
    Ok(AuditEvent {
        seq: r.get(0)?,
        at: r.get(1)?,
        actor: r.get(2)?,
        action: action.parse().map_err(|e| super::code_error(3, e))?,
        case_id: r.get::<_, Option<i64>>(4)?.map(CaseId),
        entity_id: r.get(5)?,
        detail: r.get(6)?,
    })
}

impl Store {
    /// Logs that a case left the program as a dossier, and records it in the disclosure log, in
    /// one transaction; `detail` holds codes, options and the file's hash, never names or numbers.
    pub fn record_export(
        &mut self,
        case: CaseId,
        detail: &str,
        disclosure: crate::domain::NewDisclosure,
    ) -> Result<()> {
        self.write(|b| {
            super::cases::load(b.tx, case)?;
            b.add_disclosure(case, disclosure)?;
            b.audit(AuditAction::CaseExported, Some(case), None, detail)
        })
    }

    /// The audit events of one case, oldest first.
    pub fn case_history(&self, case: CaseId) -> Result<Vec<AuditEvent>> {
        let sql = format!("SELECT {EVENT_COLUMNS} FROM audit WHERE case_id = ?1 ORDER BY seq");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let events = stmt
            .query_map([case.0], event_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(events)
    }

    /// Recomputes the whole chain and names the first event that does not hold: a changed
    /// field, a broken link to the previous hash, or a missing event (a gap in the sequence).
    pub fn verify_audit(&self) -> Result<AuditReport> {
        verify(&self.conn)
    }

    /// The number of events in the log.
    pub fn audit_len(&self) -> Result<u64> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM audit", [], |r| r.get(0))?;
        u64::try_from(n).map_err(|_| StoreError::Corrupt)
    }
}

/// Recomputes the whole chain of the store (or copy) `conn` reads; see [`Store::verify_audit`].
pub(super) fn verify(conn: &rusqlite::Connection) -> Result<AuditReport> {
    let sql = format!("SELECT {EVENT_COLUMNS}, prev_hash, hash FROM audit ORDER BY seq");
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query([])?;
    let mut prev = GENESIS.to_owned();
    let mut events = 0u64;
    while let Some(row) = rows.next()? {
        events += 1;
        // A row that cannot even be read (say, an unknown action) is broken too.
        let seq: i64 = row.get(0)?;
        let intact = match event_from_row(row) {
            Ok(event) => {
                let (stored_prev, stored_hash): (String, String) = (row.get(7)?, row.get(8)?);
                event.seq == events as i64
                    && stored_prev == prev
                    && event_hash(&prev, &event) == stored_hash
            }
            Err(_) => false,
        };
        if !intact {
            return Ok(AuditReport {
                events,
                first_broken: Some(seq),
            });
        }
        prev = row.get(8)?;
    }
    Ok(AuditReport {
        events,
        first_broken: None,
    })
}
