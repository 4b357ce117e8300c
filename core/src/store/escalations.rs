//! Escalations of a case: kept as records, moving the case to escalated and putting the
//! statement deadline into the inbox.

use rusqlite::params;

use super::{Batch, Result, Store, StoreError, cases};
use crate::domain::{AuditAction, CaseId, Escalation, EscalationId, Status};

impl Batch<'_> {
    /// Records an escalation and moves the case to escalated (from wherever the rules allow it
    /// without a reason); its statement deadline becomes the case's next deadline.
    pub fn escalate(&mut self, id: CaseId, escalation: Escalation) -> Result<EscalationId> {
        self.check(&escalation)?;
        let case = cases::load(self.tx, id)?;
        if case.status != Status::Escalated {
            let refused = StoreError::Transition(crate::domain::TransitionError::NotAllowed {
                from: case.status,
                to: Status::Escalated,
            });
            for status in case.status.path_to(Status::Escalated).ok_or(refused)? {
                self.change_status(id, status, None)?;
            }
        }
        self.tx.execute(
            "INSERT INTO escalations (case_id, record, created_at) VALUES (?1, ?2, ?3)",
            params![id.0, serde_json::to_string(&escalation)?, self.now],
        )?;
        let row = self.tx.last_insert_rowid();
        self.refresh_statement_due(id)?;
        let detail = serde_json::json!({ "body": escalation.body }).to_string();
        self.audit(AuditAction::EscalationAdded, Some(id), Some(row), &detail)?;
        Ok(EscalationId(row))
    }

    /// Replaces an escalation's record (for instance with the body's decision).
    pub fn update_escalation(
        &mut self,
        id: CaseId,
        row: EscalationId,
        escalation: Escalation,
    ) -> Result<()> {
        self.check(&escalation)?;
        let n = self.tx.execute(
            "UPDATE escalations SET record = ?3 WHERE id = ?1 AND case_id = ?2",
            params![row.0, id.0, serde_json::to_string(&escalation)?],
        )?;
        if n == 0 {
            return Err(StoreError::NotFoundRow("escalation"));
        }
        self.refresh_statement_due(id)?;
        let detail =
            serde_json::json!({ "body": escalation.body, "decision": escalation.decision })
                .to_string();
        self.audit(
            AuditAction::EscalationUpdated,
            Some(id),
            Some(row.0),
            &detail,
        )
    }

    fn check(&self, escalation: &Escalation) -> Result<()> {
        let problems = escalation.validate(self.now.date());
        if problems.is_empty() {
            Ok(())
        } else {
            Err(StoreError::Invalid(problems))
        }
    }

    /// The earliest open statement deadline of the case's escalations, kept on the case.
    fn refresh_statement_due(&mut self, id: CaseId) -> Result<()> {
        let due = escalations(self.tx, id)?
            .iter()
            .filter_map(|(_, e)| e.open_deadline())
            .min();
        let mut case = cases::load(self.tx, id)?;
        if case.statement_due != due {
            case.statement_due = due;
            case.updated_at = self.now;
            cases::put_case(self.tx, &case, &self.deadlines)?;
        }
        Ok(())
    }
}

pub(super) fn escalations(
    conn: &rusqlite::Connection,
    id: CaseId,
) -> Result<Vec<(EscalationId, Escalation)>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, record FROM escalations WHERE case_id = ?1 ORDER BY id")?;
    let rows = stmt.query_map([id.0], |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (row, json) = row?;
        out.push((EscalationId(row), serde_json::from_str(&json)?));
    }
    Ok(out)
}

impl Store {
    /// Records an escalation of a case.
    pub fn escalate(&mut self, id: CaseId, escalation: Escalation) -> Result<EscalationId> {
        self.write(|b| b.escalate(id, escalation))
    }

    /// Replaces an escalation's record.
    pub fn update_escalation(
        &mut self,
        id: CaseId,
        row: EscalationId,
        escalation: Escalation,
    ) -> Result<()> {
        self.write(|b| b.update_escalation(id, row, escalation))
    }

    /// A case's escalations, oldest first.
    pub fn escalations(&self, id: CaseId) -> Result<Vec<(EscalationId, Escalation)>> {
        escalations(&self.conn, id)
    }
}
