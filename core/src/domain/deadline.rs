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
mod tests {
    use super::*;
    use crate::domain::Channel;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap_or_default()
    }

    fn case(received: &str, kind: CaseKind, first: Option<&str>) -> CaseDetails {
        let at = date(received).and_hms_opt(9, 30, 0).unwrap_or_default();
        let mut c = CaseDetails::new(at, Channel::Email, kind);
        c.first_complaint_on = first.map(date);
        c
    }

    #[test]
    fn deadlines_across_holidays() {
        use CaseKind::*;
        // (received, kind, first complaint, acknowledgement, final answer, ARN window)
        let table = [
            // Thursday before Easter 2026: Good Friday, the weekend and Easter Monday are off.
            (
                "2026-04-02",
                Complaint,
                None,
                "2026-04-09",
                "2026-04-16",
                "2027-04-02",
            ),
            // Easter 2025 (Good Friday 18 April); the answer's day is första maj.
            (
                "2025-04-17",
                Complaint,
                None,
                "2025-04-24",
                "2025-04-30",
                "2026-04-17",
            ),
            // Easter 2027 (Good Friday 26 March).
            (
                "2027-03-25",
                Objection,
                None,
                "2027-04-01",
                "2027-04-08",
                "2028-03-25",
            ),
            // Midsummer 2026: eve Friday 19 June.
            (
                "2026-06-17",
                Complaint,
                None,
                "2026-06-23",
                "2026-07-01",
                "2027-06-17",
            ),
            // Midsummer 2025: eve Friday 20 June.
            (
                "2025-06-18",
                Complaint,
                None,
                "2025-06-24",
                "2025-07-02",
                "2026-06-18",
            ),
            // Christmas and New Year 2026.
            (
                "2026-12-22",
                Complaint,
                None,
                "2026-12-29",
                "2027-01-05",
                "2027-12-22",
            ),
            // Ascension Day 2026 (Thursday 14 May) and a weekend.
            (
                "2026-05-13",
                Complaint,
                None,
                "2026-05-19",
                "2026-05-27",
                "2027-05-13",
            ),
            // Received on a Saturday; the answer's day is a Saturday too.
            (
                "2026-11-21",
                Complaint,
                None,
                "2026-11-25",
                "2026-12-04",
                "2027-11-21",
            ),
            // GDPR: one calendar month, clamped at month end (a Saturday: back to Friday).
            (
                "2026-01-31",
                PersonalData,
                None,
                "2026-02-04",
                "2026-02-27",
                "2027-01-31",
            ),
            // The ARN year counts from the first complaint, not from receipt.
            (
                "2026-03-10",
                Complaint,
                Some("2026-03-02"),
                "2026-03-13",
                "2026-03-24",
                "2027-03-02",
            ),
            // Leap day.
            (
                "2028-02-29",
                Complaint,
                None,
                "2028-03-03",
                "2028-03-14",
                "2029-02-28",
            ),
        ];
        for (received, kind, first, ack, answer, arn) in table {
            let d = Deadlines::compute(&case(received, kind, first), &DeadlineSettings::default());
            assert_eq!(
                (d.acknowledgement, d.final_answer, d.arn_window_ends),
                (date(ack), date(answer), date(arn)),
                "received {received}"
            );
        }
    }

    #[test]
    fn settings_change_the_deadlines() {
        let s = DeadlineSettings {
            acknowledgement_working_days: 1,
            final_answer_days: 30,
            personal_data_months: 3,
            arn_window_months: 6,
        };
        let d = Deadlines::compute(&case("2026-04-02", CaseKind::Complaint, None), &s);
        assert_eq!(d.acknowledgement, date("2026-04-07"));
        // 2 May 2026 is a Saturday and 1 May a holiday.
        assert_eq!(d.final_answer, date("2026-04-30"));
        assert_eq!(d.arn_window_ends, date("2026-10-02"));
        let gdpr = Deadlines::compute(&case("2026-04-02", CaseKind::PersonalData, None), &s);
        assert_eq!(gdpr.final_answer, date("2026-07-02"));
    }

    /// A final answer whose day falls on a weekend or a holiday is promised for the working day
    /// before; the acknowledgement and the complainant's ARN window are not moved.
    #[test]
    fn a_promised_answer_never_falls_on_a_holiday() {
        use CaseKind::*;
        // (received, kind, final answer, why)
        let table = [
            ("2025-04-17", Complaint, "2025-04-30", "första maj"),
            ("2026-06-05", Complaint, "2026-06-18", "midsommarafton"),
            ("2026-12-10", Complaint, "2026-12-23", "julafton"),
            (
                "2026-12-12",
                Objection,
                "2026-12-23",
                "annandag jul, juldagen, julafton",
            ),
            ("2026-12-17", Complaint, "2026-12-30", "nyårsafton"),
            ("2025-12-23", Complaint, "2026-01-05", "trettondedag jul"),
            ("2025-05-23", Complaint, "2025-06-05", "nationaldagen"),
            (
                "2026-04-30",
                Complaint,
                "2026-05-13",
                "Kristi himmelsfärdsdag",
            ),
            (
                "2026-03-23",
                Complaint,
                "2026-04-02",
                "annandag påsk back over Easter",
            ),
            ("2026-11-21", Complaint, "2026-12-04", "a Saturday"),
            ("2026-03-01", Objection, "2026-03-13", "a Sunday"),
            ("2026-03-04", Complaint, "2026-03-18", "a working day stays"),
            (
                "2025-12-24",
                PersonalData,
                "2026-01-23",
                "GDPR month on a Saturday",
            ),
            (
                "2025-05-06",
                PersonalData,
                "2025-06-05",
                "GDPR month on nationaldagen",
            ),
            (
                "2026-03-01",
                PersonalData,
                "2026-04-01",
                "GDPR month on a working day",
            ),
        ];
        for (received, kind, answer, why) in table {
            let c = case(received, kind, None);
            let d = Deadlines::compute(&c, &DeadlineSettings::default());
            assert_eq!(d.final_answer, date(answer), "received {received}: {why}");
            assert!(
                super::super::calendar::is_working_day(d.final_answer),
                "{why}"
            );
            assert!(
                super::super::calendar::is_working_day(d.acknowledgement),
                "{why}"
            );
            // The complainant's year is the calendar date, whatever day it is.
            assert_eq!(
                d.arn_window_ends,
                add_months_clamped(date(received), 12),
                "{why}"
            );
        }
        // A Saturday stays a Saturday in the complainant's own window.
        let c = case("2025-11-22", Complaint, None);
        let d = Deadlines::compute(&c, &DeadlineSettings::default());
        assert_eq!(d.arn_window_ends, date("2026-11-22"));
    }

    /// Art. 12(3): a GDPR extension is notified within the first month, with a reason, to a
    /// date at most three months after receipt; other cases are not limited.
    #[test]
    fn gdpr_extensions_are_limited() {
        use ExtensionProblem::*;
        let received = "2026-01-31";
        // (notice, new date, reason, problems)
        let table = [
            ("2026-02-20", "2026-04-15", "Many records", vec![]),
            ("2026-02-28", "2026-04-30", "Many records", vec![]),
            (
                "2026-03-02",
                "2026-04-15",
                "Many records",
                vec![TooLate {
                    last_day: date("2026-02-28"),
                }],
            ),
            (
                "2026-02-20",
                "2026-05-01",
                "Many records",
                vec![TooLong {
                    latest: date("2026-04-30"),
                }],
            ),
            ("2026-02-20", "2026-04-15", "  ", vec![NoReason]),
            (
                "2026-03-10",
                "2026-06-01",
                "",
                vec![
                    TooLate {
                        last_day: date("2026-02-28"),
                    },
                    TooLong {
                        latest: date("2026-04-30"),
                    },
                    NoReason,
                ],
            ),
        ];
        let at = date(received).and_hms_opt(9, 0, 0).unwrap_or_default();
        let number = crate::domain::CaseNumber { year: 2026, seq: 1 };
        let gdpr = Case::new(
            number,
            CaseDetails::new(at, Channel::Email, CaseKind::PersonalData),
            at,
        );
        let complaint = Case::new(
            number,
            CaseDetails::new(at, Channel::Email, CaseKind::Complaint),
            at,
        );
        for (notice, new_date, reason, problems) in table {
            let (n, d) = (date(notice), date(new_date));
            assert_eq!(
                gdpr.extension_problems(n, d, reason),
                problems,
                "{notice} {new_date} {reason:?}"
            );
            assert_eq!(extension_problems(date(received), n, d, reason), problems);
            assert!(complaint.extension_problems(n, d, reason).is_empty());
        }
    }

    #[test]
    fn a_deadline_is_met_overdue_due_soon_or_later() {
        use DeadlineState::*;
        let today = date("2026-11-24");
        // (due, met, state)
        let table = [
            ("2026-11-23", None, Overdue),
            ("2026-10-01", None, Overdue),
            ("2026-11-24", None, DueSoon),
            ("2026-11-25", None, DueSoon),
            ("2026-11-26", None, DueSoon),
            ("2026-11-27", None, Later),
            ("2027-01-01", None, Later),
            (
                "2026-11-20",
                Some("2026-11-12"),
                Met(Some(date("2026-11-12"))),
            ),
            (
                "2026-11-30",
                Some("2026-11-24"),
                Met(Some(date("2026-11-24"))),
            ),
        ];
        for (due, met, state) in table {
            assert_eq!(
                DeadlineState::of(date(due), met.map(date), today),
                state,
                "due {due}, met {met:?}"
            );
        }
    }

    #[test]
    fn each_deadline_of_a_case_is_tracked_from_its_status_and_dates() {
        use DeadlineState::*;
        let received = date("2026-11-10").and_hms_opt(9, 0, 0).unwrap_or_default();
        let details = CaseDetails::new(received, Channel::Email, CaseKind::Complaint);
        let base = Case::new(
            crate::domain::CaseNumber { year: 2026, seq: 1 },
            details,
            received,
        );
        let settings = DeadlineSettings::default();
        let today = date("2026-11-24");
        // (status, acknowledged, answered, statement due, acknowledgement, final answer, statement)
        let table = [
            (Status::New, None, None, None, Overdue, DueSoon, None),
            (
                Status::UnderInvestigation,
                Some("2026-11-12"),
                None,
                None,
                Met(Some(date("2026-11-12"))),
                DueSoon,
                None,
            ),
            (
                Status::Answered,
                Some("2026-11-12"),
                Some("2026-11-20"),
                None,
                Met(Some(date("2026-11-12"))),
                Met(Some(date("2026-11-20"))),
                None,
            ),
            // Answered before any acknowledgement: that one is no longer owed.
            (
                Status::Closed,
                None,
                Some("2026-11-11"),
                None,
                Moot,
                Met(Some(date("2026-11-11"))),
                None,
            ),
            // Left the open statuses with no date in its history.
            (Status::Referred, None, None, None, Moot, Met(None), None),
            (
                Status::Escalated,
                Some("2026-11-12"),
                Some("2026-11-20"),
                Some("2026-11-25"),
                Met(Some(date("2026-11-12"))),
                Met(Some(date("2026-11-20"))),
                Some(DueSoon),
            ),
        ];
        for (status, ack, answered, statement, want_ack, want_answer, want_statement) in table {
            let mut case = base.clone();
            case.status = status;
            case.acknowledged_on = ack.map(date);
            case.statement_due = statement.map(date);
            let tracked = case.tracked_deadlines(&settings, answered.map(date), today);
            let states: Vec<(DeadlineKind, DeadlineState)> =
                tracked.iter().map(|t| (t.deadline.kind, t.state)).collect();
            let mut want = vec![
                (DeadlineKind::Acknowledgement, want_ack),
                (DeadlineKind::FinalAnswer, want_answer),
            ];
            want.extend(want_statement.map(|s| (DeadlineKind::Statement, s)));
            assert_eq!(states, want, "{status:?}");
        }
    }

    /// The answer is due on a delay notice's date where there is one, else on the computed date;
    /// a delay notice proposes that date plus 14 days.
    #[test]
    fn the_answer_is_due_on_the_override_else_the_computed_date() {
        let date = |s: &str| s.parse::<NaiveDate>().unwrap_or_default();
        let received = date("2026-03-10").and_hms_opt(9, 0, 0).unwrap_or_default();
        let details = CaseDetails::new(received, Channel::Email, CaseKind::Complaint);
        let mut case = Case::new(
            crate::domain::CaseNumber { year: 2026, seq: 1 },
            details,
            received,
        );
        let settings = DeadlineSettings::default();
        // (override, answer due, delay notice's proposal)
        let table = [
            (None, "2026-03-24", "2026-04-07"),
            // 14 May 2026 is Kristi himmelsfärdsdag, 3 April långfredagen.
            (Some("2026-04-30"), "2026-04-30", "2026-05-13"),
            (Some("2026-03-20"), "2026-03-20", "2026-04-02"),
        ];
        for (over, due, delayed) in table {
            case.answer_due_override = over.map(date);
            assert_eq!(case.answer_due(&settings), date(due), "{over:?}");
            assert_eq!(
                case.deadlines(&settings).final_answer,
                date(due),
                "{over:?}"
            );
            assert_eq!(
                case.delayed_answer_due(&settings),
                date(delayed),
                "{over:?}"
            );
            assert_eq!(
                case.next_deadline(&settings).map(|d| d.date),
                Some(date("2026-03-13")),
                "the acknowledgement comes first"
            );
        }
    }
}
