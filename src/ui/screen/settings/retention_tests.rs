//! Update-level tests of the retention part: the period saved, the dry run's confirmation
//! naming what will be anonymised, the sweep run in the background, a cancel, and an officer
//! without the role kept out.

use super::retention::{Message, Retention, Step};
use crate::ui::Session;
use crate::ui::job::finish;
use crate::ui::testing::{closed_long_ago, plain_officer, session};
use klagomal_core::domain::ERASED;

/// Sends `message`, runs the task it starts to its end and feeds its messages back.
fn send(part: &mut Retention, message: Message, session: &mut Session) {
    let task = part.update(message, session);
    for next in finish(task) {
        send(part, next, session);
    }
}

fn name(session: &Session, id: klagomal_core::domain::CaseId) -> String {
    session
        .store
        .case(id)
        .expect("case")
        .details
        .complainant
        .name
}

#[test]
fn the_confirmation_names_the_cases_and_the_sweep_runs_only_after_it() {
    let (_dir, mut session) = session(0);
    let old = closed_long_ago(&mut session, "2022-05-02", &["Åsa Öberg", "Per Lind"]);
    let mut part = Retention::new(&session);
    send(&mut part, Message::Plan, &mut session);
    let Step::Confirm(plan) = part.step().clone() else {
        panic!("a confirmation, not {:?}", part.step());
    };
    let listed: Vec<_> = plan.cases.iter().map(|c| c.case_id).collect();
    assert_eq!(listed, old);
    assert_eq!(
        plan.report.per_year.get(&2022).map(|y| y.anonymised),
        Some(2)
    );
    assert_eq!(name(&session, old[0]), "Åsa Öberg", "nothing erased yet");

    send(&mut part, Message::Cancel, &mut session);
    assert_eq!(*part.step(), Step::Idle);
    assert_eq!(
        name(&session, old[0]),
        "Åsa Öberg",
        "a cancel erases nothing"
    );

    send(&mut part, Message::Plan, &mut session);
    send(&mut part, Message::Confirm, &mut session);
    assert_eq!(*part.step(), Step::Idle);
    let (words, failed) = part.notice().expect("a notice").clone();
    // Another test may switch the interface's language meanwhile: the figures are the same.
    assert!(
        !failed && words.contains('2') && words.contains("36"),
        "{words}"
    );
    for id in old {
        assert_eq!(name(&session, id), ERASED);
    }
    assert!(session.store.last_sweep().expect("last").is_some());

    // With nothing due, the dry run says so instead of asking.
    send(&mut part, Message::Plan, &mut session);
    assert_eq!(*part.step(), Step::Idle);
    let (words, failed) = part.notice().expect("a notice");
    assert!(!failed && words.contains("36"), "{words}");
}

#[test]
fn the_period_is_saved_in_whole_months_within_bounds() {
    let (_dir, mut session) = session(0);
    let mut part = Retention::new(&session);
    for (input, saved) in [("0", false), ("121", false), ("tre", false), ("48", true)] {
        send(&mut part, Message::Months(input.into()), &mut session);
        send(&mut part, Message::SaveMonths, &mut session);
        let stored = session.store.settings().expect("settings").retention.months;
        assert_eq!(stored == 48, saved, "{input}");
        assert_eq!(part.notice().map(|n| n.1), Some(!saved), "{input}");
    }
    assert_eq!(session.settings.retention.months, 48);
}

#[test]
fn an_officer_without_the_role_cannot_start_a_sweep() {
    let (_dir, mut admin) = session(0);
    let old = closed_long_ago(&mut admin, "2022-05-02", &["Åsa Öberg"]);
    let mut session = plain_officer(admin);
    let mut part = Retention::new(&session);
    send(&mut part, Message::Plan, &mut session);
    assert_eq!(*part.step(), Step::Idle);
    send(&mut part, Message::Confirm, &mut session);
    assert_eq!(name(&session, old[0]), "Åsa Öberg");
}
