//! Update-level tests of the inbox: messages in, state and actions out.

use super::*;
use crate::ui::testing::session;
use select::Notice;

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
        inbox.update(Message::RowPressed(300), &mut session),
        Action::OpenCase(_)
    ));
    assert!(matches!(
        inbox.update(Message::NewCase, &mut session),
        Action::NewCase
    ));
}

/// What the widget operations of `task` do to the search field, in order: a stand-in for the
/// field records the calls.
fn search_field_calls(task: Task<Message>) -> Vec<&'static str> {
    use iced::futures::StreamExt;
    use iced_test::core::Rectangle;
    use iced_test::core::widget::Id;
    use iced_test::core::widget::operation::{Focusable, TextInput};

    #[derive(Default)]
    struct Field(Vec<&'static str>);
    impl Focusable for Field {
        fn is_focused(&self) -> bool {
            self.0.contains(&"focus")
        }
        fn focus(&mut self) {
            self.0.push("focus");
        }
        fn unfocus(&mut self) {
            self.0.push("unfocus");
        }
    }
    impl TextInput for Field {
        fn text(&self) -> &str {
            "LindqvistK-2026-00165"
        }
        fn move_cursor_to_front(&mut self) {
            self.0.push("front");
        }
        fn move_cursor_to_end(&mut self) {
            self.0.push("end");
        }
        fn move_cursor_to(&mut self, _: usize) {
            self.0.push("move");
        }
        fn select_all(&mut self) {
            self.0.push("select_all");
        }
        fn select_range(&mut self, _: usize, _: usize) {
            self.0.push("select_range");
        }
    }

    let Some(stream) = iced_test::runtime::task::into_stream(task) else {
        return Vec::new();
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime");
    let actions: Vec<_> = runtime.block_on(stream.collect());
    let id = Id::new(SEARCH);
    let mut field = Field::default();
    for action in actions {
        if let iced_test::runtime::Action::Widget(mut op) = action {
            op.focusable(Some(&id), Rectangle::default(), &mut field);
            op.text_input(Some(&id), Rectangle::default(), &mut field);
        }
    }
    field.0
}

fn run(action: Action) -> Task<Message> {
    match action {
        Action::Run(task) => task,
        _ => panic!("a task"),
    }
}

#[test]
fn esc_and_ctrl_f_work_when_a_search_finds_nothing() {
    let (_dir, mut session) = session(60);
    let mut inbox = State::new(&session).expect("inbox");
    inbox.update(
        Message::SearchChanged("LindqvistK-2026-00165".into()),
        &mut session,
    );
    inbox.update(Message::SearchSettled(1), &mut session);
    assert!(inbox.is_empty(), "the search finds nothing");
    // Ctrl+F focuses the field and then selects its text, so that typing replaces it.
    let find = inbox.update(Message::Shortcut(Shortcut::Find), &mut session);
    assert_eq!(search_field_calls(run(find)), ["focus", "select_all"]);
    // Esc clears the search and brings every case back.
    inbox.update(Message::Shortcut(Shortcut::Escape), &mut session);
    assert_eq!(inbox.search(), "");
    assert_eq!(inbox.len(), 60);
    // A pending pause from the old search no longer counts.
    inbox.update(Message::SearchSettled(1), &mut session);
    assert_eq!(inbox.len(), 60);
}

#[test]
fn esc_clears_the_filters_when_they_find_nothing() {
    let (_dir, mut session) = session(60);
    let mut inbox = State::new(&session).expect("inbox");
    inbox.update(Message::Quick(Quick::Status(Status::New)), &mut session);
    inbox.update(
        Message::Picked(Picks {
            kind: Some(CaseKind::PersonalData),
            category: Some(Category::Fees),
            ..Picks::default()
        }),
        &mut session,
    );
    assert!(inbox.is_empty());
    let find = inbox.update(Message::Shortcut(Shortcut::Find), &mut session);
    assert_eq!(search_field_calls(run(find)), ["focus", "select_all"]);
    inbox.update(Message::Shortcut(Shortcut::Escape), &mut session);
    assert_eq!(inbox.len(), 60);
    assert_eq!((inbox.quick, inbox.picks), (Quick::All, Picks::default()));
}

#[test]
fn every_column_sorts_both_ways_in_the_stores_order() {
    let (_dir, mut session) = session(90);
    let mut inbox = State::new(&session).expect("inbox");
    for key in SortKey::ALL {
        for descending in [false, true] {
            inbox.update(Message::SortBy(key), &mut session);
            assert_eq!((inbox.sort, inbox.descending), (key, descending), "{key:?}");
            let expected = session
                .store
                .inbox_ids(&InboxFilter::default(), key, descending)
                .expect("ids");
            assert_eq!(inbox.ids, expected, "{key:?} descending: {descending}");
            assert_eq!(inbox.row(0).map(|r| r.id), expected.first().copied());
        }
    }
    // A third click on the same header goes back to ascending.
    inbox.update(Message::SortBy(SortKey::Due), &mut session);
    inbox.update(Message::SortBy(SortKey::Due), &mut session);
    inbox.update(Message::SortBy(SortKey::Due), &mut session);
    assert_eq!((inbox.sort, inbox.descending), (SortKey::Due, false));
}

#[test]
fn ctrl_and_shift_clicks_and_shift_arrows_mark_rows() {
    let (_dir, mut session) = session(60);
    let mut inbox = State::new(&session).expect("inbox");
    let ids = inbox.ids.clone();
    let ctrl = keyboard::Modifiers::CTRL;
    inbox.update(Message::ModifiersChanged(ctrl), &mut session);
    assert!(open_case(inbox.update(Message::RowPressed(2), &mut session)).is_none());
    inbox.update(Message::RowPressed(5), &mut session);
    inbox.update(Message::RowPressed(7), &mut session);
    inbox.update(Message::RowPressed(2), &mut session);
    let mut marked = inbox.marked();
    marked.sort();
    let mut expected = vec![ids[5], ids[7]];
    expected.sort();
    assert_eq!(marked, expected, "Ctrl-click toggles");
    // Shift-click: from the last row Ctrl-clicked to this one, and nothing else.
    inbox.update(
        Message::ModifiersChanged(keyboard::Modifiers::SHIFT),
        &mut session,
    );
    inbox.update(Message::RowPressed(6), &mut session);
    assert_eq!(marked_rows(&inbox), vec![2, 3, 4, 5, 6]);
    // Esc unmarks first, and a plain click opens again.
    inbox.update(Message::Shortcut(Shortcut::Escape), &mut session);
    assert!(inbox.marked().is_empty());
    inbox.update(
        Message::ModifiersChanged(keyboard::Modifiers::default()),
        &mut session,
    );
    assert_eq!(
        open_case(inbox.update(Message::RowPressed(4), &mut session)),
        Some(ids[4])
    );
    // Shift+↓ from the keyboard's row (where the last marking click left it), then Shift+↑
    // gives one back.
    assert_eq!(inbox.selected(), Some(6));
    inbox.update(Message::Shortcut(Shortcut::Down), &mut session);
    for _ in 0..3 {
        inbox.update(Message::Shortcut(Shortcut::ExtendDown), &mut session);
    }
    assert_eq!(marked_rows(&inbox), vec![7, 8, 9, 10]);
    inbox.update(Message::Shortcut(Shortcut::ExtendUp), &mut session);
    assert_eq!(marked_rows(&inbox), vec![7, 8, 9]);
    assert_eq!(inbox.selected(), Some(9));
    // A plain arrow moves on and lets the marks go.
    inbox.update(Message::Shortcut(Shortcut::Down), &mut session);
    assert!(inbox.marked().is_empty());
    // The keys: Shift+arrows outside a text field; inside one they select text instead.
    let shift = keyboard::Modifiers::SHIFT;
    let down = keyboard::Key::Named(keyboard::key::Named::ArrowDown);
    let up = keyboard::Key::Named(keyboard::key::Named::ArrowUp);
    let key = crate::ui::keys::shortcut;
    assert_eq!(key(&down, shift, false), Some(Shortcut::ExtendDown));
    assert_eq!(key(&up, shift, false), Some(Shortcut::ExtendUp));
    assert_eq!(key(&down, shift, true), None);
}

fn marked_rows(inbox: &State) -> Vec<usize> {
    (0..inbox.len()).filter(|i| inbox.is_marked(*i)).collect()
}

#[test]
fn marked_cases_are_assigned_together_and_the_bar_says_so() {
    let (_dir, mut session) = session(60);
    let mut inbox = State::new(&session).expect("inbox");
    let before = session.store.inbox_rows(&inbox.ids).expect("rows");
    let officer = session.store.officers().expect("officers")[2].clone();
    inbox.update(
        Message::ModifiersChanged(keyboard::Modifiers::CTRL),
        &mut session,
    );
    for row in [1, 4, 9, 10] {
        inbox.update(Message::RowPressed(row), &mut session);
    }
    let marked = inbox.marked();
    assert!(
        matches!(
            inbox.update(Message::AssignMarked, &mut session),
            Action::None
        ),
        "nothing happens before an officer is picked"
    );
    inbox.update(Message::AssignTo(officer.id), &mut session);
    assert!(matches!(
        inbox.update(Message::AssignMarked, &mut session),
        Action::Run(_)
    ));
    for old in &before {
        let now = session.store.case(old.id).expect("case");
        match marked.contains(&old.id) {
            true => assert_eq!(now.assignee, Some(officer.id)),
            false => assert_eq!(now.assignee, old.assignee, "{} untouched", old.number),
        }
    }
    assert!(inbox.marked().is_empty());
    assert_eq!(
        inbox.notice,
        Some(Notice::Assigned {
            count: 4,
            officer: officer.name.clone()
        })
    );
    // The list shows the new officer at once.
    let shown = inbox.row(1).expect("row");
    assert_eq!(shown.assignee_name.as_deref(), Some(officer.name.as_str()));
}

#[test]
fn due_today_and_the_pick_lists_narrow_the_list_with_the_search() {
    let (_dir, mut session) = session(150);
    // Today is the day the most urgent case falls due.
    let first = State::new(&session).expect("inbox");
    let today = first.row(0).and_then(|r| r.next_due).expect("a deadline");
    session.store.set_fixed_now(today.and_hms_opt(10, 0, 0));
    let mut inbox = State::new(&session).expect("inbox");
    let store_ids = |filter: InboxFilter, session: &Session| {
        session
            .store
            .inbox_ids(&filter, SortKey::Due, false)
            .expect("ids")
    };
    inbox.update(Message::Quick(Quick::DueToday), &mut session);
    let due = InboxFilter {
        due_on: Some(today),
        ..InboxFilter::default()
    };
    assert_eq!(inbox.ids, store_ids(due, &session));
    assert!(!inbox.is_empty(), "cases fall due on the test's day");
    assert_eq!(inbox.len() as u64, inbox.counts.due_today);
    assert!(
        (0..inbox.len())
            .filter_map(|i| inbox.row(i))
            .all(|r| r.next_due == Some(today))
    );
    inbox.update(Message::Quick(Quick::All), &mut session);
    let sample = inbox.row(3).expect("row").clone();
    let picks = Picks {
        officer: sample.assignee,
        category: sample.category,
        kind: Some(sample.kind),
    };
    inbox.update(Message::Picked(picks), &mut session);
    let picked = InboxFilter {
        assignee: picks.officer,
        category: picks.category,
        kind: picks.kind,
        ..InboxFilter::default()
    };
    assert_eq!(inbox.ids, store_ids(picked.clone(), &session));
    assert!(inbox.ids.contains(&sample.id) && inbox.len() < 150);
    // With a status from the sidebar, and a search, on top.
    inbox.update(Message::Quick(Quick::Status(sample.status)), &mut session);
    inbox.update(
        Message::SearchChanged(sample.number.to_string()),
        &mut session,
    );
    let generation = inbox.search_generation;
    inbox.update(Message::SearchSettled(generation), &mut session);
    assert_eq!(inbox.ids, vec![sample.id]);
    // "Mine" and a picked officer: the one chosen last wins.
    inbox.update(Message::Quick(Quick::Mine), &mut session);
    assert_eq!(inbox.picks.officer, None);
    inbox.update(Message::ClearFilters, &mut session);
    assert_eq!((inbox.quick, inbox.picks), (Quick::All, Picks::default()));
}

#[test]
fn a_search_with_more_matches_than_it_shows_says_how_many_there_are() {
    let (_dir, mut session) = session(SEARCH_CANDIDATES + 150);
    let mut inbox = State::new(&session).expect("inbox");
    let search = |status| InboxFilter {
        status,
        search: Some("jag".to_owned()),
        ..InboxFilter::default()
    };
    let all = session.store.search_count(&search(None)).expect("count");
    assert!(all > u64::from(SEARCH_CANDIDATES), "{all}");
    inbox.update(Message::SearchChanged("jag".to_owned()), &mut session);
    let action = inbox.update(Message::SearchSettled(1), &mut session);
    assert_eq!(inbox.len(), SEARCH_CANDIDATES as usize, "the newest");
    assert_eq!(
        inbox.search_hits,
        Some(Hits::Counting),
        "the list does not wait"
    );
    let Action::Run(task) = action else {
        panic!("the count runs as a task")
    };
    let counted: Vec<Message> = crate::ui::job::finish(task)
        .into_iter()
        .filter(|m| matches!(m, Message::Counted { .. }))
        .collect();
    assert_eq!(counted.len(), 1, "{counted:?}");
    // A count for an older selection is dropped; the current one is shown.
    let stale = Message::Counted {
        generation: 0,
        hits: Ok(1),
    };
    inbox.update(stale, &mut session);
    assert_eq!(inbox.search_hits, Some(Hits::Counting));
    for m in counted {
        inbox.update(m, &mut session);
    }
    assert_eq!(
        inbox.search_hits,
        Some(Hits::Counted(all)),
        "how many in all"
    );
    // Narrowed by a status, every match is in the list and no count is needed.
    inbox.update(Message::Quick(Quick::Status(Status::Closed)), &mut session);
    let closed = session
        .store
        .search_count(&search(Some(Status::Closed)))
        .expect("count");
    assert!(closed < u64::from(SEARCH_CANDIDATES), "{closed}");
    assert_eq!(inbox.len() as u64, closed);
    assert_eq!(inbox.search_hits, None, "nothing to count");
}
