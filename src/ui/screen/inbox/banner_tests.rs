//! Update-level tests of the inbox's retention banner: shown to whoever may sweep when cases
//! are past the period and no sweep ran lately, gone after a sweep, and its button opening
//! the retention settings.

use super::*;
use crate::ui::testing::{closed_long_ago, plain_officer, session};

#[test]
fn the_banner_reminds_of_a_due_sweep_until_one_runs() {
    let (_dir, mut session) = session(0);
    assert_eq!(State::new(&session).expect("inbox").retention_due(), None);
    closed_long_ago(&mut session, "2022-05-02", &["Åsa Öberg", "Per Lind"]);
    closed_long_ago(&mut session, "2026-10-01", &["Kim Berg"]);
    let mut inbox = State::new(&session).expect("inbox");
    assert_eq!(inbox.retention_due(), Some(2), "the recent case is not due");
    assert!(matches!(
        inbox.update(Message::OpenRetention, &mut session),
        Action::Retention
    ));
    session.store.retention_sweep(false).expect("sweep");
    let _scroll = inbox.refresh(&session).expect("refresh");
    assert_eq!(inbox.retention_due(), None, "a sweep just ran");
}

#[test]
fn the_banner_waits_a_month_after_a_sweep_and_is_not_for_officers() {
    let (_dir, mut session) = session(0);
    let first = closed_long_ago(&mut session, "2022-05-02", &["Åsa Öberg"]);
    session
        .store
        .set_legal_hold(first[0], "Tvist i tingsrätten")
        .expect("hold");
    assert_eq!(
        State::new(&session).expect("inbox").retention_due(),
        None,
        "a case under a marked claim is not due"
    );
    closed_long_ago(&mut session, "2022-05-03", &["Per Lind"]);
    session.store.retention_sweep(false).expect("sweep");
    closed_long_ago(&mut session, "2022-05-04", &["Eva Holm"]);
    assert_eq!(State::new(&session).expect("inbox").retention_due(), None);
    let later = crate::ui::testing::now() + chrono::Days::new(30);
    session.store.set_fixed_now(Some(later));
    assert_eq!(
        State::new(&session).expect("inbox").retention_due(),
        Some(1)
    );
    let officer = plain_officer(session);
    assert_eq!(State::new(&officer).expect("inbox").retention_due(), None);
}
