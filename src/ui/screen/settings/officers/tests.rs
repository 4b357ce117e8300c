//! The officers part: adding, roles, removing (a rekey), and the last administrator.

use super::*;
use crate::ui::testing::session;

const NEW: &str = "fyra ord som inte hör ihop";

/// Sends a message; the task it returns (a change on its own connection) is run by
/// `finish` where the test needs it.
fn send(part: &mut Officers, message: Message, session: &mut Session) {
    let _ = part.update(message, session);
}

/// Runs a change's task to completion, as iced's executor would.
fn finish(task: Change, session: &Session) -> Result<Handoff<Store>, StoreError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(apart(session.reopen(), task))
}

#[test]
fn an_administrator_adds_sets_roles_and_removes_an_officer() {
    let (_dir, mut session) = session(0);
    let mut part = Officers::new(&session);
    send(&mut part, Message::Name("Olle Ek".into()), &mut session);
    send(&mut part, Message::Passphrase(NEW.into()), &mut session);
    assert!(part.add_refusal().is_some(), "not repeated yet");
    send(&mut part, Message::Repeat(NEW.into()), &mut session);
    assert!(part.add_refusal().is_none());
    let _task = part.update(Message::Add, &mut session);
    assert!(part.is_busy());
    let change = Change::Add {
        name: "Olle Ek".into(),
        title: String::new(),
        roles: BTreeSet::from([Role::Officer]),
        passphrase: Zeroizing::new(NEW.into()),
    };
    let result = finish(change, &session);
    send(
        &mut part,
        Message::Done(Done::Added("Olle Ek".into()), result),
        &mut session,
    );
    // Whatever the language other tests left the loader in, the notice names Olle.
    let (notice, error) = part.outcome();
    assert!(notice.is_some_and(|n| n.contains("Olle Ek")) && error.is_none());
    let olle = session
        .officers
        .iter()
        .find(|o| o.name == "Olle Ek")
        .expect("added")
        .id;
    assert!(part.signing_in.contains(&olle), "Olle can sign in");

    send(
        &mut part,
        Message::SetRole(olle, Role::Manager, true),
        &mut session,
    );
    assert!(
        session
            .store
            .officer(olle)
            .expect("olle")
            .may(Role::Manager)
    );

    send(&mut part, Message::Remove(olle), &mut session);
    let result = finish(Change::Remove(olle), &session);
    send(&mut part, Message::ConfirmRemove, &mut session);
    send(
        &mut part,
        Message::Done(Done::Removed("Olle Ek".into()), result),
        &mut session,
    );
    assert!(!session.store.officer(olle).expect("kept").active);
    // The session's store now holds the new key.
    assert!(session.store.case_count().is_ok());
    assert!(session.open_again().is_ok());
}

#[test]
fn the_last_administrator_keeps_the_role_and_is_told_why() {
    let (_dir, mut session) = session(0);
    let mut part = Officers::new(&session);
    let me = session.store.actor();
    send(
        &mut part,
        Message::SetRole(me, Role::Admin, false),
        &mut session,
    );
    assert!(session.may(Role::Admin));
    assert!(part.outcome().1.is_some(), "refused, and told why");
}
