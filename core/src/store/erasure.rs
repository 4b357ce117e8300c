//! Erasing a person (GDPR Art. 17): every case of theirs anonymised, the statistics kept, and
//! the deleted bytes overwritten, checkpointed out of the WAL and vacuumed out of free pages.
//! A legal hold on any of their cases refuses the whole erasure.

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::json;

use super::escalations::escalations;
use super::{Batch, Result, Store, StoreError, cases};
use crate::domain::{
    AuditAction, CaseId, CaseNumber, ERASED, Escalation, HeldCase, PersonQuery, Role, legal_hold,
};

/// What erasing one case removes (or, in a dry run, would remove): counts only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct CaseErasure {
    /// The case.
    #[serde(skip)]
    pub case_id: CaseId,
    /// Its number.
    #[serde(skip)]
    pub number: CaseNumber,
    /// Messages whose sender, recipients, subject, text and original are blanked.
    pub messages: u64,
    /// Attachments deleted.
    pub attachments: u64,
    /// Notes blanked.
    pub notes: u64,
    /// Letters whose text and PDF are removed (kind and date stay).
    pub letters: u64,
    /// Letter drafts whose text, PDF and comment are removed.
    pub drafts: u64,
    /// Files kept on the case (a power of attorney) deleted.
    pub case_files: u64,
    /// Escalation records whose reference, court and claims are removed.
    pub escalations: u64,
    /// Disclosure log entries whose description is removed (recipient, date, basis stay).
    pub disclosures: u64,
    /// Whether a representative is removed.
    pub representative: bool,
}

/// An erasure done, or a dry run's plan.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Erasure {
    /// Each case of the person, by case number.
    pub cases: Vec<CaseErasure>,
    /// The cases under a legal hold; an erasure with any is refused.
    pub held: Vec<HeldCase>,
    /// Whether this only says what would be erased.
    pub dry_run: bool,
}

impl Erasure {
    /// The cases erased (or, in a dry run, to be erased): those under no legal hold.
    pub fn erased(&self) -> impl Iterator<Item = &CaseErasure> {
        self.cases
            .iter()
            .filter(|c| !self.held.iter().any(|h| h.case_id == c.case_id))
    }
}

impl Store {
    /// Erases the person `person` identifies (an identity number, e-mail address or phone number
    /// of the complainant, as [`Store::find_person`] matches it; a name alone is refused): every
    /// case of theirs that no legal hold keeps is anonymised in one transaction, with one audit
    /// event per case holding counts only; the held cases stay as they are and are listed in
    /// [`Erasure::held`] (GDPR Art. 17(3) exempts only the data the hold needs). Refused with
    /// [`StoreError::LegalHold`] when every case of theirs is held.
    /// Afterwards the WAL is checkpointed and truncated and the file vacuumed, so that no
    /// erased byte is left in the WAL or in free pages (`secure_delete` is on for every
    /// connection; the search index has FTS5's `secure-delete`).
    ///
    /// With `dry_run` nothing is written: the result says what would be erased and what holds.
    ///
    /// Only a complaints manager or an administrator may erase; the store enforces it.
    pub fn erase_person(&mut self, person: &str, dry_run: bool) -> Result<Erasure> {
        self.require_manager_or_admin()?;
        if !PersonQuery::parse(person, self.today()).is_some_and(|q| q.identifies()) {
            return Err(StoreError::NotAnIdentifier);
        }
        let found = self.find_person(person)?;
        let mut plan = Erasure {
            dry_run,
            ..Erasure::default()
        };
        for m in &found {
            let case = cases::load(&self.conn, m.case_id)?;
            let records: Vec<Escalation> = escalations(&self.conn, m.case_id)?
                .into_iter()
                .map(|(_, e)| e)
                .collect();
            let marked = marked_hold(&self.conn, m.case_id)?;
            if let Some(hold) = legal_hold(case.status, marked.as_deref(), &records) {
                plan.held.push(HeldCase {
                    case_id: m.case_id,
                    number: m.number,
                    hold,
                });
            }
            plan.cases.push(count(&self.conn, m.case_id, m.number)?);
        }
        plan.cases.sort_by_key(|c| c.number);
        plan.held.sort_by_key(|h| h.number);
        if dry_run || plan.cases.is_empty() {
            return Ok(plan);
        }
        let erased: Vec<CaseErasure> = plan.erased().copied().collect();
        if erased.is_empty() {
            return Err(StoreError::LegalHold(plan.held));
        }
        // Refused before anything changes if another connection keeps the WAL from being
        // emptied: the erasure and its scrub belong together.
        checkpoint(&self.conn)?;
        self.write(|b| {
            for c in &erased {
                b.erase_case(c)?;
            }
            Ok(())
        })?;
        self.scrub()?;
        Ok(plan)
    }

    /// Marks a legal claim on a case (GDPR Art. 17(3)(e)): its complainant may not be erased
    /// until the mark is released. The reason is shown when an erasure is refused; the audit
    /// event records only that a mark was set.
    pub fn set_legal_hold(&mut self, id: CaseId, reason: &str) -> Result<()> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(StoreError::HoldReasonMissing);
        }
        self.write(|b| b.mark_legal_hold(id, Some(reason)))
    }

    /// Takes the legal claim's mark off a case.
    pub fn release_legal_hold(&mut self, id: CaseId) -> Result<()> {
        self.require_manager_or_admin()?;
        self.write(|b| b.mark_legal_hold(id, None))
    }

    /// Erasing, and lifting a legal hold, are for a complaints manager or an administrator.
    pub(super) fn require_manager_or_admin(&self) -> Result<()> {
        match self.require(Role::Admin) {
            Ok(()) => Ok(()),
            Err(_) => self.require(Role::Manager),
        }
    }

    /// The reason of the legal claim marked on a case, if any.
    pub fn legal_hold(&self, id: CaseId) -> Result<Option<String>> {
        cases::load(&self.conn, id)?;
        marked_hold(&self.conn, id)
    }

    /// Makes erased bytes unrecoverable from the file: merges the search index's segments,
    /// moves every page out of the WAL and truncates it, and rebuilds the file without free
    /// pages (in memory: `temp_store` is `MEMORY`, so no temporary file holds a copy).
    pub(super) fn scrub(&mut self) -> Result<()> {
        self.conn
            .execute("INSERT INTO case_fts (case_fts) VALUES ('optimize')", [])?;
        checkpoint(&self.conn)?;
        self.conn.execute_batch("VACUUM")?;
        checkpoint(&self.conn)
    }
}

pub(super) fn checkpoint(conn: &Connection) -> Result<()> {
    let busy: i64 = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
    if busy != 0 {
        return Err(StoreError::Locked);
    }
    Ok(())
}

fn marked_hold(conn: &Connection, id: CaseId) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT legal_hold FROM cases WHERE id = ?1")?
        .query_row([id.0], |r| r.get::<_, Option<String>>(0))
        .optional()?
        .flatten())
}

pub(super) fn count(conn: &Connection, case_id: CaseId, number: CaseNumber) -> Result<CaseErasure> {
    let n = |sql: &str| -> Result<u64> {
        let n: i64 = conn
            .prepare_cached(sql)?
            .query_row([case_id.0], |r| r.get(0))?;
        Ok(n.unsigned_abs())
    };
    let case = cases::load(conn, case_id)?;
    Ok(CaseErasure {
        case_id,
        number,
        messages: n("SELECT count(*) FROM messages WHERE case_id = ?1")?,
        attachments: n(
            "SELECT count(*) FROM attachments WHERE message_id IN (SELECT id FROM messages WHERE case_id = ?1)",
        )?,
        notes: n("SELECT count(*) FROM notes WHERE case_id = ?1")?,
        letters: n("SELECT count(*) FROM letters WHERE case_id = ?1")?,
        drafts: n("SELECT count(*) FROM letter_drafts WHERE case_id = ?1")?,
        case_files: n("SELECT count(*) FROM case_files WHERE case_id = ?1")?,
        escalations: n("SELECT count(*) FROM escalations WHERE case_id = ?1")?,
        disclosures: n("SELECT count(*) FROM disclosures WHERE case_id = ?1")?,
        representative: case.details.representative.is_some(),
    })
}

impl Batch<'_> {
    /// Anonymises one case (see [`Store::erase_person`]) and marks it erased today; `counts` go
    /// into the audit event.
    pub(super) fn erase_case(&mut self, counts: &CaseErasure) -> Result<()> {
        let id = counts.case_id;
        let words = super::search::words_of(self.tx, id)?;
        let mut case = cases::load(self.tx, id)?;
        case.details = case.details.anonymised();
        case.updated_at = self.now;
        cases::put_case(self.tx, &case, &self.deadlines)?;
        let tx = self.tx;
        tx.execute(
            "UPDATE cases SET erased_on = ?2 WHERE id = ?1",
            params![id.0, self.now.date()],
        )?;
        tx.execute(
            "DELETE FROM attachments WHERE message_id IN (SELECT id FROM messages WHERE case_id = ?1)",
            [id.0],
        )?;
        tx.execute(
            "UPDATE messages SET sender = '', recipients = '', subject = ?2, body = ?2,
                 message_id = NULL, raw = NULL, content_hash = NULL
             WHERE case_id = ?1",
            params![id.0, ERASED],
        )?;
        tx.execute(
            "UPDATE notes SET text = ?2 WHERE case_id = ?1",
            params![id.0, ERASED],
        )?;
        tx.execute(
            "UPDATE letters SET text = ?2, pdf = x'', addressee = NULL WHERE case_id = ?1",
            params![id.0, ERASED],
        )?;
        tx.execute(
            "UPDATE letter_drafts SET text = ?2, pdf = x'', addressee = NULL, comment = ''
             WHERE case_id = ?1",
            params![id.0, ERASED],
        )?;
        tx.execute("DELETE FROM case_files WHERE case_id = ?1", [id.0])?;
        tx.execute(
            "UPDATE rectifications SET old_value = ?2, new_value = ?2, reason = '' WHERE case_id = ?1",
            params![id.0, ERASED],
        )?;
        tx.execute(
            "UPDATE disclosures SET what = ?2 WHERE case_id = ?1",
            params![id.0, ERASED],
        )?;
        for (row, record) in escalations(tx, id)? {
            tx.execute(
                "UPDATE escalations SET record = ?2 WHERE id = ?1",
                params![row.0, serde_json::to_string(&record.anonymised())?],
            )?;
        }
        // The case's row is rebuilt now, so that the words only it held can leave the
        // vocabulary in the same transaction.
        super::search::reindex(self.tx, id, &mut std::collections::BTreeSet::new())?;
        super::search::forget_unused(self.tx, &words)?;
        let detail = json!(counts).to_string();
        self.audit(AuditAction::CaseErased, Some(id), None, &detail)
    }

    /// Sets (`Some(reason)`) or clears the legal claim marked on a case.
    fn mark_legal_hold(&mut self, id: CaseId, reason: Option<&str>) -> Result<()> {
        cases::load(self.tx, id)?;
        self.tx.execute(
            "UPDATE cases SET legal_hold = ?2 WHERE id = ?1",
            params![id.0, reason],
        )?;
        let action = if reason.is_some() {
            AuditAction::LegalHoldSet
        } else {
            AuditAction::LegalHoldReleased
        };
        self.audit(action, Some(id), None, "{}")
    }
}
