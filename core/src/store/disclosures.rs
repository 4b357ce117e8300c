//! The disclosure log: recording and listing what data left the company, to whom and why.

use rusqlite::{Row, params};

use super::{Batch, Result, Store, StoreError, cases, code_error};
use crate::domain::{AuditAction, CaseId, Disclosure, DisclosureId, NewDisclosure, OfficerId};

const COLUMNS: &str = "id, case_id, recipient, recipient_name, what, disclosed_on, basis, source, recorded_by, recorded_at";

fn disclosure_from_row(r: &Row<'_>) -> rusqlite::Result<Disclosure> {
    let code = |i: usize| -> rusqlite::Result<String> { r.get(i) };
    Ok(Disclosure {
        id: DisclosureId(r.get(0)?),
        case_id: CaseId(r.get(1)?),
        disclosure: NewDisclosure {
            to: code(2)?.parse().map_err(|e| code_error(2, e))?,
            recipient_name: r.get(3)?,
            what: r.get(4)?,
            on: r.get(5)?,
            basis: code(6)?.parse().map_err(|e| code_error(6, e))?,
            source: code(7)?.parse().map_err(|e| code_error(7, e))?,
        },
        recorded_by: OfficerId(r.get(8)?),
        recorded_at: r.get(9)?,
    })
}

impl Batch<'_> {
    /// Records that data of a case was disclosed; the audit event holds the codes (recipient,
    /// basis, source), never what or the recipient's name.
    pub fn add_disclosure(
        &mut self,
        case: CaseId,
        disclosure: NewDisclosure,
    ) -> Result<DisclosureId> {
        let problems = disclosure.validate(self.now.date());
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        cases::load(self.tx, case)?;
        self.tx
            .prepare_cached(
                "INSERT INTO disclosures (case_id, recipient, recipient_name, what, disclosed_on, basis, source, recorded_by, recorded_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![
                case.0,
                disclosure.to.code(),
                disclosure.recipient_name.trim(),
                disclosure.what.trim(),
                disclosure.on,
                disclosure.basis.code(),
                disclosure.source.code(),
                self.actor.0,
                self.now,
            ])?;
        let id = self.tx.last_insert_rowid();
        let detail = serde_json::json!({
            "to": disclosure.to,
            "basis": disclosure.basis,
            "source": disclosure.source,
            "on": disclosure.on,
        });
        self.audit(
            AuditAction::DisclosureRecorded,
            Some(case),
            Some(id),
            &detail.to_string(),
        )?;
        Ok(DisclosureId(id))
    }
}

impl Store {
    /// Records a disclosure of a case's data.
    pub fn add_disclosure(
        &mut self,
        case: CaseId,
        disclosure: NewDisclosure,
    ) -> Result<DisclosureId> {
        self.write(|b| b.add_disclosure(case, disclosure))
    }

    /// The disclosures of one case, or of every case, by the day disclosed, oldest first.
    pub fn disclosures(&self, case: Option<CaseId>) -> Result<Vec<Disclosure>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM disclosures WHERE ?1 IS NULL OR case_id = ?1
             ORDER BY disclosed_on, id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([case.map(|c| c.0)], disclosure_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
