//! Registering a letter that came by post or a phone call, and saving a letter where the
//! system has no file dialog.

use super::*;
use klagomal_core::domain::Direction;

fn register(view: &mut State, session: &mut Session, messages: Vec<register::Message>) {
    for m in messages {
        view.update(Message::Register(m), session);
    }
}

#[test]
fn an_inbound_letter_with_its_scan_and_a_phone_call_are_registered() {
    let (dir, mut session) = session(0);
    let id = new_case(&mut session);
    let mut view = State::new(id, &session).expect("case");
    view.update(Message::Tab(Tab::Correspondence), &mut session);
    let scan = dir.path().join("brev.pdf");
    std::fs::write(&scan, b"%PDF-1.4\n% inskannat brev\n").expect("scan");
    use register::Message as R;
    // Without the file nothing is kept, and the form says so.
    register(
        &mut view,
        &mut session,
        vec![
            R::Channel(Channel::Letter),
            R::Subject("Klagomål per post".into()),
            R::Save,
        ],
    );
    assert!(view.messages().is_empty());
    assert!(view.register.has_draft(), "the form keeps what was typed");
    register(
        &mut view,
        &mut session,
        vec![
            R::Date("2026-11-20".into()),
            R::Path(scan.display().to_string()),
            R::Save,
        ],
    );
    let messages = session.store.messages(id).expect("messages");
    assert_eq!(messages.len(), 1);
    let m = &messages[0];
    assert_eq!(
        (
            m.channel,
            m.direction,
            m.subject.as_str(),
            m.at.date().to_string()
        ),
        (
            Channel::Letter,
            Direction::Inbound,
            "Klagomål per post",
            "2026-11-20".to_owned()
        )
    );
    assert_eq!(m.attachments.len(), 1);
    assert_eq!(
        (
            m.attachments[0].file_name.as_str(),
            m.attachments[0].content_type.as_str()
        ),
        ("brev.pdf", "application/pdf")
    );
    assert_eq!(view.messages().len(), 1, "the view shows it at once");
    assert!(!view.register.has_draft(), "the form is emptied");
    assert!(
        shows(&view, &session, register::DONE),
        "confirmed beside the button"
    );

    // A phone call: its text is the message.
    register(
        &mut view,
        &mut session,
        vec![R::Channel(Channel::Phone), R::Save],
    );
    assert_eq!(
        session.store.messages(id).expect("messages").len(),
        1,
        "no text, not kept"
    );
    register(
        &mut view,
        &mut session,
        vec![
            R::Text(text_editor::Action::Edit(text_editor::Edit::Paste(
                "Kunden ringde om avgiften.".to_owned().into(),
            ))),
            R::Save,
        ],
    );
    let messages = session.store.messages(id).expect("messages");
    let call = messages
        .iter()
        .find(|m| m.channel == Channel::Phone)
        .expect("call");
    assert_eq!(
        (call.direction, call.body.as_str(), call.attachments.len()),
        (Direction::Inbound, "Kunden ringde om avgiften.", 0)
    );
    assert!(session.store.verify_audit().expect("audit").holds());
}

#[test]
fn without_a_file_dialog_a_letter_is_saved_to_a_typed_path() -> Result<(), iced_test::Error> {
    let (dir, mut session) = session(0);
    let id = new_case(&mut session);
    let mut view = State::new(id, &session).expect("case");
    let letter = |m| Message::Letters(m);
    view.update(Message::Tab(Tab::Letters), &mut session);
    view.update(letter(letters::Message::Fill), &mut session);
    settle(&mut view, letter(letters::Message::Create), &mut session);
    let kept = session.store.letters(id).expect("letters");
    let letter_id = kept[0].id;
    assert!(!shows(&view, &session, kept::SAVE_PATH), "no field yet");
    // The system has no file dialog: rfd answers `None` at once.
    let saved = letter(letters::Message::Kept(kept::Message::SaveTo(
        letter_id, None,
    )));
    assert!(
        matches!(view.update(saved, &mut session), Action::Run(_)),
        "the field is focused"
    );
    let out = dir.path().join("brev.pdf");
    let typed = out.display().to_string();
    // Type the path into the field through the window, then confirm.
    let messages = through_the_window(&view, &session, kept::SAVE_PATH, Some("x"))?;
    assert!(
        !messages.is_empty(),
        "the path field is shown and takes input"
    );
    view.update(
        letter(letters::Message::Kept(kept::Message::SavePath(typed))),
        &mut session,
    );
    view.update(
        letter(letters::Message::Kept(kept::Message::SaveTyped)),
        &mut session,
    );
    let bytes = std::fs::read(&out).expect("the letter was written");
    assert!(bytes.starts_with(b"%PDF"));
    assert!(!shows(&view, &session, kept::SAVE_PATH), "the field closes");
    Ok(())
}

#[test]
fn e_posta_writes_an_unsent_email_off_the_ui_thread_and_records_it_as_sent() {
    use klagomal_core::domain::SentVia;
    let (_dir, mut session) = session(0);
    let mut d = klagomal_core::domain::CaseDetails::new(
        session.store.now(),
        klagomal_core::domain::Channel::Email,
        klagomal_core::domain::CaseKind::Complaint,
    );
    d.subject = "Avgift".into();
    d.complainant.name = "Åsa Öberg".into();
    d.complainant.email = "asa.oberg@example.com".into();
    let id = session.store.create_case(d).expect("case").id;
    let mut view = State::new(id, &session).expect("case");
    let letter = |m| Message::Letters(m);
    view.update(Message::Tab(Tab::Letters), &mut session);
    view.update(letter(letters::Message::Fill), &mut session);
    settle(&mut view, letter(letters::Message::Create), &mut session);
    let kept = session.store.letters(id).expect("letters");
    let email = letter(letters::Message::Kept(kept::Message::Email(kept[0].id)));
    let Action::Run(task) = view.update(email, &mut session) else {
        panic!("the e-mail is written off the UI thread")
    };
    let done = job::finish(task);
    let [Message::Letters(letters::Message::Kept(kept::Message::Emailed(Ok(path))))] =
        done.as_slice()
    else {
        panic!("one message with the e-mail's file: {done:?}")
    };
    assert_eq!(path.extension().and_then(|e| e.to_str()), Some("eml"));
    let bytes = std::fs::read(path).expect("the .eml is in the viewer folder");
    let parsed = mail_parser::MessageParser::default()
        .parse(&bytes)
        .expect("mail-parser reads it");
    assert_eq!(
        parsed.header_raw("X-Unsent").map(str::trim),
        Some("1"),
        "opens as a draft"
    );
    let to = parsed
        .to()
        .and_then(|a| a.first())
        .and_then(|a| a.address());
    assert_eq!(to, Some("asa.oberg@example.com"));
    let pdf = session.store.letter_pdf(kept[0].id).expect("pdf");
    let attached = parsed.attachments().next().map(|a| a.contents().to_vec());
    assert_eq!(attached.as_deref(), Some(pdf.as_slice()), "the PDF itself");
    let sent = session.store.dispatches(id).expect("dispatches");
    assert_eq!(
        sent.iter().map(|d| d.via).collect::<Vec<_>>(),
        [SentVia::Email],
        "recorded as sent by e-mail"
    );
    let _ = std::fs::remove_file(path);
}
