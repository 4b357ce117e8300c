//! Escalation: the record, the case moving to escalated, and the statement deadline in the inbox.

use crate::common::*;
use klagomal_core::domain::{DeadlineKind, Escalation, EscalationBody, Field, Money, Status};
use klagomal_core::store::{InboxFilter, InboxQuery, StoreError};

#[test]
fn an_escalation_moves_the_case_and_its_deadline_reaches_the_inbox() {
    let (_dir, _path, mut store) = new_store();
    let case = store
        .create_case(complaint("2026-10-01 09:00", "Avgift", "Text"))
        .expect("case");
    for to in [
        Status::UnderInvestigation,
        Status::AwaitingReview,
        Status::Answered,
    ] {
        store.change_status(case.id, to, None).expect("status");
    }
    let mut arn = Escalation::new(EscalationBody::Arn, date("2026-11-20"));
    arn.reference = "2026-12345".into();
    arn.statement_due = Some(date("2026-12-11"));
    arn.claims = vec![
        "Påminnelseavgiften ska tas bort".into(),
        "Ränta på 312 kr".into(),
    ];
    arn.amount_claimed = Some(Money::kr(492));
    let row = store.escalate(case.id, arn.clone()).expect("escalated");

    let escalated = store.case(case.id).expect("case");
    assert_eq!(escalated.status, Status::Escalated);
    let settings = store.settings().expect("settings");
    let next = escalated
        .next_deadline(&settings.deadlines)
        .expect("a deadline");
    assert_eq!(
        (next.kind, next.date),
        (DeadlineKind::Statement, date("2026-12-11"))
    );
    let filter = InboxFilter {
        status: Some(Status::Escalated),
        ..InboxFilter::default()
    };
    let rows = store
        .inbox(&InboxQuery {
            filter,
            ..InboxQuery::default()
        })
        .expect("inbox")
        .rows;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].next_due, Some(date("2026-12-11")));
    assert_eq!(
        store.escalations(case.id).expect("list"),
        vec![(row, arn.clone())]
    );

    reject_escalation(&mut store, case.id, row, arn, "2026-11-23").expect("decision");
    assert_eq!(
        store.case(case.id).expect("case").statement_due,
        None,
        "decided: nothing due"
    );
    let history = history_codes(&store, case.id);
    assert!(
        history.contains(&"escalation.added") && history.contains(&"escalation.updated"),
        "{history:?}"
    );
}

#[test]
fn a_case_can_be_escalated_before_it_is_answered_but_not_with_bad_dates() {
    let (_dir, _path, mut store) = new_store();
    let case = store
        .create_case(complaint("2026-11-01 09:00", "Avgift", "Text"))
        .expect("case");
    let mut bad = Escalation::new(EscalationBody::DistrictCourt, date("2026-11-20"));
    bad.statement_due = Some(date("2026-11-10"));
    let err = store.escalate(case.id, bad).err();
    assert!(matches!(err, Some(StoreError::Invalid(_))), "{err:?}");
    assert_eq!(
        store.case(case.id).expect("case").status,
        Status::New,
        "nothing changed"
    );
    let unnamed = Escalation {
        statement_due: Some(date("2026-12-20")),
        ..Escalation::new(EscalationBody::DistrictCourt, date("2026-11-20"))
    };
    let err = store.escalate(case.id, unnamed.clone()).err();
    assert!(
        matches!(&err, Some(StoreError::Invalid(p)) if p.iter().any(|p| p.field == Field::Court)),
        "a court must be named: {err:?}"
    );
    let court = Escalation {
        court: "Uppsala tingsrätt".into(),
        ..unnamed
    };
    store.escalate(case.id, court).expect("escalated");
    assert_eq!(store.case(case.id).expect("case").status, Status::Escalated);
}
