//! Rectifying a person's details (GDPR Art. 16) in every case of theirs, with the history of
//! what each field held before: who rectified it, when and why.

use chrono::NaiveDateTime;
use rusqlite::params;
use serde_json::json;

use super::{Batch, Result, Store, StoreError, cases};
use crate::domain::{
    AuditAction, CaseId, CaseNumber, Correction, CorrectionProblem, OfficerId, PersonQuery,
    RectifiedField,
};

/// A rectification done: which cases changed, and which already held the new value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rectified {
    /// The field.
    pub field: RectifiedField,
    /// The new value as written in the letter.
    pub value: String,
    /// The cases whose complainant was rectified, by number.
    pub changed: Vec<(CaseId, CaseNumber)>,
    /// The cases of the person that already held the value.
    pub unchanged: Vec<CaseNumber>,
}

/// One entry of a case's rectification history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rectification {
    /// The field.
    pub field: RectifiedField,
    /// What it held before.
    pub old_value: String,
    /// What it holds since.
    pub new_value: String,
    /// Why, as the officer wrote it (may be empty).
    pub reason: String,
    /// Who rectified it.
    pub by: OfficerId,
    /// When.
    pub at: NaiveDateTime,
}

impl Store {
    /// The cases of the person `person` identifies (an identity number, e-mail address or
    /// phone number of the complainant, as [`Store::find_person`] matches it), by number.
    /// Refused for a name alone, which does not identify a person, and when no case matches.
    pub fn person_cases(&self, person: &str) -> Result<Vec<(CaseId, CaseNumber)>> {
        if !PersonQuery::parse(person, self.today()).is_some_and(|q| q.identifies()) {
            return Err(StoreError::NotAnIdentifier);
        }
        let found: Vec<(CaseId, CaseNumber)> = self
            .find_person(person)?
            .into_iter()
            .filter(|m| !m.matched_by.to_confirm())
            .map(|m| (m.case_id, m.number))
            .collect();
        if found.is_empty() {
            return Err(StoreError::NotFoundRow("person"));
        }
        Ok(found)
    }

    /// Rectifies one detail of the person `person` identifies in every case of theirs (see
    /// [`Store::person_cases`] and [`Batch::rectify`]).
    pub fn rectify_person(
        &mut self,
        person: &str,
        correction: &Correction,
        reason: &str,
    ) -> Result<Rectified> {
        let found = self.person_cases(person)?;
        self.write(|b| b.rectify(&found, correction, reason))
    }

    /// A case's rectification history, oldest first.
    pub fn rectifications(&self, id: CaseId) -> Result<Vec<Rectification>> {
        cases::load(&self.conn, id)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT field, old_value, new_value, reason, rectified_by, rectified_at
             FROM rectifications WHERE case_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([id.0], |r| {
            let field: String = r.get(0)?;
            Ok(Rectification {
                field: field.parse().map_err(|e| super::code_error(0, e))?,
                old_value: r.get(1)?,
                new_value: r.get(2)?,
                reason: r.get(3)?,
                by: OfficerId(r.get(4)?),
                at: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Batch<'_> {
    /// Rectifies one detail of the complainant in `cases` (the person's): each changed case
    /// keeps the old value in its rectification history and gets an audit event naming the
    /// field; the cases that already hold the value are left alone. Refused with
    /// [`CorrectionProblem::Unchanged`] when none changes. Any officer may rectify, as any
    /// officer may edit a case.
    pub fn rectify(
        &mut self,
        cases: &[(CaseId, CaseNumber)],
        correction: &Correction,
        reason: &str,
    ) -> Result<Rectified> {
        let reason = reason.trim();
        let mut done = Rectified {
            field: correction.field(),
            value: correction.text(),
            changed: Vec::new(),
            unchanged: Vec::new(),
        };
        for &(id, number) in cases {
            if self.rectify_case(id, correction, reason)? {
                done.changed.push((id, number));
            } else {
                done.unchanged.push(number);
            }
        }
        if done.changed.is_empty() {
            return Err(StoreError::Correction(CorrectionProblem::Unchanged));
        }
        Ok(done)
    }

    /// Rectifies the complainant of one case; false when it already held the value. A changed
    /// name leaves the search vocabulary when no other case holds it.
    fn rectify_case(&mut self, id: CaseId, correction: &Correction, reason: &str) -> Result<bool> {
        let mut case = cases::load(self.tx, id)?;
        let Some(old) = correction.apply(&mut case.details.complainant) else {
            return Ok(false);
        };
        let words = super::search::words_of(self.tx, id)?;
        case.updated_at = self.now;
        cases::put_case(self.tx, &case, &self.deadlines)?;
        self.tx
            .prepare_cached(
                "INSERT INTO rectifications (case_id, field, old_value, new_value, reason, rectified_by, rectified_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![
                id.0,
                correction.field().code(),
                old,
                correction.text(),
                reason,
                self.actor.0,
                self.now,
            ])?;
        let row = self.tx.last_insert_rowid();
        super::search::reindex(self.tx, id, &mut std::collections::BTreeSet::new())?;
        super::search::forget_unused(self.tx, &words)?;
        let detail = json!({ "field": correction.field() }).to_string();
        self.audit(AuditAction::PersonRectified, Some(id), Some(row), &detail)?;
        Ok(true)
    }
}
