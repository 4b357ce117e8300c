//! Cases: registering, reading, editing, status changes and assignment.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use serde_json::json;

use super::{Batch, Result, Store, StoreError, code_error};
use crate::domain::{
    AuditAction, Case, CaseDetails, CaseId, CaseNumber, DeadlineSettings, OfficerId, Outcome,
    Status,
};

const CASE_COLUMNS: &str = "id, year, seq, status, outcome, assignee_id, acknowledged_on, answer_due_override, details, created_at, updated_at, statement_due";

fn case_from_row(r: &Row<'_>) -> rusqlite::Result<Case> {
    let status: String = r.get(3)?;
    let outcome: Option<String> = r.get(4)?;
    let details: String = r.get(8)?;
    Ok(Case {
        id: CaseId(r.get(0)?),
        number: CaseNumber {
            year: r.get(1)?,
            seq: r.get(2)?,
        },
        status: status.parse().map_err(|e| code_error(3, e))?,
        outcome: outcome
            .map(|o| o.parse())
            .transpose()
            .map_err(|e| code_error(4, e))?,
        assignee: r.get::<_, Option<i64>>(5)?.map(OfficerId),
        acknowledged_on: r.get(6)?,
        answer_due_override: r.get(7)?,
        details: serde_json::from_str(&details).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(8, rusqlite::types::Type::Text, Box::new(e))
        })?,
        created_at: r.get(9)?,
        updated_at: r.get(10)?,
        statement_due: r.get(11)?,
    })
}

pub(super) fn load(conn: &Connection, id: CaseId) -> Result<Case> {
    let sql = format!("SELECT {CASE_COLUMNS} FROM cases WHERE id = ?1");
    conn.prepare_cached(&sql)?
        .query_row([id.0], case_from_row)
        .optional()?
        .ok_or(StoreError::CaseNotFound(id))
}

/// Writes a case row: the JSON details and every column derived from them, in one statement.
pub(super) fn put_case(
    tx: &Transaction<'_>,
    case: &Case,
    deadlines: &DeadlineSettings,
) -> Result<CaseId> {
    let next = case.next_deadline(deadlines);
    let id = (case.id.0 > 0).then_some(case.id.0);
    tx.prepare_cached(
        "INSERT INTO cases (id, year, seq, received_at, kind, status, category, outcome, subject,
             complainant_name, assignee_id, acknowledged_on, answer_due_override, next_due, next_due_kind,
             details, created_at, updated_at, statement_due)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)
         ON CONFLICT (id) DO UPDATE SET
             received_at = excluded.received_at, kind = excluded.kind, status = excluded.status,
             category = excluded.category, outcome = excluded.outcome, subject = excluded.subject,
             complainant_name = excluded.complainant_name, assignee_id = excluded.assignee_id,
             acknowledged_on = excluded.acknowledged_on, answer_due_override = excluded.answer_due_override,
             next_due = excluded.next_due, next_due_kind = excluded.next_due_kind,
             details = excluded.details, updated_at = excluded.updated_at,
             statement_due = excluded.statement_due",
    )?
    .execute(params![
        id,
        case.number.year,
        case.number.seq,
        case.details.received_at,
        case.details.kind.code(),
        case.status.code(),
        case.details.category.map(|c| c.code()),
        case.outcome.map(|o| o.code()),
        case.details.subject,
        case.details.complainant.name,
        case.assignee.map(|o| o.0),
        case.acknowledged_on,
        case.answer_due_override,
        next.map(|d| d.date),
        next.map(|d| d.kind.code()),
        serde_json::to_string(&case.details)?,
        case.created_at,
        case.updated_at,
        case.statement_due,
    ])?;
    Ok(CaseId(id.unwrap_or_else(|| tx.last_insert_rowid())))
}

/// Dates a case's closure after a status change: set on entering a finished status, cleared
/// when it is reopened.
pub(super) fn mark_closure(
    tx: &Transaction<'_>,
    id: CaseId,
    to: Status,
    today: NaiveDate,
) -> Result<()> {
    tx.prepare_cached("UPDATE cases SET closed_on = ?2 WHERE id = ?1")?
        .execute(params![id.0, crate::domain::closed_on_after(to, today)])?;
    Ok(())
}

/// Recomputes the next deadline of every open case, after the rules changed.
pub(super) fn refresh_deadlines(tx: &Transaction<'_>, deadlines: &DeadlineSettings) -> Result<()> {
    let sql = format!("SELECT {CASE_COLUMNS} FROM cases WHERE next_due IS NOT NULL");
    let open: Vec<Case> = tx
        .prepare(&sql)?
        .query_map([], case_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    for case in open {
        let next = case.next_deadline(deadlines);
        tx.execute(
            "UPDATE cases SET next_due = ?2, next_due_kind = ?3 WHERE id = ?1",
            params![case.id.0, next.map(|d| d.date), next.map(|d| d.kind.code())],
        )?;
    }
    Ok(())
}

/// The fields of a case's details whose values are codes or dates, never a person's words,
/// name or number: the audit log may hold their new values.
const CODED_FIELDS: [&str; 5] = [
    "received_at",
    "channel",
    "kind",
    "category",
    "first_complaint_on",
];

/// The new values of the changed fields that are codes or dates, for the audit log.
fn coded_values(new: &CaseDetails, fields: &[String]) -> Result<serde_json::Value> {
    let new = serde_json::to_value(new)?;
    let values: serde_json::Map<String, serde_json::Value> = fields
        .iter()
        .filter(|f| CODED_FIELDS.contains(&f.as_str()))
        .filter_map(|f| new.get(f).map(|v| (f.clone(), v.clone())))
        .collect();
    Ok(serde_json::Value::Object(values))
}

/// The names of the top-level fields that differ between two versions of a case's details.
fn changed_fields(old: &CaseDetails, new: &CaseDetails) -> Result<Vec<String>> {
    let (old, new) = (serde_json::to_value(old)?, serde_json::to_value(new)?);
    let (Some(old), Some(new)) = (old.as_object(), new.as_object()) else {
        return Ok(Vec::new());
    };
    Ok(new
        .iter()
        .filter(|(k, v)| old.get(*k) != Some(v))
        .map(|(k, _)| k.clone())
        .collect())
}

impl Batch<'_> {
    /// Registers a new case: validates it, gives it the next number of its year and its deadlines.
    pub fn create_case(&mut self, details: CaseDetails) -> Result<Case> {
        let problems = details.validate(self.now.date());
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let year = chrono::Datelike::year(&details.received_at);
        let seq: u32 = self
            .tx
            .prepare_cached("SELECT coalesce(max(seq), 0) + 1 FROM cases WHERE year = ?1")?
            .query_row([year], |r| r.get(0))?;
        let mut case = Case::new(CaseNumber { year, seq }, details, self.now);
        case.id = put_case(self.tx, &case, &self.deadlines)?;
        self.reindex.insert(case.id);
        let detail =
            json!({ "kind": case.details.kind, "channel": case.details.channel }).to_string();
        self.audit(AuditAction::CaseCreated, Some(case.id), None, &detail)?;
        Ok(case)
    }

    /// Replaces a case's details after validating them; the audit event names the changed fields
    /// and the new values of those that are codes or dates.
    pub fn update_case(&mut self, id: CaseId, details: CaseDetails) -> Result<Case> {
        let problems = details.validate(self.now.date());
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let mut case = load(self.tx, id)?;
        let fields = changed_fields(&case.details, &details)?;
        if fields.is_empty() {
            return Ok(case);
        }
        let values = coded_values(&details, &fields)?;
        case.details = details;
        self.save(&mut case)?;
        let detail = json!({ "fields": fields, "values": values }).to_string();
        self.audit(AuditAction::CaseUpdated, Some(id), None, &detail)?;
        Ok(case)
    }

    /// Moves a case to another status if the rules allow it. A reason, where given, is kept as a
    /// decision note (the audit log holds only the two status codes).
    pub fn change_status(&mut self, id: CaseId, to: Status, reason: Option<&str>) -> Result<Case> {
        let mut case = load(self.tx, id)?;
        let from = case.status;
        from.transition(to, reason)?;
        if to == Status::Answered && self.pending_draft(id)?.is_some() {
            return Err(crate::domain::ReviewProblem::DraftWaiting.into());
        }
        case.status = to;
        self.save(&mut case)?;
        mark_closure(self.tx, id, to, self.now.date())?;
        let detail = json!({ "from": from, "to": to }).to_string();
        self.audit(AuditAction::StatusChanged, Some(id), None, &detail)?;
        if let Some(reason) = reason.filter(|r| !r.trim().is_empty()) {
            self.add_note(
                id,
                crate::domain::NewNote {
                    kind: crate::domain::NoteKind::Decision,
                    text: reason.to_owned(),
                },
            )?;
        }
        Ok(case)
    }

    /// Assigns the case to an officer, or to nobody.
    pub fn assign(&mut self, id: CaseId, officer: Option<OfficerId>) -> Result<Case> {
        let mut case = load(self.tx, id)?;
        case.assignee = officer;
        self.save(&mut case)?;
        let detail = json!({ "officer": officer }).to_string();
        self.audit(AuditAction::CaseAssigned, Some(id), None, &detail)?;
        Ok(case)
    }

    /// Records the outcome, the day receipt was acknowledged and a postponed answer date; the audit
    /// event names the changed fields with their new values (codes and dates).
    pub fn set_progress(
        &mut self,
        id: CaseId,
        outcome: Option<Outcome>,
        acknowledged_on: Option<NaiveDate>,
        answer_due_override: Option<NaiveDate>,
    ) -> Result<Case> {
        let mut case = load(self.tx, id)?;
        let fields: Vec<&str> = [
            ("outcome", case.outcome != outcome),
            ("acknowledged_on", case.acknowledged_on != acknowledged_on),
            (
                "answer_due_override",
                case.answer_due_override != answer_due_override,
            ),
        ]
        .into_iter()
        .filter_map(|(name, changed)| changed.then_some(name))
        .collect();
        if fields.is_empty() {
            return Ok(case);
        }
        case.outcome = outcome;
        case.acknowledged_on = acknowledged_on;
        case.answer_due_override = answer_due_override;
        self.save(&mut case)?;
        let all = json!({
            "outcome": outcome,
            "acknowledged_on": acknowledged_on,
            "answer_due_override": answer_due_override,
        });
        let values: serde_json::Map<String, serde_json::Value> = fields
            .iter()
            .filter_map(|f| all.get(f).map(|v| ((*f).to_owned(), v.clone())))
            .collect();
        let detail = json!({ "outcome": outcome, "fields": fields, "values": values });
        self.audit(
            AuditAction::CaseUpdated,
            Some(id),
            None,
            &detail.to_string(),
        )?;
        Ok(case)
    }

    /// Writes a changed case; its row in the index follows at commit (the names of its status
    /// and officer are searchable).
    fn save(&mut self, case: &mut Case) -> Result<()> {
        case.updated_at = self.now;
        put_case(self.tx, case, &self.deadlines)?;
        self.reindex.insert(case.id);
        Ok(())
    }
}

impl Store {
    /// Registers a new case.
    pub fn create_case(&mut self, details: CaseDetails) -> Result<Case> {
        self.write(|b| b.create_case(details))
    }

    /// Replaces a case's details.
    pub fn update_case(&mut self, id: CaseId, details: CaseDetails) -> Result<Case> {
        self.write(|b| b.update_case(id, details))
    }

    /// Moves a case to another status.
    pub fn change_status(&mut self, id: CaseId, to: Status, reason: Option<&str>) -> Result<Case> {
        self.write(|b| b.change_status(id, to, reason))
    }

    /// Assigns a case.
    pub fn assign(&mut self, id: CaseId, officer: Option<OfficerId>) -> Result<Case> {
        self.write(|b| b.assign(id, officer))
    }

    /// One case.
    pub fn case(&self, id: CaseId) -> Result<Case> {
        load(&self.conn, id)
    }

    /// One case by its number.
    pub fn case_by_number(&self, number: CaseNumber) -> Result<Case> {
        let id: Option<i64> = self
            .conn
            .prepare_cached("SELECT id FROM cases WHERE year = ?1 AND seq = ?2")?
            .query_row(params![number.year, number.seq], |r| r.get(0))
            .optional()?;
        let id = id.ok_or(StoreError::CaseNumberNotFound(number))?;
        self.case(CaseId(id))
    }

    /// The number of cases in the store.
    pub fn case_count(&self) -> Result<u64> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM cases", [], |r| r.get(0))?;
        Ok(n.unsigned_abs())
    }
}
