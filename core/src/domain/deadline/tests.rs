//! The deadline rules, table by table: computed dates, holidays, states, GDPR extensions.

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
