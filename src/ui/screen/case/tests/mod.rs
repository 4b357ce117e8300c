//! Update-level tests of the case view: notes, edits, status changes and assignment reach the store;
//! letters, printing and the dossier run as background jobs.

use super::*;
use crate::ui::job;
use crate::ui::testing::session;
use klagomal_core::domain::{CaseKind, Channel};

pub(super) fn new_case(session: &mut Session) -> CaseId {
    let mut d = klagomal_core::domain::CaseDetails::new(
        session.store.now(),
        Channel::Phone,
        CaseKind::Complaint,
    );
    d.subject = "Otrevligt bemötande".into();
    d.complainant.name = "Åsa Öberg".into();
    session.store.create_case(d).expect("case").id
}

#[test]
fn a_note_added_in_the_case_view_is_in_the_store() {
    let (_dir, mut session) = session(0);
    let id = new_case(&mut session);
    let mut view = State::new(id, &session).expect("case");
    view.update(Message::Tab(Tab::Notes), &mut session);
    view.update(Message::NoteKind(NoteKind::PhoneCall), &mut session);
    view.update(
        Message::NoteEdited(text_editor::Action::Edit(text_editor::Edit::Paste(
            "Ringt kunden kl. 14 – lovat svar på fredag."
                .to_owned()
                .into(),
        ))),
        &mut session,
    );
    assert!(view.has_draft());
    view.update(Message::AddNote, &mut session);
    let notes = session.store.notes(id).expect("notes");
    assert_eq!(notes.len(), 1);
    assert_eq!(
        (notes[0].kind, notes[0].text.as_str()),
        (
            NoteKind::PhoneCall,
            "Ringt kunden kl. 14 – lovat svar på fredag."
        )
    );
    assert_eq!(view.notes().len(), 1);
    assert!(!view.has_draft(), "the editor is emptied");
    // An empty note is not added.
    view.update(Message::AddNote, &mut session);
    assert_eq!(session.store.notes(id).expect("notes").len(), 1);
}

#[test]
fn only_allowed_transitions_happen_and_reopening_asks_for_a_reason() {
    let (_dir, mut session) = session(0);
    let id = new_case(&mut session);
    let mut view = State::new(id, &session).expect("case");
    for to in [
        Status::UnderInvestigation,
        Status::AwaitingReview,
        Status::Answered,
        Status::Closed,
    ] {
        assert!(matches!(
            view.update(Message::Transition(to), &mut session),
            Action::None
        ));
    }
    assert_eq!(session.store.case(id).expect("case").status, Status::Closed);
    assert!(matches!(
        view.update(Message::Transition(Status::Answered), &mut session),
        Action::Error(_)
    ));
    assert!(matches!(
        view.update(
            Message::Transition(Status::UnderInvestigation),
            &mut session
        ),
        Action::Run(_)
    ));
    assert_eq!(view.case().status, Status::Closed, "waits for the reason");
    assert!(
        matches!(
            view.update(Message::ConfirmTransition, &mut session),
            Action::Error(_)
        ),
        "no reason, no reopening"
    );
    view.update(
        Message::ReasonChanged("Kunden har skickat nya kvitton".into()),
        &mut session,
    );
    view.update(Message::ConfirmTransition, &mut session);
    assert_eq!(view.case().status, Status::UnderInvestigation);
}

#[test]
fn the_representative_with_address_and_power_of_attorney_is_kept_by_the_form() {
    use case_form::{Message as F, TextField as T};
    use klagomal_core::domain::{Addressee, MandateScope};
    let (dir, mut session) = session(0);
    let id = new_case(&mut session);
    let file = dir.path().join("fullmakt.pdf");
    std::fs::write(&file, b"%PDF-1.4 fullmakt").expect("file");
    let mut view = State::new(id, &session).expect("case");
    view.update(Message::Edit, &mut session);
    let mut form = |m| {
        view.update(Message::Form(m), &mut session);
    };
    form(F::HasRepresentative(true));
    for (field, value) in [
        (T::RepresentativeName, "Karin Lund"),
        (T::RepresentativeFirm, "Advokatbyrån Lag & Rätt"),
        (T::RepresentativeStreet, "Box 7"),
        (T::RepresentativePostalCode, "411 01"),
        (T::RepresentativeCity, "Göteborg"),
        (T::RepresentativeEmail, "karin.lund@example.se"),
        (T::PowerOfAttorneyUntil, "2099-12-31"),
    ] {
        form(F::Text(field, value.to_owned()));
    }
    form(F::Scope(MandateScope::AllMatters));
    form(F::DocumentPath(file.display().to_string()));
    view.update(Message::SaveEdit, &mut session);
    assert!(view.edit.is_none(), "saved");
    let case = session.store.case(id).expect("case");
    let rep = case.details.representative.clone().expect("representative");
    assert_eq!(
        (rep.firm.as_str(), rep.address.city.as_str(), rep.scope),
        (
            "Advokatbyrån Lag & Rätt",
            "Göteborg",
            Some(MandateScope::AllMatters)
        )
    );
    assert_eq!(rep.valid_until, "2099-12-31".parse().ok());
    assert!(
        rep.power_of_attorney,
        "an attached document counts as received"
    );
    let doc = rep.document.clone().expect("document");
    assert_eq!(doc.file_name, "fullmakt.pdf");
    assert_eq!(
        session.store.case_file_bytes(doc.id).expect("bytes"),
        b"%PDF-1.4 fullmakt"
    );
    let to = klagomal_core::letters::recipient(&case, session.store.today(), None);
    assert_eq!(to.map(|r| r.to), Ok(Addressee::Representative));

    // Editing again keeps every field, and the document, as they were.
    view.update(Message::Edit, &mut session);
    view.update(Message::SaveEdit, &mut session);
    let again = session.store.case(id).expect("case").details.representative;
    assert_eq!(again, Some(rep));

    // A path to nothing keeps the form open and saves nothing.
    view.update(Message::Edit, &mut session);
    let missing = dir.path().join("finns-inte.pdf").display().to_string();
    view.update(Message::Form(F::DocumentPath(missing)), &mut session);
    view.update(Message::SaveEdit, &mut session);
    assert!(view.edit.is_some(), "the form stays open with the problem");
}

#[test]
fn editing_the_overview_saves_only_valid_details() {
    let (_dir, mut session) = session(0);
    let id = new_case(&mut session);
    let mut view = State::new(id, &session).expect("case");
    view.update(Message::Edit, &mut session);
    let text =
        |field, value: &str| Message::Form(case_form::Message::Text(field, value.to_owned()));
    view.update(
        text(case_form::TextField::IdNumber, "811218-9877"),
        &mut session,
    );
    view.update(Message::SaveEdit, &mut session);
    assert!(
        view.edit.is_some(),
        "an invalid personnummer keeps the form open"
    );
    assert_eq!(
        session
            .store
            .case(id)
            .expect("case")
            .details
            .complainant
            .id_number,
        None
    );
    view.update(
        text(case_form::TextField::IdNumber, "811218-9876"),
        &mut session,
    );
    view.update(Message::SaveEdit, &mut session);
    assert!(view.edit.is_none());
    let saved = session
        .store
        .case(id)
        .expect("case")
        .details
        .complainant
        .id_number;
    assert_eq!(saved.map(|i| i.short()), Some("811218-9876".to_owned()));
}

#[test]
fn assigning_changes_the_officer() {
    let (_dir, mut session) = session(0);
    let id = new_case(&mut session);
    let mut view = State::new(id, &session).expect("case");
    let officer = session.officers.last().expect("officer").id;
    view.update(Message::Assign(Some(officer)), &mut session);
    assert_eq!(
        session.store.case(id).expect("case").assignee,
        Some(officer)
    );
    assert!(matches!(
        view.update(Message::Back, &mut session),
        Action::Back
    ));
}

#[test]
fn an_escalation_is_registered_from_the_case_view() {
    let (_dir, mut session) = session(0);
    let id = new_case(&mut session);
    let mut view = State::new(id, &session).expect("case");
    let esc = |m| Message::Escalation(m);
    view.update(Message::Tab(Tab::Escalation), &mut session);
    view.update(esc(escalation::Message::New), &mut session);
    assert!(view.has_draft());
    view.update(
        esc(escalation::Message::Reference("2026-12345".into())),
        &mut session,
    );
    view.update(
        esc(escalation::Message::Due("i morgon".into())),
        &mut session,
    );
    view.update(esc(escalation::Message::Save), &mut session);
    assert!(
        session.store.escalations(id).expect("list").is_empty(),
        "a bad date is refused"
    );
    view.update(
        esc(escalation::Message::Due("2026-12-15".into())),
        &mut session,
    );
    view.update(
        esc(escalation::Message::Amount("1 250".into())),
        &mut session,
    );
    view.update(esc(escalation::Message::Save), &mut session);
    let list = session.store.escalations(id).expect("list");
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].1.reference, "2026-12345");
    assert_eq!(
        list[0].1.amount_claimed,
        Some(klagomal_core::domain::Money::kr(1_250))
    );
    assert_eq!(view.case().status, Status::Escalated);
    assert_eq!(view.case().statement_due, "2026-12-15".parse().ok());
    let row = list[0].0;
    view.update(
        esc(escalation::Message::Decision(
            row,
            klagomal_core::domain::EscalationDecision::Rejected,
        )),
        &mut session,
    );
    view.update(esc(escalation::Message::SaveDecision(row)), &mut session);
    assert_eq!(view.case().statement_due, None, "decided: nothing due");
}

/// Sends a message and, as the window's runtime would, runs the task it returns (if any) to its
/// end and sends back every message that produced.
pub(super) fn settle(view: &mut State, message: Message, session: &mut Session) {
    if let Action::Run(task) = view.update(message, session) {
        for m in job::finish(task) {
            settle(view, m, session);
        }
    }
}

/// Clicks the widget `id` in a window tall enough to show the whole composer, typing `typed`
/// when given, and returns the messages that produced.
pub(super) fn through_the_window(
    view: &State,
    session: &Session,
    id: impl Into<iced::widget::Id>,
    typed: Option<&str>,
) -> Result<Vec<Message>, iced_test::Error> {
    let element = view.view(session);
    let mut ui =
        iced_test::Simulator::with_size(iced::Settings::default(), (1400.0, 2600.0), element);
    ui.click(iced_test::selector::id(id))?;
    if let Some(typed) = typed {
        let _ = ui.typewrite(typed);
    }
    Ok(ui.into_messages().collect())
}

mod composing;
mod correspondence;
/// Whether the widget `id` is in the view as it stands.
pub(super) fn shows(view: &State, session: &Session, id: impl Into<iced::widget::Id>) -> bool {
    let mut ui = iced_test::simulator(view.view(session));
    ui.find(iced_test::selector::id(id)).is_ok()
}

mod deadlines;
mod review;
