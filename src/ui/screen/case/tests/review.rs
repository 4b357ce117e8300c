//! The review in the case view: the author submits a final answer and cannot approve it; a
//! complaints manager returns it with a comment, then approves the next one.

use super::super::review as panel;
use super::*;
use klagomal_core::domain::{LetterKind, NoteKind, Role};
use klagomal_core::store::{NewOfficer, OpenOptions, Secret, Store};

#[test]
fn a_final_answer_is_returned_then_approved_by_another_officer() -> Result<(), iced_test::Error> {
    let (_dir, mut session) = session(0);
    let id = new_case(&mut session);
    let author = session.store.actor();
    let passphrase = "granskarens egen långa lösenfras";
    let roles = std::collections::BTreeSet::from([Role::Officer, Role::Manager]);
    let manager = session
        .store
        .add_officer(NewOfficer {
            name: "Karin Holm",
            title: "Klagomålsansvarig",
            roles: &roles,
            passphrase: Some(passphrase),
        })
        .expect("officer");
    session.officers = session.store.officers().expect("officers");
    // Karin signs in on her own machine.
    let secret = Secret::Officer {
        name: "Karin Holm",
        passphrase,
    };
    let store = Store::open(session.store.path(), secret, &OpenOptions::default()).expect("karin");
    let karin = Session::new(store).expect("session");
    let mut view = State::new(id, &session).expect("case");
    let submit = |view: &mut State, session: &mut Session| {
        let letter = |m| Message::Letters(m);
        view.update(Message::Tab(Tab::Letters), session);
        view.update(
            letter(letters::Message::Kind(LetterKind::FinalAnswer)),
            session,
        );
        view.update(letter(letters::Message::Fill), session);
        settle(view, letter(letters::Message::Create), session);
    };
    submit(&mut view, &mut session);
    assert_eq!(view.case().status, Status::AwaitingReview);
    assert!(shows(&view, &session, panel::APPROVE), "the draft is shown");
    // The author's approve button does nothing.
    assert!(through_the_window(&view, &session, panel::APPROVE, None)?.is_empty());

    // The complaints manager opens the case from the queue and returns it.
    let (mut eva, mut session) = (session, karin);
    let mut view = State::new(id, &session).expect("case");
    assert!(
        through_the_window(&view, &session, panel::RETURN, None)?.is_empty(),
        "no comment, no return"
    );
    for m in through_the_window(
        &view,
        &session,
        panel::COMMENT,
        Some("Hänvisa till avtalet."),
    )? {
        view.update(m, &mut session);
    }
    for m in through_the_window(&view, &session, panel::RETURN, None)? {
        view.update(m, &mut session);
    }
    assert_eq!(view.case().status, Status::UnderInvestigation);
    assert!(!shows(&view, &session, panel::APPROVE), "nothing waits");
    let notes = session.store.notes(id).expect("notes");
    assert!(
        notes
            .iter()
            .any(|n| n.kind == NoteKind::Review && n.text == "Hänvisa till avtalet."),
        "{notes:?}"
    );

    // The author submits again; the manager approves.
    let mut view = State::new(id, &eva).expect("case");
    submit(&mut view, &mut eva);
    let mut view = State::new(id, &session).expect("case");
    let clicked = through_the_window(&view, &session, panel::APPROVE, None)?;
    assert!(!clicked.is_empty(), "the manager may approve");
    for m in clicked {
        view.update(m, &mut session);
    }
    assert_eq!(view.case().status, Status::Answered);
    let kept = session.store.letters(id).expect("letters");
    assert_eq!(kept.len(), 1);
    assert_eq!(
        (kept[0].officer, kept[0].approved_by),
        (author, Some(manager))
    );
    Ok(())
}
