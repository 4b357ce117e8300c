//! Deadlines of a case, computed from its dates and the company's settings.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::calendar::{add_months_clamped, add_working_days, working_day_on_or_before};
use super::codes::coded_enum;
use super::{Case, CaseDetails, CaseKind, Status};

/// How far a delay notice moves the final answer unless the officer picks another date.
pub const DELAY_NOTICE_DAYS: u64 = 14;

/// How long a request for information gives the complainant to reply, unless the officer picks a
/// date.
pub const REPLY_DAYS: u64 = 14;

/// The day a request for information sent on `sent` asks the reply by, by default.
pub fn reply_by(sent: NaiveDate) -> NaiveDate {
    sent.checked_add_days(Days::new(REPLY_DAYS)).unwrap_or(sent)
}

/// The company's deadline rules; every figure is a setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeadlineSettings {
    /// Acknowledge receipt within this many Swedish working days.
    pub acknowledgement_working_days: u32,
    /// Answer a complaint within this many calendar days.
    pub final_answer_days: u32,
    /// Answer a GDPR request within this many months (Art. 12(3)).
    pub personal_data_months: u32,
    /// The complainant may file with ARN this many months after the first complaint.
    pub arn_window_months: u32,
}

impl Default for DeadlineSettings {
    fn default() -> Self {
        DeadlineSettings {
            acknowledgement_working_days: 3,
            final_answer_days: 14,
            personal_data_months: 1,
            arn_window_months: 12,
        }
    }
}

coded_enum! {
    /// Which deadline a date is.
    pub enum DeadlineKind as "deadline" {
        Acknowledgement = "acknowledgement",
        FinalAnswer = "final_answer",
        ArnWindow = "arn_window",
        /// The statement to ARN, a court or a supervisor.
        Statement = "statement",
    }
}

/// One deadline: what and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    /// What is due.
    pub kind: DeadlineKind,
    /// The last day.
    pub date: NaiveDate,
}

/// All deadlines of a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadlines {
    /// Acknowledge receipt by this day.
    pub acknowledgement: NaiveDate,
    /// Send the final answer by this day (one month for a GDPR request).
    pub final_answer: NaiveDate,
    /// The complainant's own last day to file with ARN.
    pub arn_window_ends: NaiveDate,
}

impl Deadlines {
    /// Computes the deadlines of a case from its dates and kind.
    ///
    /// The final answer (14 days, or one month for a GDPR request) is a promise we make: where
    /// the day falls on a weekend or a holiday it moves back to the working day before it. The
    /// acknowledgement is counted in working days already. The ARN window is the complainant's
    /// own deadline, not ours, and is never moved earlier: it stays the calendar date.
    pub fn compute(case: &CaseDetails, settings: &DeadlineSettings) -> Deadlines {
        let received = case.received_on();
        let final_answer = working_day_on_or_before(match case.kind {
            CaseKind::PersonalData => add_months_clamped(received, settings.personal_data_months),
            CaseKind::Complaint | CaseKind::Objection => received
                .checked_add_days(Days::new(u64::from(settings.final_answer_days)))
                .unwrap_or(received),
        });
        Deadlines {
            acknowledgement: add_working_days(received, settings.acknowledgement_working_days),
            final_answer,
            arn_window_ends: add_months_clamped(case.first_complaint(), settings.arn_window_months),
        }
    }
}

/// A deadline counts as due soon from this many days before it.
pub const DUE_SOON_DAYS: i64 = 2;

/// Where a deadline stands on a given day: the one colour language of the inbox and the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DeadlineState {
    /// Done on this day (`None` when the case left the open statuses without a recorded date).
    Met(Option<NaiveDate>),
    /// No longer owed: the case was answered or closed before it was done.
    Moot,
    /// The day has passed and it is not done.
    Overdue,
    /// Due today or within [`DUE_SOON_DAYS`].
    DueSoon,
    /// Due later.
    Later,
}

impl DeadlineState {
    /// The state of a deadline due on `due`, done on `met` if it was, seen on `today`.
    pub fn of(due: NaiveDate, met: Option<NaiveDate>, today: NaiveDate) -> DeadlineState {
        if met.is_some() {
            return DeadlineState::Met(met);
        }
        match (due - today).num_days() {
            ..0 => DeadlineState::Overdue,
            days if days <= DUE_SOON_DAYS => DeadlineState::DueSoon,
            _ => DeadlineState::Later,
        }
    }
}

/// One of the company's deadlines on a case, with where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackedDeadline {
    /// What and when.
    pub deadline: Deadline,
    /// Met, moot, overdue, due soon or later.
    pub state: DeadlineState,
}

/// The deadline rules of a case, in one place: what is due when, given its status, its dates and
/// what letters have moved.
impl Case {
    /// The case's deadlines under the given settings. The final answer is due on the date a
    /// delay notice gave, where one did, else on the computed date: the one home of that rule.
    pub fn deadlines(&self, settings: &DeadlineSettings) -> Deadlines {
        let computed = Deadlines::compute(&self.details, settings);
        Deadlines {
            final_answer: self.answer_due_override.unwrap_or(computed.final_answer),
            ..computed
        }
    }

    /// The day the final answer is due (see [`Case::deadlines`]).
    pub fn answer_due(&self, settings: &DeadlineSettings) -> NaiveDate {
        self.deadlines(settings).final_answer
    }

    /// The new answer date a delay notice proposes unless the officer picks one: the answer's
    /// due date moved by [`DELAY_NOTICE_DAYS`], back to a working day like any promised date.
    pub fn delayed_answer_due(&self, settings: &DeadlineSettings) -> NaiveDate {
        let due = self.answer_due(settings);
        working_day_on_or_before(
            due.checked_add_days(Days::new(DELAY_NOTICE_DAYS))
                .unwrap_or(due),
        )
    }

    /// What is wrong with a delay notice dated `notice` that moves the answer to `new_date` for
    /// `reason`, by [`extension_problems`]; nothing for a case that is not a GDPR request.
    pub fn extension_problems(
        &self,
        notice: NaiveDate,
        new_date: NaiveDate,
        reason: &str,
    ) -> Vec<ExtensionProblem> {
        if self.details.kind != CaseKind::PersonalData {
            return Vec::new();
        }
        extension_problems(self.details.received_on(), notice, new_date, reason)
    }

    /// The company's own deadlines on the case (acknowledgement, final answer, and a statement
    /// while one is due), each with its state on `today`. `answered_on` is the day the case last
    /// left the open statuses, from its history; the complainant's ARN window is not ours and
    /// is not among them.
    pub fn tracked_deadlines(
        &self,
        settings: &DeadlineSettings,
        answered_on: Option<NaiveDate>,
        today: NaiveDate,
    ) -> Vec<TrackedDeadline> {
        let d = self.deadlines(settings);
        let open = self.status.is_open();
        let track = |kind, date, met: Option<NaiveDate>, done: bool| TrackedDeadline {
            deadline: Deadline { kind, date },
            state: match (met, done) {
                (None, true) => DeadlineState::Moot,
                _ => DeadlineState::of(date, met, today),
            },
        };
        let answered = (!open).then_some(answered_on);
        let mut tracked = vec![
            track(
                DeadlineKind::Acknowledgement,
                d.acknowledgement,
                self.acknowledged_on,
                !open,
            ),
            TrackedDeadline {
                deadline: Deadline {
                    kind: DeadlineKind::FinalAnswer,
                    date: d.final_answer,
                },
                state: match answered {
                    Some(on) => DeadlineState::Met(on),
                    None => DeadlineState::of(d.final_answer, None, today),
                },
            },
        ];
        if let Some(date) = self.statement_due {
            tracked.push(track(DeadlineKind::Statement, date, None, false));
        }
        tracked
    }

    /// What falls due next while the case is open, or `None` when nothing does.
    pub fn next_deadline(&self, settings: &DeadlineSettings) -> Option<Deadline> {
        if self.status == Status::Escalated {
            return self.statement_due.map(|date| Deadline {
                kind: DeadlineKind::Statement,
                date,
            });
        }
        if !self.status.is_open() {
            return None;
        }
        let d = self.deadlines(settings);
        let answer = Deadline {
            kind: DeadlineKind::FinalAnswer,
            date: d.final_answer,
        };
        let ack = Deadline {
            kind: DeadlineKind::Acknowledgement,
            date: d.acknowledgement,
        };
        match self.acknowledged_on {
            None if ack.date <= answer.date => Some(ack),
            _ => Some(answer),
        }
    }
}

/// A GDPR request is answered within one month of receipt (Art. 12(3)): the law's limit, not a
/// setting.
pub const PERSONAL_DATA_NOTICE_MONTHS: u32 = 1;

/// An extended GDPR request is answered at the latest this many months after receipt: one
/// month plus at most two more (Art. 12(3)).
pub const PERSONAL_DATA_EXTENDED_MONTHS: u32 = 3;

/// Why a delay notice on a GDPR request may not go out (Art. 12(3)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ExtensionProblem {
    /// The notice comes after the first month; it had to be sent by `last_day`.
    #[error("an extension must be notified by {last_day}")]
    TooLate {
        /// The last day the notice could have been sent.
        last_day: NaiveDate,
    },
    /// The new date lies more than three months after receipt.
    #[error("the new date may be {latest} at the latest")]
    TooLong {
        /// The latest new date the law allows.
        latest: NaiveDate,
    },
    /// The notice gives no reason for the delay.
    #[error("an extension must state its reason")]
    NoReason,
}

/// Checks a delay notice on a GDPR request received on `received`: it must be sent (`notice`)
/// within the first month, state a `reason`, and move the answer (`new_date`) at most three
/// months from receipt (GDPR Art. 12(3)). Returns every problem found, none when it may go out.
pub fn extension_problems(
    received: NaiveDate,
    notice: NaiveDate,
    new_date: NaiveDate,
    reason: &str,
) -> Vec<ExtensionProblem> {
    let last_day = add_months_clamped(received, PERSONAL_DATA_NOTICE_MONTHS);
    let latest = add_months_clamped(received, PERSONAL_DATA_EXTENDED_MONTHS);
    let mut problems = Vec::new();
    if notice > last_day {
        problems.push(ExtensionProblem::TooLate { last_day });
    }
    if new_date > latest {
        problems.push(ExtensionProblem::TooLong { latest });
    }
    if reason.trim().is_empty() {
        problems.push(ExtensionProblem::NoReason);
    }
    problems
}

#[cfg(test)]
mod tests;
