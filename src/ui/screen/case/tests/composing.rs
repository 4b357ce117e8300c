//! The letters, the statement, the dossier and the printed case: made off the UI thread.

use super::*;

#[test]
fn a_statement_is_created_only_when_every_point_is_answered() -> Result<(), iced_test::Error> {
    use klagomal_core::domain::{Escalation, EscalationBody, LetterKind, Money};
    let (_dir, mut session) = session(0);
    let id = new_case(&mut session);
    let mut arn = Escalation::new(EscalationBody::Arn, session.store.today());
    arn.reference = "2026-12345".into();
    arn.claims = vec!["Avgiften ska tas bort".into(), "Räntan är fel".into()];
    arn.amount_claimed = Some(Money::kr(492));
    session.store.escalate(id, arn).expect("escalated");
    let mut view = State::new(id, &session).expect("case");
    let letter = |m| Message::Letters(m);
    // An escalated case opens the composer on the statement: no kind is chosen here.
    view.update(Message::Tab(Tab::Letters), &mut session);
    view.update(letter(letters::Message::Fill), &mut session);
    let create =
        |view: &State, session: &Session| through_the_window(view, session, letters::CREATE, None);
    assert!(create(&view, &session)?.is_empty(), "nothing answered");
    let steps = [
        (statement::answer_id(0), "Avgiften togs ut enligt lag."),
        (statement::answer_id(1), "Räntan följer räntelagen."),
        (statement::AMOUNT.to_owned(), "Vi bestrider kravet."),
    ];
    for (i, (field, answer)) in steps.into_iter().enumerate() {
        for m in through_the_window(&view, &session, field, Some(answer))? {
            view.update(m, &mut session);
        }
        view.update(letter(letters::Message::Fill), &mut session);
        assert!(
            create(&view, &session)?.is_empty(),
            "after answer {i}: the button waits for every answer and the position"
        );
    }
    let stance = |s| letter(letters::Message::Statement(statement::Message::Stance(s)));
    view.update(stance(statement::Stance::AdmitsPartly), &mut session);
    view.update(letter(letters::Message::Fill), &mut session);
    assert!(
        create(&view, &session)?.is_empty(),
        "admitting in part needs the amount admitted"
    );
    for m in through_the_window(&view, &session, statement::ADMITTED.to_owned(), Some("150"))? {
        view.update(m, &mut session);
    }
    view.update(letter(letters::Message::Fill), &mut session);
    let messages = create(&view, &session)?;
    assert!(
        !messages.is_empty(),
        "every point answered and a position taken"
    );
    for m in messages {
        settle(&mut view, m, &mut session);
    }
    // A statement waits for the complaints manager, who approves it.
    assert!(
        session.store.letters(id).expect("letters").is_empty(),
        "a draft first"
    );
    assert!(!view.has_draft(), "the answers are cleared once submitted");
    klagomal_core::seed::escalated::approve_as_colleague(&mut session.store, id).expect("approved");
    let view = State::new(id, &session).expect("case");
    let kept = session.store.letters(id).expect("letters");
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].kind, LetterKind::ArnStatement);
    for answer in [
        "Avgiften togs ut enligt lag.",
        "Räntan följer räntelagen.",
        "Vi bestrider kravet.",
        "Företaget medger anmälarens krav delvis, med 150 kr av de krävda 492 kr.",
        "Bilaga 1: Ärendesammanställning med händelser i tidsordning",
    ] {
        assert!(
            kept[0].text.contains(answer),
            "{answer} in {}",
            kept[0].text
        );
    }
    assert_eq!(
        view.case().status,
        Status::Escalated,
        "no effect on the case"
    );
    Ok(())
}

#[test]
fn without_an_escalation_the_statement_cannot_be_created() {
    use klagomal_core::domain::LetterKind;
    let (_dir, mut session) = session(0);
    let id = new_case(&mut session);
    let mut view = State::new(id, &session).expect("case");
    view.update(Message::Tab(Tab::Letters), &mut session);
    let letter = |m| Message::Letters(m);
    view.update(
        letter(letters::Message::Kind(LetterKind::ArnStatement)),
        &mut session,
    );
    view.update(
        letter(letters::Message::Edit(text_editor::Action::Edit(
            text_editor::Edit::Paste("Yttrande\n\nText".to_owned().into()),
        ))),
        &mut session,
    );
    let clicked = through_the_window(&view, &session, letters::CREATE, None).expect("button");
    assert!(clicked.is_empty(), "the button is disabled");
    view.update(letter(letters::Message::Create), &mut session);
    assert!(session.store.letters(id).expect("letters").is_empty());
}

#[test]
fn the_dossier_is_exported_from_the_case_view_off_the_ui_thread() -> Result<(), iced_test::Error> {
    use klagomal_core::domain::AuditAction;
    use klagomal_core::seed::escalated::{Shape, escalated_case};
    let (dir, mut session) = session(0);
    let shape = Shape {
        messages: 4,
        attachments: 2,
        attachment_bytes: 1_000,
    };
    let id = escalated_case(&mut session.store, shape).expect("case");
    let mut view = State::new(id, &session).expect("case");
    let Action::Run(scan) = view.update(Message::ExportDossier, &mut session) else {
        panic!("the originals are searched off the UI thread")
    };
    let dialog = view.dossier.as_ref().expect("the dialog is open");
    assert!(dialog.is_scanning() && dialog.flagged().is_empty());
    assert!(
        matches!(
            view.update(Message::Dossier(dossier::Message::Export), &mut session),
            Action::None
        ),
        "nothing to export before the search is done"
    );
    let scanned = job::finish(scan);
    assert!(
        matches!(
            scanned.as_slice(),
            [Message::Dossier(dossier::Message::Scanned(Ok(_)))]
        ),
        "one message with the case as read and searched"
    );
    for m in scanned {
        view.update(m, &mut session);
    }
    let dialog = view.dossier.as_ref().expect("the dialog is open");
    assert!(!dialog.is_scanning());
    assert!(
        dialog
            .flagged()
            .iter()
            .any(|f| f.found && f.path.ends_with("original.eml")),
        "the first mail holds a personnummer: {:?}",
        dialog.flagged()
    );
    // The options rename the files without searching them again.
    let found = dialog.flagged().len();
    view.update(
        Message::Dossier(dossier::Message::Language(
            klagomal_core::domain::Language::En,
        )),
        &mut session,
    );
    let renamed = view.dossier.as_ref().expect("open").flagged();
    assert_eq!(renamed.len(), found);
    assert!(
        renamed.iter().all(|f| f.path.starts_with("03_documents/")),
        "{renamed:?}"
    );
    view.update(
        Message::Dossier(dossier::Message::Language(
            klagomal_core::domain::Language::Sv,
        )),
        &mut session,
    );
    let exported = |session: &Session| {
        session
            .store
            .case_history(id)
            .expect("history")
            .iter()
            .any(|e| e.action == AuditAction::CaseExported)
    };

    // No path: told so, nothing written.
    view.update(
        Message::Dossier(dossier::Message::Path(String::new())),
        &mut session,
    );
    for m in through_the_window(&view, &session, dossier::SAVE, None)? {
        view.update(m, &mut session);
    }
    assert!(!exported(&session));

    let out = dir.path().join("akt.zip");
    view.update(
        Message::Dossier(dossier::Message::Path(out.display().to_string())),
        &mut session,
    );
    let messages = through_the_window(&view, &session, dossier::SAVE, None)?;
    assert!(matches!(
        messages.as_slice(),
        [Message::Dossier(dossier::Message::Export)]
    ));
    let mut tasks = Vec::new();
    for m in messages {
        let Action::Run(task) = view.update(m, &mut session) else {
            panic!("the export runs off the UI thread")
        };
        tasks.push(task);
    }
    assert!(
        view.dossier
            .as_ref()
            .is_some_and(dossier::Dialog::is_running)
    );
    for m in tasks.into_iter().flat_map(job::finish) {
        view.update(m, &mut session);
    }
    assert!(out.exists() && exported(&session), "written and logged");
    assert!(
        view.history
            .iter()
            .any(|e| e.action == AuditAction::CaseExported),
        "the case view shows it"
    );
    // Either language (another test may switch it for a moment): the body and the redaction.
    let history = session.store.case_history(id).expect("history");
    let line = history::describe_event(history.last().expect("event"), |_| String::new());
    assert!(line.contains("(ARN)") && line.contains("mask"), "{line}");
    view.update(Message::Dossier(dossier::Message::Cancel), &mut session);
    Ok(())
}

#[test]
fn a_letter_is_made_off_the_ui_thread_and_a_second_click_waits_for_it()
-> Result<(), iced_test::Error> {
    let (_dir, mut session) = session(0);
    let id = new_case(&mut session);
    let mut view = State::new(id, &session).expect("case");
    let letter = |m| Message::Letters(m);
    view.update(Message::Tab(Tab::Letters), &mut session);
    view.update(letter(letters::Message::Fill), &mut session);
    assert!(view.has_draft(), "the acknowledgement is filled in");
    let Action::Run(task) = view.update(letter(letters::Message::Create), &mut session) else {
        panic!("creating the letter returns a task")
    };
    assert!(
        matches!(
            view.update(letter(letters::Message::Create), &mut session),
            Action::None
        ),
        "a second click while it runs does nothing"
    );
    assert!(
        through_the_window(&view, &session, letters::CREATE, None)?.is_empty(),
        "the button waits"
    );
    assert!(view.letters.is_empty() && view.has_draft(), "not yet");

    let done = job::finish(task);
    assert!(
        matches!(
            done.as_slice(),
            [Message::Letters(letters::Message::Created(Ok(false)))]
        ),
        "{done:?}"
    );
    for m in done {
        view.update(m, &mut session);
    }
    assert_eq!(view.letters.len(), 1, "the case view shows the letter");
    assert_eq!(session.store.letters(id).expect("letters").len(), 1);
    assert!(!view.has_draft(), "the composer is emptied");
    view.update(letter(letters::Message::Fill), &mut session);
    assert!(
        !through_the_window(&view, &session, letters::CREATE, None)?.is_empty(),
        "the button works again"
    );
    Ok(())
}

#[test]
fn a_letter_that_cannot_be_made_says_why_and_frees_the_button() {
    let (_dir, mut session) = session(0);
    let id = new_case(&mut session);
    let mut view = State::new(id, &session).expect("case");
    let letter = |m| Message::Letters(m);
    view.update(letter(letters::Message::Fill), &mut session);
    let refused = Message::Letters(letters::Message::Created(Err(
        klagomal_core::letters::issuing::IssueError::NoEscalation,
    )));
    let Action::Run(task) = view.update(letter(letters::Message::Create), &mut session) else {
        panic!("creating the letter returns a task")
    };
    // Its real result is not fed back: this one says the letter was refused.
    drop(job::finish(task));
    view.update(refused, &mut session);
    assert!(view.has_draft(), "the text is kept");
    assert!(view.letters.is_empty(), "no letter shown");
    let again = view.update(letter(letters::Message::Create), &mut session);
    let Action::Run(task) = again else {
        panic!("the button works again")
    };
    drop(job::finish(task));
}

#[test]
fn the_case_is_printed_off_the_ui_thread_once_at_a_time() {
    let (_dir, mut session) = session(0);
    let id = new_case(&mut session);
    let mut view = State::new(id, &session).expect("case");
    let Action::Run(task) = view.update(Message::PrintCase, &mut session) else {
        panic!("printing returns a task")
    };
    assert!(matches!(
        view.update(Message::PrintCase, &mut session),
        Action::None
    ));
    let made = job::finish(task);
    assert!(
        matches!(made.as_slice(), [Message::Printed(Ok(pdf))] if pdf.starts_with(b"%PDF")),
        "one PDF"
    );
    // Not fed back: that would open the system's viewer. A failure is told, and frees the button.
    let failed = Message::Printed(Err(klagomal_core::letters::issuing::IssueError::Store(
        StoreError::NotFoundRow("case"),
    )));
    assert!(matches!(
        view.update(failed, &mut session),
        Action::Notice(_)
    ));
    let Action::Run(task) = view.update(Message::PrintCase, &mut session) else {
        panic!("the button works again")
    };
    assert_eq!(job::finish(task).len(), 1);
}
