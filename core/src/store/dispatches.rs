//! When and how kept letters were sent: beside the letters, which stay immutable.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};

use super::{Batch, Result, Store, StoreError, code_error};
use crate::domain::{AuditAction, CaseId, Dispatch, LetterId, OfficerId, SentVia};

impl Batch<'_> {
    /// Records that a kept letter was sent `via` e-mail or post `on` a day, by this batch's
    /// actor, with its audit event.
    pub fn record_sent(
        &mut self,
        letter: LetterId,
        via: SentVia,
        on: NaiveDate,
    ) -> Result<Dispatch> {
        let case: i64 = self
            .tx
            .prepare_cached("SELECT case_id FROM letters WHERE id = ?1")?
            .query_row([letter.0], |r| r.get(0))
            .optional()?
            .ok_or(StoreError::NotFoundRow("letter"))?;
        self.tx
            .prepare_cached(
                "INSERT INTO letter_dispatches (letter_id, via, sent_on, officer_id, recorded_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![letter.0, via.code(), on, self.actor.0, self.now])?;
        let detail = serde_json::json!({ "via": via, "on": on }).to_string();
        self.audit(
            AuditAction::LetterSent,
            Some(CaseId(case)),
            Some(letter.0),
            &detail,
        )?;
        Ok(Dispatch {
            letter,
            via,
            on,
            officer: self.actor,
            recorded_at: self.now,
        })
    }
}

impl Store {
    /// Records that a kept letter was sent (see [`Batch::record_sent`]).
    pub fn record_sent(
        &mut self,
        letter: LetterId,
        via: SentVia,
        on: NaiveDate,
    ) -> Result<Dispatch> {
        self.write(|b| b.record_sent(letter, via, on))
    }

    /// How a case's letters were sent, in the order it was recorded.
    pub fn dispatches(&self, case: CaseId) -> Result<Vec<Dispatch>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.letter_id, d.via, d.sent_on, d.officer_id, d.recorded_at
             FROM letter_dispatches d JOIN letters l ON l.id = d.letter_id
             WHERE l.case_id = ?1 ORDER BY d.id",
        )?;
        let rows = stmt.query_map([case.0], |r| {
            Ok(Dispatch {
                letter: LetterId(r.get(0)?),
                via: r
                    .get::<_, String>(1)?
                    .parse()
                    .map_err(|e| code_error(1, e))?,
                on: r.get(2)?,
                officer: OfficerId(r.get(3)?),
                recorded_at: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
