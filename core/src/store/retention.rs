//! Retention sweeps (*gallring*): every case closed longer ago than the period in the settings
//! is anonymised as an erasure anonymises it, cases under a legal hold are skipped and listed,
//! and the sweep's report (counts per year of closure, nothing personal) is kept.

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use rusqlite::{Connection, OptionalExtension, params};

use super::erasure::{checkpoint, count};
use super::escalations::escalations;
use super::{Batch, Result, Store, cases, settings};
use crate::domain::{
    AuditAction, CaseId, CaseNumber, Escalation, LegalHold, MAX_RETENTION_MONTHS,
    MIN_RETENTION_MONTHS, OfficerId, Role, Status, SweepReport, legal_hold, sweep_due,
    sweep_reminder,
};

/// A case past its retention period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SweepCase {
    /// The case.
    pub case_id: CaseId,
    /// Its number.
    pub number: CaseNumber,
    /// The day it was finished.
    pub closed_on: NaiveDate,
}

/// A case past its period that a sweep keeps, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldSweepCase {
    /// The case.
    pub case: SweepCase,
    /// The hold.
    pub hold: LegalHold,
}

/// A sweep done, or a dry run's plan.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sweep {
    /// Whether this only says what would be done.
    pub dry_run: bool,
    /// The retention period it used, in months.
    pub months: u32,
    /// The cases anonymised (in a dry run: to be anonymised), by case number.
    pub cases: Vec<SweepCase>,
    /// The cases past the period kept under a legal hold, by case number.
    pub held: Vec<HeldSweepCase>,
    /// Counts per year of closure and in all.
    pub report: SweepReport,
}

/// A sweep that ran, as the store keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SweepRecord {
    /// When it ran.
    pub run_at: NaiveDateTime,
    /// Who ran it.
    pub officer: OfficerId,
    /// The period it used, in months.
    pub months: u32,
    /// What it did.
    pub report: SweepReport,
}

impl Store {
    /// Anonymises every case finished more than the settings' retention period ago (see
    /// [`crate::domain::sweep_due`]), except those under a legal hold, which are listed. All
    /// the cases in one transaction, each with its `case.erased` audit event, then one
    /// `retention.swept` event and the report kept for [`Store::last_sweep`]; afterwards the
    /// file is scrubbed as after an erasure (WAL checkpointed and truncated, vacuumed).
    ///
    /// With `dry_run` nothing is written. Only a complaints manager or an administrator may
    /// sweep, dry run included (it lists case numbers); the role is checked again inside the
    /// transaction.
    pub fn retention_sweep(&mut self, dry_run: bool) -> Result<Sweep> {
        self.require_manager_or_admin()?;
        let months = period(&self.conn)?;
        let mut sweep = plan(&self.conn, self.today(), months)?;
        sweep.dry_run = dry_run;
        if dry_run {
            return Ok(sweep);
        }
        // As with an erasure: refused before anything changes if another connection keeps the
        // WAL from being emptied.
        checkpoint(&self.conn)?;
        let (due, report) = (sweep.cases.clone(), sweep.report.clone());
        self.write(|b| {
            b.require(Role::Admin)
                .or_else(|_| b.require(Role::Manager))?;
            for c in &due {
                let counts = count(b.tx, c.case_id, c.number)?;
                b.erase_case(&counts)?;
            }
            b.record_sweep(months, &report)
        })?;
        if !due.is_empty() {
            self.scrub()?;
        }
        Ok(sweep)
    }

    /// The last sweep that ran, if any.
    pub fn last_sweep(&self) -> Result<Option<SweepRecord>> {
        let row = self
            .conn
            .prepare_cached(
                "SELECT run_at, officer_id, months, report FROM retention_sweeps
                 ORDER BY id DESC LIMIT 1",
            )?
            .query_row([], |r| {
                Ok((
                    r.get::<_, NaiveDateTime>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, u32>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })
            .optional()?;
        let Some((run_at, officer, months, report)) = row else {
            return Ok(None);
        };
        Ok(Some(SweepRecord {
            run_at,
            officer: OfficerId(officer),
            months,
            report: serde_json::from_str(&report)?,
        }))
    }

    /// How many cases are past the retention period today and not marked with a legal claim
    /// (a case with a pending escalation is counted: the sweep itself tells it apart).
    pub fn retention_due(&self) -> Result<u64> {
        let months = period(&self.conn)?;
        let today = self.today();
        let mut stmt = self.conn.prepare_cached(
            "SELECT closed_on FROM cases
             WHERE closed_on IS NOT NULL AND erased_on IS NULL AND legal_hold IS NULL",
        )?;
        let mut rows = stmt.query([])?;
        let mut due = 0;
        while let Some(row) = rows.next()? {
            if sweep_due(row.get(0)?, today, months) {
                due += 1;
            }
        }
        Ok(due)
    }

    /// When the window should remind that a sweep is due (see
    /// [`crate::domain::sweep_reminder`]): the number of cases past the period, else `None`.
    pub fn sweep_reminder(&self) -> Result<Option<u64>> {
        let last = self.last_sweep()?.map(|s| s.run_at.date());
        let due = self.retention_due()?;
        Ok(sweep_reminder(due, last, self.today()).then_some(due))
    }

    /// The day a case was finished, while it is.
    pub fn closed_on(&self, id: CaseId) -> Result<Option<NaiveDate>> {
        cases::load(&self.conn, id)?;
        Ok(self
            .conn
            .prepare_cached("SELECT closed_on FROM cases WHERE id = ?1")?
            .query_row([id.0], |r| r.get(0))?)
    }

    /// The day a case's complainant was erased, by request or by a sweep.
    pub fn erased_on(&self, id: CaseId) -> Result<Option<NaiveDate>> {
        cases::load(&self.conn, id)?;
        Ok(self
            .conn
            .prepare_cached("SELECT erased_on FROM cases WHERE id = ?1")?
            .query_row([id.0], |r| r.get(0))?)
    }
}

impl Batch<'_> {
    /// Keeps a sweep's report and writes its audit event (the period and the counts).
    fn record_sweep(&mut self, months: u32, report: &SweepReport) -> Result<()> {
        let json = serde_json::to_string(report)?;
        self.tx.execute(
            "INSERT INTO retention_sweeps (run_at, officer_id, months, report)
             VALUES (?1, ?2, ?3, ?4)",
            params![self.now, self.actor.0, months, json],
        )?;
        let detail = serde_json::json!({ "months": months, "report": report }).to_string();
        self.audit(AuditAction::RetentionSwept, None, None, &detail)
    }
}

/// The retention period in the settings, in months, within the bounds a store accepts.
fn period(conn: &Connection) -> Result<u32> {
    Ok(settings::load(conn)?
        .retention
        .months
        .clamp(MIN_RETENTION_MONTHS, MAX_RETENTION_MONTHS))
}

/// The cases past the period on `today`, not yet erased, each with its hold if any.
fn plan(conn: &Connection, today: NaiveDate, months: u32) -> Result<Sweep> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, year, seq, closed_on, status, legal_hold FROM cases
         WHERE closed_on IS NOT NULL AND erased_on IS NULL ORDER BY year, seq",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            SweepCase {
                case_id: CaseId(r.get(0)?),
                number: CaseNumber {
                    year: r.get(1)?,
                    seq: r.get(2)?,
                },
                closed_on: r.get(3)?,
            },
            r.get::<_, String>(4)?,
            r.get::<_, Option<String>>(5)?,
        ))
    })?;
    let mut sweep = Sweep {
        months,
        ..Sweep::default()
    };
    for row in rows {
        let (case, status, marked) = row?;
        if !sweep_due(case.closed_on, today, months) {
            continue;
        }
        let status: Status = status.parse().map_err(|e| super::code_error(4, e))?;
        let records: Vec<Escalation> = escalations(conn, case.case_id)?
            .into_iter()
            .map(|(_, e)| e)
            .collect();
        let hold = legal_hold(status, marked.as_deref(), &records);
        sweep.report.count(case.closed_on.year(), hold.is_some());
        match hold {
            Some(hold) => sweep.held.push(HeldSweepCase { case, hold }),
            None => sweep.cases.push(case),
        }
    }
    Ok(sweep)
}
