//! The header's deadlines, met or due, and the history naming the letter and the new value.

use super::*;
use klagomal_core::domain::{AuditAction, DeadlineKind, DeadlineState, LetterKind, Outcome};

/// A case received `days` before the tests' today, acknowledged on `acknowledged` days before
/// it when given.
fn case_received(session: &mut Session, days: u64, acknowledged: Option<u64>) -> CaseId {
    let now = session.store.now();
    let received = now - chrono::Duration::days(days as i64);
    let mut d =
        klagomal_core::domain::CaseDetails::new(received, Channel::Letter, CaseKind::Complaint);
    d.subject = "Fel avgift".into();
    d.complainant.name = "Åsa Öberg".into();
    let id = session.store.create_case(d).expect("case").id;
    if let Some(ago) = acknowledged {
        let on = now.date() - chrono::Duration::days(ago as i64);
        session
            .store
            .batch(|b| b.set_progress(id, None, Some(on), None))
            .expect("acknowledged");
    }
    id
}

#[test]
fn the_header_shows_each_deadline_met_or_due() {
    use DeadlineState::*;
    let (_dir, mut session) = session(0);
    let today = session.store.today();
    let ago = |days: i64| Some(today - chrono::Duration::days(days));
    // (received days ago, acknowledged days ago, statuses to pass, acknowledgement, final answer)
    let answered: &[Status] = &[
        Status::UnderInvestigation,
        Status::AwaitingReview,
        Status::Answered,
    ];
    let table = [
        (0, None, &[][..], Later, Later),
        (20, None, &[], Overdue, Overdue),
        (13, Some(12), &[], Met(ago(12)), DueSoon),
        (10, Some(9), answered, Met(ago(9)), Met(Some(today))),
        (10, None, answered, Moot, Met(Some(today))),
    ];
    for (received, acknowledged, path, ack, answer) in table {
        let id = case_received(&mut session, received, acknowledged);
        let mut view = State::new(id, &session).expect("case");
        for to in path {
            view.update(Message::Transition(*to), &mut session);
        }
        let states: Vec<(DeadlineKind, DeadlineState)> = view
            .tracked_deadlines(&session)
            .into_iter()
            .map(|t| (t.deadline.kind, t.state))
            .collect();
        assert_eq!(
            states,
            [
                (DeadlineKind::Acknowledgement, ack),
                (DeadlineKind::FinalAnswer, answer)
            ],
            "received {received} days ago, {path:?}"
        );
        // Each is drawn in the header, which stays above the tabs whichever one is open.
        view.update(Message::Tab(Tab::History), &mut session);
        for kind in [DeadlineKind::Acknowledgement, DeadlineKind::FinalAnswer] {
            assert!(
                shows(&view, &session, header::deadline_id(kind)),
                "{kind:?} shown"
            );
        }
    }
}

/// The words of the event, in whichever language the tests run (another test may switch it
/// for a moment): true when one of `words` is in it.
fn says(line: &str, words: &[&str]) -> bool {
    words.iter().any(|w| line.contains(w))
}

#[test]
fn the_history_names_the_letter_and_the_new_value() {
    let (_dir, mut session) = session(0);
    let id = new_case(&mut session);
    let mut view = State::new(id, &session).expect("case");
    let letter = |m| Message::Letters(m);
    view.update(Message::Tab(Tab::Letters), &mut session);
    view.update(
        letter(letters::Message::Kind(LetterKind::FinalAnswer)),
        &mut session,
    );
    view.update(
        letter(letters::Message::Outcome(Outcome::PartlyUpheld)),
        &mut session,
    );
    view.update(letter(letters::Message::Fill), &mut session);
    settle(&mut view, letter(letters::Message::Create), &mut session);
    // The confirmation sits beside the button: the final answer awaits review.
    assert!(shows(&view, &session, letters::CREATED));
    assert_eq!(view.case().status, Status::AwaitingReview);
    klagomal_core::seed::escalated::approve_as_colleague(&mut session.store, id).expect("approved");
    let view = State::new(id, &session).expect("case");
    assert_eq!(session.store.letters(id).expect("letters").len(), 1);

    let lines: Vec<(AuditAction, String)> = view
        .history()
        .iter()
        .map(|e| (e.action, history::describe_event(e, |_| String::new())))
        .collect();
    let line = |action| {
        lines
            .iter()
            .filter(|(a, _)| *a == action)
            .map(|(_, l)| l.clone())
            .collect::<Vec<_>>()
    };
    let letters = line(AuditAction::LetterCreated);
    assert!(
        letters.len() == 1 && says(&letters[0], &["Slutligt besked", "Final answer"]),
        "{letters:?}"
    );
    let updates = line(AuditAction::CaseUpdated);
    assert!(
        updates
            .iter()
            .any(|l| says(l, &["utfall → Delvis bifall", "outcome → Partly upheld"])),
        "{updates:?}"
    );
    assert!(session.store.verify_audit().expect("audit").holds());
    // The answer's date is read from the history (the job's own connection keeps the real
    // clock): the header shows the answer as met.
    assert!(view.tracked_deadlines(&session).iter().any(|t| {
        t.deadline.kind == DeadlineKind::FinalAnswer
            && matches!(t.state, DeadlineState::Met(Some(_)))
    }));
}

#[test]
fn old_events_and_dates_read_plainly() {
    let event = |action, detail: &str| klagomal_core::domain::AuditEvent {
        seq: 1,
        at: crate::ui::testing::now(),
        actor: "system".into(),
        action,
        case_id: None,
        entity_id: None,
        detail: detail.to_owned(),
    };
    // (event, words in Swedish or English)
    let table = [
        // Written before the values were kept: the outcome was at the top level.
        (
            event(
                AuditAction::CaseUpdated,
                r#"{"outcome":"rejected","fields":["outcome"]}"#,
            ),
            ["utfall → Avslag", "outcome → Rejected"],
        ),
        (
            event(
                AuditAction::CaseUpdated,
                r#"{"fields":["acknowledged_on"],"values":{"acknowledged_on":"2026-11-12"}}"#,
            ),
            ["→ 2026-11-12", "→ 2026-11-12"],
        ),
        (
            event(
                AuditAction::CaseUpdated,
                r#"{"fields":["kind","subject"],"values":{"kind":"objection"}}"#,
            ),
            ["typ → Invändning mot skulden, ämne", "kind → Objection"],
        ),
        (
            event(
                AuditAction::MessageAdded,
                r#"{"direction":"inbound","channel":"phone","attachments":0}"#,
            ),
            ["Telefon", "Phone"],
        ),
    ];
    for (e, words) in table {
        let line = history::describe_event(&e, |_| String::new());
        assert!(says(&line, &words), "{line}");
    }
}
