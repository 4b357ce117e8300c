//! Cases in the store: numbering, validation, transitions, notes, the audit chain and deadlines.

use crate::common::*;
use klagomal_core::domain::{
    AuditAction, CaseNumber, DeadlineKind, Field, NewNote, NoteKind, Problem, ProblemKind, Status,
    TransitionError,
};
use klagomal_core::store::StoreError;

#[test]
fn cases_are_numbered_per_year_of_receipt() {
    let (_dir, _path, mut store) = new_store();
    let a = store
        .create_case(complaint("2026-01-05 09:00", "Ett", ""))
        .expect("a");
    let b = store
        .create_case(complaint("2026-02-05 09:00", "Två", ""))
        .expect("b");
    let c = store
        .create_case(complaint("2025-12-30 09:00", "Tre", ""))
        .expect("c");
    let numbers: Vec<String> = [a, b, c].iter().map(|c| c.number.to_string()).collect();
    assert_eq!(numbers, ["K-2026-00001", "K-2026-00002", "K-2025-00001"]);
    let found = store
        .case_by_number(CaseNumber { year: 2026, seq: 2 })
        .expect("by number");
    assert_eq!(found.details.subject, "Två");
    let missing = store
        .case_by_number(CaseNumber { year: 2026, seq: 9 })
        .err();
    assert!(matches!(missing, Some(StoreError::CaseNumberNotFound(_))));
}

#[test]
fn an_invalid_case_is_refused_and_nothing_is_written() {
    let (_dir, _path, mut store) = new_store();
    let events = store.audit_len().expect("len");
    let mut details = complaint("2026-11-20 09:00", "Ämne", "");
    details.complainant.name.clear();
    details.complainant.email = "inte-en-adress".into();
    let err = store.create_case(details).err();
    let expected = vec![
        Problem::new(Field::ComplainantName, ProblemKind::Required),
        Problem::new(Field::Email, ProblemKind::InvalidEmail),
    ];
    assert!(
        matches!(&err, Some(StoreError::Invalid(p)) if *p == expected),
        "{err:?}"
    );
    assert_eq!(store.case_count().expect("count"), 0);
    assert_eq!(store.audit_len().expect("len"), events);
}

#[test]
fn illegal_transitions_are_refused_and_change_nothing() {
    let (_dir, _path, mut store) = new_store();
    let case = store
        .create_case(complaint("2026-11-20 09:00", "Ämne", ""))
        .expect("case");
    let events = store.audit_len().expect("len");
    let err = store.change_status(case.id, Status::Answered, None).err();
    assert!(
        matches!(
            err,
            Some(StoreError::Transition(TransitionError::NotAllowed {
                from: Status::New,
                to: Status::Answered
            }))
        ),
        "{err:?}"
    );
    assert_eq!(store.case(case.id).expect("case").status, Status::New);
    assert_eq!(store.audit_len().expect("len"), events);

    for to in [
        Status::UnderInvestigation,
        Status::AwaitingReview,
        Status::Answered,
        Status::Closed,
    ] {
        store.change_status(case.id, to, None).expect("allowed");
    }
    let err = store
        .change_status(case.id, Status::UnderInvestigation, None)
        .err();
    assert!(
        matches!(
            err,
            Some(StoreError::Transition(
                TransitionError::ReasonRequired { .. }
            ))
        ),
        "{err:?}"
    );
    store
        .change_status(
            case.id,
            Status::UnderInvestigation,
            Some("Kunden har skickat nya kvitton"),
        )
        .expect("reopen with reason");
    let notes = store.notes(case.id).expect("notes");
    assert_eq!(
        notes.last().map(|n| (n.kind, n.text.as_str())),
        Some((NoteKind::Decision, "Kunden har skickat nya kvitton"))
    );
}

#[test]
fn notes_are_kept_in_order_with_their_audit_events() {
    let (_dir, path, mut store) = new_store();
    let case = store
        .create_case(complaint("2026-11-20 09:00", "Ämne", ""))
        .expect("case");
    store
        .add_note(
            case.id,
            NewNote {
                kind: NoteKind::PhoneCall,
                text: "Ringt kunden".into(),
            },
        )
        .expect("note");
    store
        .add_note(
            case.id,
            NewNote {
                kind: NoteKind::Note,
                text: "Kontrollerat betalningar".into(),
            },
        )
        .expect("note");
    drop(store);
    let store = reopen(&path);
    let texts: Vec<String> = store
        .notes(case.id)
        .expect("notes")
        .into_iter()
        .map(|n| n.text)
        .collect();
    assert_eq!(texts, ["Ringt kunden", "Kontrollerat betalningar"]);
    let actions: Vec<AuditAction> = store
        .case_history(case.id)
        .expect("history")
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions,
        [
            AuditAction::CaseCreated,
            AuditAction::NoteAdded,
            AuditAction::NoteAdded
        ]
    );
}

#[test]
fn the_audit_log_holds_no_personal_data() {
    let (_dir, path, mut store) = new_store();
    let mut details = complaint("2026-11-20 09:00", "Felaktig avgift", "Beskrivning");
    let case = store.create_case(details.clone()).expect("case");
    details.complainant.name = "Björn Ågren".into();
    store.update_case(case.id, details).expect("update");
    store
        .add_note(
            case.id,
            NewNote {
                kind: NoteKind::Note,
                text: "Hemligt".into(),
            },
        )
        .expect("note");
    drop(store);
    let conn = keyed(&path);
    let rows: Vec<String> = conn
        .prepare("SELECT actor || ' ' || action || ' ' || detail FROM audit")
        .expect("prepare")
        .query_map([], |r| r.get(0))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    let all = rows.join("\n");
    for personal in [
        "Åsa",
        "Öberg",
        "Björn",
        "Ågren",
        "811218",
        "asa.oberg",
        "Hemligt",
        "Felaktig",
    ] {
        assert!(
            !all.contains(personal),
            "{personal} in the audit log:\n{all}"
        );
    }
    assert!(all.contains("\"fields\":[\"complainant\"]"), "{all}");
}

#[test]
fn editing_the_audit_log_behind_the_store_is_detected() {
    let (_dir, path, mut store) = new_store();
    for i in 0..5 {
        let case = store
            .create_case(complaint("2026-11-20 09:00", &format!("Ärende {i}"), ""))
            .expect("case");
        store
            .add_note(
                case.id,
                NewNote {
                    kind: NoteKind::Note,
                    text: "Anteckning".into(),
                },
            )
            .expect("note");
    }
    let report = store.verify_audit().expect("verify");
    assert!(report.holds());
    assert_eq!(report.events, 11);
    drop(store);

    let conn = keyed(&path);
    let refused = conn.execute("UPDATE audit SET detail = '{}' WHERE seq = 6", []);
    assert!(refused.is_err(), "the trigger keeps the log append-only");
    conn.execute_batch(
        "DROP TRIGGER audit_no_update; UPDATE audit SET actor = 'officer:9' WHERE seq = 6;",
    )
    .expect("tamper");
    drop(conn);
    let report = reopen(&path).verify_audit().expect("verify");
    assert_eq!(report.first_broken, Some(6));
}

#[test]
fn a_deleted_audit_event_is_detected() {
    let (_dir, path, mut store) = new_store();
    for i in 0..3 {
        store
            .create_case(complaint("2026-11-20 09:00", &format!("Ärende {i}"), ""))
            .expect("case");
    }
    drop(store);
    let conn = keyed(&path);
    conn.execute_batch("DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq = 2;")
        .expect("tamper");
    drop(conn);
    assert_eq!(
        reopen(&path).verify_audit().expect("verify").first_broken,
        Some(3)
    );
}

#[test]
fn the_next_deadline_follows_status_and_settings() {
    let (_dir, _path, mut store) = new_store();
    // Received the Thursday before Easter 2026.
    let case = store
        .create_case(complaint("2026-04-02 15:00", "Ämne", ""))
        .expect("case");
    let settings = store.settings().expect("settings");
    let next = case.next_deadline(&settings.deadlines).expect("due");
    assert_eq!(
        (next.kind, next.date),
        (DeadlineKind::Acknowledgement, date("2026-04-09"))
    );
    let row = |store: &klagomal_core::store::Store| {
        store
            .inbox(&Default::default())
            .expect("inbox")
            .rows
            .into_iter()
            .next()
            .expect("row")
    };
    assert_eq!(row(&store).next_due, Some(date("2026-04-09")));

    let mut settings = settings;
    settings.deadlines.acknowledgement_working_days = 1;
    store.save_settings(&settings).expect("save");
    assert_eq!(
        row(&store).next_due,
        Some(date("2026-04-07")),
        "recomputed after the rules changed"
    );

    for to in [
        Status::UnderInvestigation,
        Status::AwaitingReview,
        Status::Answered,
    ] {
        store.change_status(case.id, to, None).expect("status");
    }
    assert_eq!(
        row(&store).next_due,
        None,
        "nothing is due on an answered case"
    );
}
