//! The app as a whole: entering, locking and auto-lock, going back to the inbox, keys.

use super::*;
use crate::ui::screen::case_form;
use crate::ui::testing::session;
use iced::keyboard::{Key, key::Named};

fn unlocked_app(cases: u32) -> (tempfile::TempDir, App) {
    let (dir, session) = session(cases);
    let options = Options {
        store: dir.path().join("ui.db"),
        demo_passphrase: None,
    };
    let mut app = App {
        options,
        session: None,
        screen: Screen::Unlock(unlock::State::default()),
        stash: None,
        parked_inbox: None,
        trail: Vec::new(),
        dropped: Vec::new(),
        last_input: SystemTime::now(),
        error: None,
        pending_backup: None,
    };
    let _ = app.enter(session);
    (dir, app)
}

#[test]
fn entering_shows_the_inbox_and_the_title_names_the_store() {
    let (_dir, app) = unlocked_app(10);
    assert!(matches!(app.screen, Screen::Inbox(_)));
    assert!(app.title().contains("ui.db"), "{}", app.title());
}

#[test]
fn locking_drops_the_session_and_keeps_an_unsaved_form() {
    let (_dir, mut app) = unlocked_app(5);
    let _ = app.update(Message::Key(Shortcut::NewCase));
    assert!(matches!(app.screen, Screen::NewCase(_)));
    let typed =
        case_form::Message::Text(case_form::TextField::Subject, "Halvskrivet ärende".into());
    let _ = app.update(Message::NewCase(new_case::Message::Form(typed)));
    let _ = app.update(Message::Key(Shortcut::Lock));
    assert!(app.session.is_none(), "the store is closed");
    assert!(matches!(app.screen, Screen::Unlock(_)));
    assert!(
        matches!(app.stash, Some(Screen::NewCase(_))),
        "the unsaved form is kept"
    );
    // Messages for screens that are gone do nothing.
    let _ = app.update(Message::Inbox(inbox::Message::NewCase));
    assert!(matches!(app.screen, Screen::Unlock(_)));
}

#[test]
fn back_from_a_case_finds_the_inbox_as_it_was() {
    let (_dir, mut app) = unlocked_app(40);
    let _ = app.update(Message::Inbox(inbox::Message::Quick(inbox::Quick::Status(
        klagomal_core::domain::Status::Closed,
    ))));
    let _ = app.update(Message::Key(Shortcut::Down));
    let _ = app.update(Message::Key(Shortcut::Down));
    let closed = match &app.screen {
        Screen::Inbox(i) => i.len(),
        _ => 0,
    };
    let _ = app.update(Message::Key(Shortcut::Enter));
    assert!(matches!(app.screen, Screen::Case(_)));
    let _ = app.update(Message::Key(Shortcut::Escape));
    let Screen::Inbox(inbox) = &app.screen else {
        panic!("back in the inbox");
    };
    assert_eq!(
        (inbox.len(), inbox.selected()),
        (closed, Some(1)),
        "same filter and selection"
    );
}

/// The case number of the case screen shown, if one is.
fn shown_case(app: &App) -> Option<String> {
    match &app.screen {
        Screen::Case(c) => Some(c.number()),
        _ => None,
    }
}

#[test]
fn back_returns_to_where_the_officer_came_from() {
    let (_dir, mut app) = unlocked_app(5);
    let id = klagomal_core::domain::CaseId(2);
    let _ = app.open_case(id);
    let number = shown_case(&app);
    assert!(number.is_some());
    // Settings opened from the case: back (button or Esc) returns to the case.
    let _ = app.update(Message::OpenSettings);
    assert!(matches!(app.screen, Screen::Settings(_)));
    let _ = app.update(Message::Settings(settings::Message::Back));
    assert_eq!(shown_case(&app), number, "back in the case");
    let _ = app.update(Message::OpenSettings);
    let _ = app.update(Message::Key(Shortcut::Escape));
    assert_eq!(shown_case(&app), number, "Esc too");
    // A new case started from the case and cancelled: back in the case.
    let _ = app.update(Message::Key(Shortcut::NewCase));
    let _ = app.update(Message::NewCase(new_case::Message::Cancel));
    assert_eq!(shown_case(&app), number);
    // From the case, back goes to the inbox; settings from the inbox return there.
    let _ = app.update(Message::Case(case::Message::Back));
    assert!(matches!(app.screen, Screen::Inbox(_)));
    let _ = app.update(Message::OpenSettings);
    let _ = app.update(Message::Settings(settings::Message::Back));
    assert!(matches!(app.screen, Screen::Inbox(_)));
}

#[test]
fn the_person_view_opens_from_a_case_and_from_the_top_bar_and_back_leads_back() {
    let (_dir, mut app) = unlocked_app(5);
    let id = klagomal_core::domain::CaseId(3);
    let _ = app.open_case(id);
    let number = shown_case(&app);
    let query = match &app.screen {
        Screen::Case(c) => c.person_query(),
        _ => None,
    };
    assert!(
        query.is_some(),
        "a demo complainant has an identifier or a name"
    );
    let task = app.update(Message::Case(case::Message::ShowPerson));
    assert!(matches!(app.screen, Screen::Person(_)));
    for m in job::finish(task) {
        let _ = app.update(m);
    }
    let Screen::Person(person) = &app.screen else {
        panic!("the person view");
    };
    let found: Vec<_> = person.cases().iter().map(|f| f.matched.case_id).collect();
    let confirm: Vec<_> = person
        .to_confirm()
        .iter()
        .map(|f| f.matched.case_id)
        .collect();
    assert!(
        found.contains(&id) || confirm.contains(&id),
        "searched by the case's complainant"
    );
    // A case opened from the person view goes back to it.
    let _ = app.update(Message::Person(screen::person::Message::OpenCase(id)));
    assert_eq!(shown_case(&app), number);
    let _ = app.update(Message::Key(Shortcut::Escape));
    assert!(
        matches!(app.screen, Screen::Person(_)),
        "back in the person view"
    );
    let _ = app.update(Message::Key(Shortcut::Escape));
    assert_eq!(shown_case(&app), number, "and then in the case");
    let _ = app.update(Message::Case(case::Message::Back));
    let _ = app.update(Message::OpenPeople);
    assert!(matches!(&app.screen, Screen::Person(p) if p.cases().is_empty()));
    let _ = app.update(Message::Person(screen::person::Message::Back));
    assert!(matches!(app.screen, Screen::Inbox(_)));
}

#[test]
fn a_case_opened_from_the_import_summary_goes_back_to_it() {
    let (_dir, mut app) = unlocked_app(3);
    let _ = app.update(Message::Inbox(inbox::Message::Import));
    assert!(matches!(app.screen, Screen::Import(_)));
    let id = klagomal_core::domain::CaseId(1);
    let _ = app.update(Message::Import(import::Message::OpenCase(id)));
    assert!(shown_case(&app).is_some(), "the case opens");
    let _ = app.update(Message::Case(case::Message::Back));
    assert!(
        matches!(app.screen, Screen::Import(_)),
        "back to the summary"
    );
    let _ = app.update(Message::Import(import::Message::Back));
    assert!(matches!(app.screen, Screen::Inbox(_)));
}

#[test]
fn the_app_locks_itself_after_the_idle_time_only() {
    let (_dir, mut app) = unlocked_app(3);
    let _ = app.update(Message::Tick);
    assert!(app.session.is_some(), "just used: stays open");
    let minutes = app
        .session
        .as_ref()
        .map_or(0, |s| u64::from(s.settings.auto_lock_minutes));
    assert_eq!(minutes, 10, "ten minutes by default");
    // The wall clock moved on, as across a machine's sleep.
    app.last_input = SystemTime::now()
        .checked_sub(Duration::from_secs(minutes * 60 + 1))
        .unwrap_or_else(SystemTime::now);
    let _ = app.update(Message::Tick);
    assert!(app.session.is_none(), "idle too long: locked");
}

#[test]
fn keys_map_to_shortcuts() {
    use keyboard::Modifiers;
    let ctrl = Modifiers::CTRL;
    let none = Modifiers::empty();
    let table = [
        (
            Key::Character("f".into()),
            ctrl,
            false,
            Some(Shortcut::Find),
        ),
        (
            Key::Character("n".into()),
            ctrl,
            true,
            Some(Shortcut::NewCase),
        ),
        (Key::Character("l".into()), ctrl, true, Some(Shortcut::Lock)),
        (Key::Character("l".into()), none, false, None),
        (
            Key::Named(Named::ArrowDown),
            none,
            false,
            Some(Shortcut::Down),
        ),
        (Key::Named(Named::ArrowDown), none, true, None),
        (Key::Named(Named::Enter), none, false, Some(Shortcut::Enter)),
        (
            Key::Named(Named::Escape),
            none,
            true,
            Some(Shortcut::Escape),
        ),
        (
            Key::Named(Named::Tab),
            none,
            true,
            Some(Shortcut::FocusNext),
        ),
        (
            Key::Named(Named::Tab),
            Modifiers::SHIFT,
            false,
            Some(Shortcut::FocusPrevious),
        ),
    ];
    for (key, modifiers, captured, expected) in table {
        assert_eq!(
            shortcut(&key, modifiers, captured),
            expected,
            "{key:?} {modifiers:?} {captured}"
        );
    }
}

#[test]
fn settings_are_not_left_while_a_change_to_the_officers_runs() {
    use crate::ui::screen::settings::officers;
    let (_dir, mut app) = unlocked_app(0);
    let _ = app.update(Message::OpenSettings);
    let strong = "fyra ord som inte hör ihop";
    for m in [
        officers::Message::Mine(strong.into()),
        officers::Message::MineRepeat(strong.into()),
        officers::Message::ChangeMine,
    ] {
        let _ = app.update(Message::Settings(settings::Message::Officers(m)));
    }
    let _ = app.update(Message::Key(Shortcut::Escape));
    let _ = app.update(Message::Settings(settings::Message::Back));
    assert!(matches!(app.screen, Screen::Settings(_)), "still waiting");
}

#[test]
fn the_window_backs_up_when_due_and_on_locking_and_the_inbox_knows() {
    let (dir, mut app) = unlocked_app(2);
    let folder = dir.path().join("kopior");
    std::fs::create_dir(&folder).expect("folder");
    // No folder chosen: nothing is made, and nothing runs.
    assert!(job::finish(app.back_up(backup::Occasion::Due)).is_empty());
    let session = app.session.as_mut().expect("session");
    assert_eq!(session.backup.last, None);
    let mut settings = session.settings.clone();
    settings.backup.folder = folder.display().to_string();
    session.store.save_settings(&settings).expect("saved");
    session.settings = settings;
    // Due (none yet): made in the background; its outcome reaches the session.
    for m in job::finish(app.back_up(backup::Occasion::Due)) {
        let _ = app.update(m);
    }
    let status = app
        .session
        .as_ref()
        .map(|s| s.backup.clone())
        .expect("session");
    assert!(status.last.is_some() && status.failed.is_none() && !status.running);
    assert_eq!(
        klagomal_core::store::list_backups(&folder)
            .expect("list")
            .len(),
        1
    );
    // Not due again the same day.
    assert!(job::finish(app.back_up(backup::Occasion::Due)).is_empty());
    // Locking makes one more, which finishes after the session is gone and is shown next time.
    let task = app.lock();
    assert!(app.session.is_none());
    for m in job::finish(task) {
        let _ = app.update(m);
    }
    assert!(matches!(app.pending_backup, Some(Ok(_))));
    // An unreachable folder is said, not hidden.
    std::fs::remove_dir_all(&folder).expect("gone");
    let options = klagomal_core::store::OpenOptions {
        fixed_now: Some(crate::ui::testing::now()),
        ..Default::default()
    };
    let store = klagomal_core::store::Store::open(
        &dir.path().join("ui.db"),
        klagomal_core::store::Secret::Passphrase(crate::ui::testing::PASSPHRASE),
        &options,
    )
    .expect("reopened");
    let _ = app.enter(Session::new(store).expect("session"));
    assert!(app.pending_backup.is_none());
    let outcome = job::finish(app.back_up(backup::Occasion::Lock));
    for m in outcome {
        let _ = app.update(m);
    }
    let failed = app.session.as_ref().and_then(|s| s.backup.failed.clone());
    assert!(failed.is_some(), "the failure is kept for the inbox");
}
