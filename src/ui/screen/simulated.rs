//! Simulator tests: the real views, driven through their widgets (selected by id, never by
//! translated text), with the resulting messages fed back to `update`.

use iced::keyboard::key::Named;
use iced_test::{Error, selector, simulator};

use super::{case, inbox, new_case, unlock};
use crate::ui::testing::{PASSPHRASE, session};
use crate::ui::{Handoff, Session};

/// Runs the store-opening task of the unlock screen to completion, as iced's executor would.
fn open(
    path: &std::path::Path,
    passphrase: &str,
) -> Result<Handoff<Session>, klagomal_core::store::StoreError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime");
    let passphrase = zeroize::Zeroizing::new(passphrase.to_owned());
    runtime.block_on(super::open_session(
        path.to_owned(),
        None,
        passphrase,
        false,
    ))
}

#[test]
fn unlock_with_a_wrong_then_the_right_passphrase() -> Result<(), Error> {
    let (dir, session) = session(0);
    drop(session);
    let path = dir.path().join("ui.db");
    let mut screen = unlock::State::new(&path, None);
    for (typed, should_open) in [("fel lösenfras", false), (PASSPHRASE, true)] {
        let mut ui = simulator(screen.view());
        ui.click(selector::id(unlock::PASSPHRASE))?;
        let _ = ui.typewrite(typed);
        let _ = ui.tap_key(Named::Enter);
        let messages: Vec<_> = ui.into_messages().collect();
        assert!(matches!(messages.last(), Some(unlock::Message::Submit)));
        let mut submitted = false;
        for m in messages {
            submitted |= matches!(screen.update(m, &path), unlock::Action::Run(_));
        }
        assert!(submitted && screen.is_busy());
        let action = screen.update(unlock::Message::Opened(open(&path, typed)), &path);
        assert_eq!(
            matches!(action, unlock::Action::Unlocked(_)),
            should_open,
            "{typed}"
        );
        assert_eq!(screen.error().is_some(), !should_open);
    }
    Ok(())
}

#[test]
fn the_search_field_narrows_the_inbox() -> Result<(), Error> {
    let (_dir, mut session) = session(150);
    let mut inbox = inbox::State::new(&session).expect("inbox");
    let number = inbox.row(3).expect("row").number.to_string();
    let mut ui = simulator(inbox.view(&session));
    ui.click(selector::id(inbox::SEARCH))?;
    let _ = ui.typewrite(&number);
    let messages: Vec<_> = ui.into_messages().collect();
    assert_eq!(
        messages.len(),
        number.chars().count(),
        "one message per keystroke"
    );
    for m in messages {
        inbox.update(m, &mut session);
    }
    assert_eq!(inbox.search(), number);
    // The debounce task would deliver this after the pause in typing.
    let generation = number.chars().count() as u64;
    inbox.update(inbox::Message::SearchSettled(generation), &mut session);
    assert_eq!(inbox.len(), 1);
    assert_eq!(inbox.row(0).map(|r| r.number.to_string()), Some(number));
    Ok(())
}

#[test]
fn a_new_case_with_an_invalid_personnummer_is_refused_and_a_valid_one_is_saved() -> Result<(), Error>
{
    let (_dir, mut session) = session(5);
    let mut screen = new_case::State::new(&session);
    let type_into = |screen: &new_case::State,
                     session: &Session,
                     id: &'static str,
                     text: &str|
     -> Result<Vec<new_case::Message>, Error> {
        let mut ui = simulator(screen.view(session));
        ui.click(selector::id(id))?;
        let _ = ui.typewrite(text);
        Ok(ui.into_messages().collect())
    };
    let fill = [
        (
            super::case_form::FIRST_FIELD,
            "Otrevligt bemötande i telefon",
        ),
        (super::case_form::NAME, "Åsa Öberg"),
        (super::case_form::ID_NUMBER, "811218-9877"),
    ];
    for (id, text) in fill {
        for m in type_into(&screen, &session, id, text)? {
            screen.update(m, &mut session);
        }
    }
    let save =
        |screen: &mut new_case::State, session: &mut Session| -> Result<new_case::Action, Error> {
            let mut ui = simulator(screen.view(session));
            ui.click(selector::id(new_case::SAVE))?;
            let mut last = new_case::Action::None;
            for m in ui.into_messages().collect::<Vec<_>>() {
                last = screen.update(m, session);
            }
            Ok(last)
        };
    assert!(
        matches!(save(&mut screen, &mut session)?, new_case::Action::None),
        "refused"
    );
    assert_eq!(session.store.case_count().expect("count"), 5);
    let wrong = klagomal_core::domain::ProblemKind::IdNumber(
        klagomal_core::domain::IdNumberProblem::Checksum,
    );
    assert!(screen.form().problems().iter().any(|p| p.kind == wrong));

    // Correct the check digit: erase it and type the right one.
    let mut ui = simulator(screen.view(&session));
    ui.click(selector::id(super::case_form::ID_NUMBER))?;
    let _ = ui.tap_key(Named::End);
    let _ = ui.tap_key(Named::Backspace);
    let _ = ui.typewrite("6");
    for m in ui.into_messages().collect::<Vec<_>>() {
        screen.update(m, &mut session);
    }
    let new_case::Action::Saved(id) = save(&mut screen, &mut session)? else {
        panic!("a valid case is saved: {:?}", screen.form().problems());
    };
    let inbox = inbox::State::new(&session).expect("inbox");
    assert!(
        (0..inbox.len()).any(|i| inbox.row(i).is_some_and(|r| r.id == id)),
        "the new case is in the inbox"
    );
    let saved = session.store.case(id).expect("case");
    assert_eq!(
        saved.details.complainant.id_number.map(|i| i.short()),
        Some("811218-9876".into())
    );
    Ok(())
}

#[test]
fn a_note_added_in_the_case_view_is_in_the_store() -> Result<(), Error> {
    let (_dir, mut session) = session(3);
    let id = session
        .store
        .inbox_ids(&Default::default(), Default::default(), false)
        .expect("ids")[0];
    let before = session.store.notes(id).expect("notes").len();
    let mut view = case::State::new(id, &session).expect("case");
    view.update(case::Message::Tab(case::Tab::Notes), &mut session);
    let mut ui = simulator(view.view(&session));
    ui.click(selector::id(case::NOTE_TEXT))?;
    let _ = ui.typewrite("Kontrollerat betalningen – 2 400 kr kom in den 12 mars.");
    for m in ui.into_messages().collect::<Vec<_>>() {
        view.update(m, &mut session);
    }
    let mut ui = simulator(view.view(&session));
    ui.click(selector::id(case::ADD_NOTE))?;
    for m in ui.into_messages().collect::<Vec<_>>() {
        view.update(m, &mut session);
    }
    let notes = session.store.notes(id).expect("notes");
    assert_eq!(notes.len(), before + 1);
    assert_eq!(
        notes.last().map(|n| n.text.as_str()),
        Some("Kontrollerat betalningen – 2 400 kr kom in den 12 mars.")
    );
    Ok(())
}

#[test]
fn a_missing_prisbasbelopp_is_announced_in_the_inbox_with_a_way_to_add_it() -> Result<(), Error> {
    let (_dir, mut session) = session(3);
    let year = chrono::Datelike::year(&session.store.today());
    let inbox_screen = inbox::State::new(&session).expect("inbox");
    let mut ui = simulator(inbox_screen.view(&session));
    assert!(
        ui.click(selector::id(inbox::ADD_PRISBASBELOPP)).is_err(),
        "no warning while {year} has a figure"
    );
    session.settings.prisbasbelopp.remove(&year);
    let mut inbox_screen = inbox::State::new(&session).expect("inbox");
    let mut ui = simulator(inbox_screen.view(&session));
    ui.click(selector::id(inbox::ADD_PRISBASBELOPP))?;
    let messages: Vec<_> = ui.into_messages().collect();
    assert!(matches!(messages[..], [inbox::Message::OpenSettings]));
    for m in messages {
        assert!(matches!(
            inbox_screen.update(m, &mut session),
            inbox::Action::Settings
        ));
    }
    Ok(())
}
