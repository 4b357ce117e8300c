//! Update-level tests of the inbox: messages in, state and actions out.

use super::*;
use crate::ui::testing::session;

fn open_case(action: Action) -> Option<CaseId> {
    match action {
        Action::OpenCase(id) => Some(id),
        _ => None,
    }
}

#[test]
fn starts_with_every_case_soonest_deadline_first() {
    let (_dir, session) = session(120);
    let inbox = State::new(&session).expect("inbox");
    assert_eq!(inbox.len(), 120);
    let dues: Vec<_> = (0..20)
        .filter_map(|i| inbox.row(i))
        .map(|r| r.next_due.unwrap_or(NaiveDate::MAX))
        .collect();
    assert!(dues.windows(2).all(|w| w[0] <= w[1]));
    assert!(inbox.row(0).is_some(), "the first rows are loaded");
    assert!(
        inbox.row(119).is_none(),
        "rows far below are not read until scrolled to"
    );
}

#[test]
fn searching_narrows_the_list_after_the_debounce() {
    let (_dir, mut session) = session(120);
    let mut inbox = State::new(&session).expect("inbox");
    let name = inbox.row(0).expect("row").complainant.clone();
    let action = inbox.update(Message::SearchChanged(name.clone()), &mut session);
    assert!(
        matches!(action, Action::Run(_)),
        "the search waits for a pause in typing"
    );
    assert_eq!(inbox.len(), 120, "nothing happens before the pause");
    // A keystroke after the first makes the first pause stale.
    inbox.update(Message::SearchChanged(format!("{name} ")), &mut session);
    inbox.update(Message::SearchSettled(1), &mut session);
    assert_eq!(inbox.len(), 120, "a stale pause is ignored");
    inbox.update(Message::SearchSettled(2), &mut session);
    assert!(
        inbox.len() < 120 && !inbox.is_empty(),
        "{} cases",
        inbox.len()
    );
    assert!(
        (0..inbox.len())
            .filter_map(|i| inbox.row(i))
            .any(|r| r.complainant == name)
    );
}

#[test]
fn quick_filters_and_sorting() {
    let (_dir, mut session) = session(150);
    let mut inbox = State::new(&session).expect("inbox");
    inbox.update(Message::Quick(Quick::Status(Status::Closed)), &mut session);
    assert!(!inbox.is_empty() && inbox.len() < 150);
    assert!(
        (0..inbox.len().min(30))
            .filter_map(|i| inbox.row(i))
            .all(|r| r.status == Status::Closed)
    );
    inbox.update(Message::Quick(Quick::Overdue), &mut session);
    let today = session.store.today();
    assert!(
        (0..inbox.len().min(30))
            .filter_map(|i| inbox.row(i))
            .all(|r| r.next_due.is_some_and(|d| d < today))
    );
    inbox.update(Message::Quick(Quick::All), &mut session);
    inbox.update(Message::SortBy(SortKey::Number), &mut session);
    let first = inbox.row(0).expect("row").number;
    inbox.update(Message::SortBy(SortKey::Number), &mut session);
    let last = inbox.row(0).expect("row").number;
    assert!(first < last, "clicking the header again reverses the order");
}

#[test]
fn the_keyboard_moves_the_selection_and_enter_opens() {
    let (_dir, mut session) = session(60);
    let mut inbox = State::new(&session).expect("inbox");
    assert!(open_case(inbox.update(Message::Shortcut(Shortcut::Enter), &mut session)).is_none());
    inbox.update(Message::Shortcut(Shortcut::Down), &mut session);
    inbox.update(Message::Shortcut(Shortcut::Down), &mut session);
    inbox.update(Message::Shortcut(Shortcut::Up), &mut session);
    assert_eq!(inbox.selected(), Some(0));
    inbox.update(Message::Shortcut(Shortcut::Down), &mut session);
    let expected = inbox.row(1).expect("row").id;
    assert_eq!(
        open_case(inbox.update(Message::Shortcut(Shortcut::Enter), &mut session)),
        Some(expected)
    );
    // Moving far down scrolls the list and loads the rows there.
    for _ in 0..50 {
        inbox.update(Message::Shortcut(Shortcut::Down), &mut session);
    }
    assert_eq!(inbox.selected(), Some(51));
    assert!(inbox.row(51).is_some());
    assert!(matches!(
        inbox.update(Message::Shortcut(Shortcut::Find), &mut session),
        Action::Run(_)
    ));
}

#[test]
fn scrolling_loads_only_the_rows_in_view() {
    let (_dir, mut session) = session(400);
    let mut inbox = State::new(&session).expect("inbox");
    let offset = 300.0 * crate::ui::style::ROW_HEIGHT;
    inbox.update(
        Message::Scrolled {
            offset,
            height: 600.0,
        },
        &mut session,
    );
    assert!(inbox.row(300).is_some() && inbox.row(310).is_some());
    assert!(inbox.row(150).is_none());
    assert!(inbox.rows.len() < 80, "{} rows cached", inbox.rows.len());
    assert!(matches!(
        inbox.update(Message::Open(300), &mut session),
        Action::OpenCase(_)
    ));
    assert!(matches!(
        inbox.update(Message::NewCase, &mut session),
        Action::NewCase
    ));
}
