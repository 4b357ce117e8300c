//! Update-level tests of the person view: searching, confirming name matches, the roles that
//! may erase, the dry run's confirmation, legal holds, and the register extract's note review.

use std::collections::BTreeSet;

use super::*;
use crate::ui::testing::session;
use klagomal_core::domain::{CaseDetails, Channel, IdNumber, NewNote, NoteKind, Role, Status};
use klagomal_core::store::NewOfficer;

const ID: &str = "811218-9876";

/// Sends a message and every message its tasks produce in turn, as iced's runtime would.
fn send(view: &mut State, message: Message, session: &mut Session) {
    let mut queue = vec![message];
    while let Some(m) = queue.pop() {
        if let Action::Run(task) = view.update(m, session) {
            queue.extend(job::finish(task));
        }
    }
}

fn search(view: &mut State, text: &str, session: &mut Session) {
    send(view, Message::QueryChanged(text.to_owned()), session);
    send(view, Message::Search, session);
}

/// A case of Åsa's: with her identity number, or (`None`) by her name only.
fn case_of_asa(session: &mut Session, id_number: Option<&str>, answered: bool) -> CaseId {
    let mut d = CaseDetails::new(session.store.now(), Channel::Phone, CaseKind::Complaint);
    d.subject = "Avgiften".into();
    d.complainant.name = "Åsa Öberg".into();
    d.complainant.id_number =
        id_number.and_then(|n| IdNumber::parse(n, session.store.today()).ok());
    let id = session.store.create_case(d).expect("case").id;
    if answered {
        for to in [
            Status::UnderInvestigation,
            Status::AwaitingReview,
            Status::Answered,
        ] {
            session.store.change_status(id, to, None).expect("status");
        }
    }
    id
}

fn stranger(session: &mut Session) -> CaseId {
    let mut d = CaseDetails::new(session.store.now(), Channel::Phone, CaseKind::Complaint);
    d.subject = "Räntan".into();
    d.complainant.name = "Bertil Främling".into();
    d.complainant.id_number = IdNumber::parse("19900101-0017", session.store.today()).ok();
    session.store.create_case(d).expect("case").id
}

fn note(session: &mut Session, case: CaseId, text: &str) -> klagomal_core::domain::NoteId {
    let n = NewNote {
        kind: NoteKind::Note,
        text: text.to_owned(),
    };
    session.store.add_note(case, n).expect("note").id
}

fn ids(found: &[&Found]) -> Vec<CaseId> {
    found.iter().map(|f| f.matched.case_id).collect()
}

#[test]
fn an_identity_number_lists_the_persons_cases_and_nothing_to_confirm() {
    let (_dir, mut session) = session(0);
    let first = case_of_asa(&mut session, Some(ID), false);
    let second = case_of_asa(&mut session, Some("19811218-9876"), false);
    case_of_asa(&mut session, None, false);
    stranger(&mut session);
    let (mut view, _) = State::new(None, &session);
    search(&mut view, "198112189876", &mut session);
    assert_eq!(ids(&view.cases()), [first, second]);
    assert!(
        view.to_confirm().is_empty(),
        "an identifier matches no name"
    );
    assert!(view.identified());
    assert!(view.notice().is_none());
}

#[test]
fn a_name_alone_selects_no_case_until_the_officer_confirms_it() {
    let (_dir, mut session) = session(0);
    let with_id = case_of_asa(&mut session, Some(ID), false);
    let by_name = case_of_asa(&mut session, None, false);
    stranger(&mut session);
    let (mut view, _) = State::new(None, &session);
    search(&mut view, "åsa öberg", &mut session);
    assert!(
        view.cases().is_empty(),
        "nothing is the person's by name alone"
    );
    assert_eq!(ids(&view.to_confirm()), [with_id, by_name]);
    send(&mut view, Message::OpenExtract, &mut session);
    assert!(
        view.extract.is_none(),
        "no extract without a confirmed case"
    );
    send(&mut view, Message::Confirm(by_name, true), &mut session);
    assert_eq!(ids(&view.cases()), [by_name]);
    send(&mut view, Message::OpenErase, &mut session);
    assert!(view.erase.is_none(), "a name is not enough to erase");
    send(&mut view, Message::Confirm(by_name, false), &mut session);
    assert!(view.cases().is_empty());
}

#[test]
fn an_officer_without_the_role_cannot_erase_or_release_a_hold() {
    let (_dir, mut session) = session(0);
    let id = case_of_asa(&mut session, Some(ID), true);
    let roles = BTreeSet::from([Role::Admin]);
    let other = NewOfficer {
        name: "Olle Ek",
        title: "Administratör",
        roles: &roles,
        passphrase: None,
    };
    session
        .store
        .add_officer(other)
        .expect("another administrator");
    let me = session.store.actor();
    session
        .store
        .set_roles(me, &BTreeSet::from([Role::Officer]))
        .expect("only an officer now");
    assert!(!may_erase(&session));
    let (mut view, _) = State::new(Some(ID.to_owned()), &session);
    send(&mut view, Message::Search, &mut session);
    assert_eq!(ids(&view.cases()), [id]);
    send(&mut view, Message::OpenErase, &mut session);
    assert!(view.erase.is_none(), "no dry run for an officer");
    // Any officer may mark a legal claim; only a manager or an administrator may release it.
    send(&mut view, Message::MarkHold(id), &mut session);
    send(&mut view, Message::HoldReason("Tvist".into()), &mut session);
    send(&mut view, Message::SetHold, &mut session);
    assert_eq!(view.cases()[0].hold.as_deref(), Some("Tvist"));
    send(&mut view, Message::ReleaseHold(id), &mut session);
    assert!(view.notice().is_some(), "refused, and told why");
    assert_eq!(
        session.store.legal_hold(id).expect("hold").as_deref(),
        Some("Tvist")
    );
}

#[test]
fn the_dry_run_names_each_case_with_its_counts_and_the_erase_follows_it() {
    let (dir, mut session) = session(0);
    let first = case_of_asa(&mut session, Some(ID), true);
    let second = case_of_asa(&mut session, Some(ID), true);
    note(&mut session, first, "Ringde Åsa.");
    note(&mut session, first, "Åsa skickade kvittot.");
    let other = stranger(&mut session);
    let (mut view, _) = State::new(Some(ID.to_owned()), &session);
    send(&mut view, Message::Search, &mut session);
    send(&mut view, Message::OpenErase, &mut session);
    let dialog = view.erase.as_ref().expect("the dialog");
    let plan = dialog.plan().expect("the dry run's plan");
    assert!(plan.dry_run && plan.held.is_empty());
    let named: Vec<_> = plan.cases.iter().map(|c| (c.case_id, c.notes)).collect();
    assert_eq!(named, [(first, 2), (second, 0)]);
    let line = erase::counts(&plan.cases[0]);
    assert!(
        line.starts_with(&plan.cases[0].number.to_string()),
        "{line}"
    );
    assert!(line.contains('2'), "the two notes: {line}");
    assert_ne!(
        session
            .store
            .case(first)
            .expect("case")
            .details
            .complainant
            .name,
        klagomal_core::domain::ERASED,
        "a dry run changes nothing"
    );

    let letter = dir.path().join("raderingsbesked.pdf");
    send(
        &mut view,
        Message::Erase(erase::Message::Path(letter.display().to_string())),
        &mut session,
    );
    send(
        &mut view,
        Message::Erase(erase::Message::Confirm),
        &mut session,
    );
    let dialog = view.erase.as_ref().expect("the dialog");
    assert!(dialog.is_done(), "{:?}", dialog.notice());
    assert!(
        std::fs::read(&letter)
            .expect("the letter")
            .starts_with(b"%PDF"),
        "the answer is saved where the officer chose"
    );
    for id in [first, second] {
        let erased = session.store.case(id).expect("case");
        assert_eq!(
            erased.details.complainant.name,
            klagomal_core::domain::ERASED
        );
    }
    let kept = session.store.case(other).expect("case");
    assert_eq!(kept.details.complainant.name, "Bertil Främling");
    assert!(view.cases().is_empty(), "read again: no case finds her now");
}

#[test]
fn a_held_case_shows_its_reason_and_refuses_the_erase() {
    let (dir, mut session) = session(0);
    let held = case_of_asa(&mut session, Some(ID), true);
    let (mut view, _) = State::new(Some(ID.to_owned()), &session);
    send(&mut view, Message::Search, &mut session);
    send(&mut view, Message::MarkHold(held), &mut session);
    send(
        &mut view,
        Message::HoldReason("Tvist vid tingsrätten".into()),
        &mut session,
    );
    send(&mut view, Message::SetHold, &mut session);
    send(&mut view, Message::OpenErase, &mut session);
    let plan = view.erase.as_ref().and_then(|d| d.plan()).expect("plan");
    assert_eq!(plan.held.len(), 1);
    assert_eq!(plan.erased().count(), 0);
    let reason = crate::describe::legal_hold(&klagomal_core::i18n::LOADER, &plan.held[0].hold);
    assert!(reason.contains("Tvist vid tingsrätten"), "{reason}");
    // Every case held: the answer is the refusal, written and kept; nothing is erased.
    let letter = dir.path().join("avslag.pdf");
    send(
        &mut view,
        Message::Erase(erase::Message::Path(letter.display().to_string())),
        &mut session,
    );
    send(
        &mut view,
        Message::Erase(erase::Message::Confirm),
        &mut session,
    );
    let dialog = view.erase.as_ref().expect("the dialog");
    let answer = dialog.answer().expect("answered");
    assert!(answer.refused && answer.kept_on == Some(held));
    assert!(letter.exists());
    let kept = session.store.letters(held).expect("letters");
    assert_eq!(
        kept.last().map(|l| l.kind),
        Some(klagomal_core::domain::LetterKind::Erasure)
    );

    // A hold marked after the dry run: the erasure follows the store, not the stale plan.
    send(&mut view, Message::ReleaseHold(held), &mut session);
    send(&mut view, Message::OpenErase, &mut session);
    assert!(
        view.erase
            .as_ref()
            .and_then(|d| d.plan())
            .is_some_and(|p| p.held.is_empty())
    );
    session
        .store
        .set_legal_hold(held, "Överklagat till hovrätten")
        .expect("hold");
    send(
        &mut view,
        Message::Erase(erase::Message::Path(letter.display().to_string())),
        &mut session,
    );
    send(
        &mut view,
        Message::Erase(erase::Message::Confirm),
        &mut session,
    );
    let answer = view
        .erase
        .as_ref()
        .and_then(erase::Dialog::answer)
        .expect("answered");
    assert!(answer.refused);
    assert!(
        answer.letter.text.contains("Överklagat till hovrätten"),
        "{}",
        answer.letter.text
    );
    assert_ne!(
        session
            .store
            .case(held)
            .expect("case")
            .details
            .complainant
            .name,
        klagomal_core::domain::ERASED
    );
}

#[test]
fn the_extract_takes_only_the_notes_the_officer_ticked() {
    let (dir, mut session) = session(0);
    let case = case_of_asa(&mut session, Some(ID), false);
    let hers = note(&mut session, case, "Åsa berättade att hon betalat.");
    let _colleague = note(&mut session, case, "Per är sjuk, svaret dröjer.");
    let bertil = stranger(&mut session);
    note(&mut session, bertil, "Bertil ringde.");
    let (mut view, _) = State::new(Some(ID.to_owned()), &session);
    send(&mut view, Message::Search, &mut session);
    send(&mut view, Message::OpenExtract, &mut session);
    let dialog = view.extract.as_ref().expect("the note review");
    assert_eq!(dialog.notes().len(), 2, "her case's notes only");
    assert!(dialog.chosen().is_empty(), "none ticked to begin with");
    let out = dir.path().join("utdrag.zip");
    send(
        &mut view,
        Message::Extract(extract::Message::Note(hers, true)),
        &mut session,
    );
    send(
        &mut view,
        Message::Extract(extract::Message::Path(out.display().to_string())),
        &mut session,
    );
    send(
        &mut view,
        Message::Extract(extract::Message::Save),
        &mut session,
    );
    let done = view
        .extract
        .as_ref()
        .and_then(extract::Dialog::done)
        .expect("written");
    assert!(out.exists());
    assert_eq!(done.left_out.len(), 1, "the colleague's note");
    let said = extract::left_out(&done.left_out);
    assert_eq!(said.len(), 1);
    assert!(
        said[0].contains(&view.cases()[0].matched.number.to_string()),
        "{said:?}"
    );
    assert!(
        done.files
            .iter()
            .any(|f| f.ends_with(&format!("/anteckning_{:03}.txt", hers.0))),
        "{:?}",
        done.files
    );
    assert_eq!(
        view.disclosures().len(),
        1,
        "read again: the extract is logged"
    );
}

/// Clicks the widget with `id` in the view as drawn and returns the messages it sent.
fn click(view: &State, session: &Session, id: &'static str) -> Vec<Message> {
    let mut ui = iced_test::simulator(view.view(session));
    match ui.click(iced_test::selector::id(id)) {
        Ok(_) => ui.into_messages().collect(),
        Err(_) => Vec::new(),
    }
}

#[test]
fn through_the_window_the_erase_button_answers_a_manager_only() {
    let (_dir, mut session) = session(0);
    case_of_asa(&mut session, Some(ID), true);
    let (mut view, _) = State::new(Some(ID.to_owned()), &session);
    send(&mut view, Message::Search, &mut session);
    let sent = click(&view, &session, ERASE);
    assert!(
        matches!(sent.as_slice(), [Message::OpenErase]),
        "an administrator: {sent:?}"
    );
    let roles = BTreeSet::from([Role::Admin]);
    let other = NewOfficer {
        name: "Olle Ek",
        title: "Administratör",
        roles: &roles,
        passphrase: None,
    };
    session
        .store
        .add_officer(other)
        .expect("another administrator");
    let me = session.store.actor();
    session
        .store
        .set_roles(me, &BTreeSet::from([Role::Officer]))
        .expect("only an officer now");
    assert!(
        click(&view, &session, ERASE).is_empty(),
        "the button is there but does nothing for an officer"
    );
    assert!(
        matches!(
            click(&view, &session, EXTRACT).as_slice(),
            [Message::OpenExtract]
        ),
        "any officer makes an extract"
    );
}

#[test]
fn a_detail_is_rectified_in_every_case_with_the_letter_kept_and_a_wrong_value_named() {
    let (_dir, mut session) = session(0);
    let first = case_of_asa(&mut session, Some(ID), true);
    let second = case_of_asa(&mut session, Some(ID), false);
    let other = stranger(&mut session);
    let (mut view, _) = State::new(Some(ID.to_owned()), &session);
    send(&mut view, Message::Search, &mut session);
    send(&mut view, Message::OpenRectify, &mut session);
    let field = Message::Rectify(rectify::Message::Field(rectify::Choice(
        klagomal_core::domain::RectifiedField::Address,
    )));
    send(&mut view, field, &mut session);
    // An address without a postcode is named at once; nothing changes.
    let value = |v: &str| Message::Rectify(rectify::Message::Value(v.to_owned()));
    send(&mut view, value("Storgatan 12 B"), &mut session);
    send(
        &mut view,
        Message::Rectify(rectify::Message::Rectify),
        &mut session,
    );
    let dialog = view.rectify.as_ref().expect("the dialog");
    assert!(dialog.answer().is_none());
    // Named at once (its words depend on the interface language other tests may switch).
    assert!(dialog.notice().is_some_and(|n| !n.is_empty()));
    assert!(
        session
            .store
            .case(first)
            .expect("case")
            .details
            .complainant
            .address
            .is_empty(),
        "nothing changed"
    );
    send(
        &mut view,
        value("Storgatan 12 B, 41319 Göteborg"),
        &mut session,
    );
    send(
        &mut view,
        Message::Rectify(rectify::Message::Rectify),
        &mut session,
    );
    let answer = view
        .rectify
        .as_ref()
        .and_then(rectify::Dialog::answer)
        .expect("rectified");
    assert_eq!(answer.rectified.changed.len(), 2);
    for id in [first, second] {
        let c = session.store.case(id).expect("case").details.complainant;
        assert_eq!(c.address.lines(), ["Storgatan 12 B", "413 19 Göteborg"]);
    }
    let kept = session.store.letters(answer.kept_on).expect("letters");
    assert_eq!(
        kept.last().map(|l| l.kind),
        Some(klagomal_core::domain::LetterKind::Rectification)
    );
    let untouched = session.store.case(other).expect("case").details.complainant;
    assert!(untouched.address.is_empty());
}
