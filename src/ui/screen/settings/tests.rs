//! The settings screen: saved only when valid, the language at once, the logo.

use super::*;
use crate::ui::testing::session;

#[test]
fn settings_are_saved_only_when_valid() {
    let (_dir, mut session) = session(0);
    let mut screen = State::new(&session);
    screen.update(
        Message::Text(Field::CompanyName, "Norrkrav AB".into()),
        &mut session,
    );
    screen.update(
        Message::Text(Field::AnswerDays, "fjorton".into()),
        &mut session,
    );
    screen.update(Message::Save, &mut session);
    assert_eq!(
        session.store.settings().expect("settings").company.name,
        "Exempel Inkasso AB",
        "not saved"
    );
    screen.update(Message::Text(Field::AnswerDays, "21".into()), &mut session);
    screen.update(
        Message::Text(Field::ReferencePattern, "(unclosed".into()),
        &mut session,
    );
    screen.update(Message::Save, &mut session);
    assert_eq!(
        session.store.settings().expect("settings").company.name,
        "Exempel Inkasso AB",
        "a bad pattern is refused"
    );
    screen.update(
        Message::Text(Field::ReferencePattern, r"(?i)ärende\s*(\d{6,})".into()),
        &mut session,
    );
    screen.update(
        Message::Text(Field::OfficerName, "Karin Holm".into()),
        &mut session,
    );
    screen.update(Message::Save, &mut session);
    let saved = session.store.settings().expect("settings");
    assert_eq!(
        (
            saved.company.name.as_str(),
            saved.deadlines.final_answer_days
        ),
        ("Norrkrav AB", 21)
    );
    assert_eq!(session.officer_name(session.store.actor()), "Karin Holm");
}

#[test]
fn the_language_switches_at_once_and_is_remembered_in_the_store() {
    let (_dir, mut session) = session(0);
    let mut screen = State::new(&session);
    screen.update(Message::Language(Language::En), &mut session);
    assert_eq!(klagomal_core::i18n::label("status", "new"), "New");
    assert_eq!(
        session.store.settings().expect("settings").language,
        Language::En
    );
    screen.update(Message::Language(Language::Sv), &mut session);
    assert_eq!(klagomal_core::i18n::label("status", "new"), "Nytt");
}

#[test]
fn a_logo_must_be_an_image() {
    let (dir, mut session) = session(0);
    let mut screen = State::new(&session);
    let text_file = dir.path().join("inte-en-bild.txt");
    std::fs::write(&text_file, "hej").expect("write");
    screen.update(
        Message::Text(Field::LogoPath, text_file.display().to_string()),
        &mut session,
    );
    assert!(matches!(
        screen.update(Message::LoadLogoPath, &mut session),
        Action::Error(StoreError::NotAnImage)
    ));
    let png = dir.path().join("logo.png");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n0000").expect("write");
    screen.update(
        Message::Text(Field::LogoPath, png.display().to_string()),
        &mut session,
    );
    assert!(matches!(
        screen.update(Message::LoadLogoPath, &mut session),
        Action::None
    ));
    assert!(session.store.logo().expect("logo").is_some());
}

#[test]
fn customer_service_has_its_own_contact_details() {
    let (_dir, mut session) = session(0);
    let mut screen = State::new(&session);
    for (field, value) in [
        (Field::CustomerServicePhone, "08-123 456 10"),
        (Field::CustomerServiceEmail, "kundtjanst@example.com"),
        (Field::CustomerServiceHours, "vardagar 9–16"),
    ] {
        screen.update(Message::Text(field, value.into()), &mut session);
    }
    screen.update(Message::Save, &mut session);
    let company = session.store.settings().expect("settings").company;
    assert_eq!(
        (
            company.customer_service.phone.as_str(),
            company.customer_service.email.as_str(),
            company.customer_service.hours.as_str()
        ),
        ("08-123 456 10", "kundtjanst@example.com", "vardagar 9–16")
    );
    assert_ne!(
        company.email, company.customer_service.email,
        "the complaints address is left alone"
    );
}

#[test]
fn saving_the_form_keeps_what_the_other_parts_saved() {
    let (_dir, mut session) = session(0);
    let mut screen = State::new(&session);
    screen.update(
        Message::Letters(letters::Message::Left("30".into())),
        &mut session,
    );
    screen.update(Message::Letters(letters::Message::SaveWindow), &mut session);
    screen.update(
        Message::Prisbasbelopp(prisbasbelopp::Message::Year("2031".into())),
        &mut session,
    );
    screen.update(
        Message::Prisbasbelopp(prisbasbelopp::Message::Amount("64000".into())),
        &mut session,
    );
    screen.update(
        Message::Prisbasbelopp(prisbasbelopp::Message::Save),
        &mut session,
    );
    screen.update(
        Message::Text(Field::CompanyName, "Norrkrav AB".into()),
        &mut session,
    );
    screen.update(Message::Save, &mut session);
    let saved = session.store.settings().expect("settings");
    assert_eq!(saved.company.name, "Norrkrav AB");
    assert_eq!(saved.envelope_window.left_mm, 30, "the window is kept");
    assert_eq!(
        saved.prisbasbelopp.get(&2031),
        Some(&64_000),
        "the year is kept"
    );
}

#[test]
fn self_approval_and_my_handled_collection_cases_are_saved() {
    let (_dir, mut session) = session(0);
    let mut screen = State::new(&session);
    screen.update(Message::SelfApproval(true), &mut session);
    screen.update(
        Message::Text(Field::HandledCases, "4455-2231, 40123456;  ".into()),
        &mut session,
    );
    screen.update(Message::Save, &mut session);
    assert!(
        session
            .store
            .settings()
            .expect("settings")
            .review
            .self_approval
    );
    assert_eq!(
        session
            .store
            .handled_cases(session.store.actor())
            .expect("handled"),
        ["40123456", "4455-2231"]
    );
}

#[test]
fn an_officer_who_is_not_an_administrator_saves_only_their_own_name() {
    use klagomal_core::domain::Role;
    use klagomal_core::store::{NewOfficer, OpenOptions, Secret, Store};
    let (_dir, mut admin) = session(0);
    let pass = "olles egen långa lösenfras";
    let roles = std::collections::BTreeSet::from([Role::Officer]);
    let new = NewOfficer {
        name: "Olle Ek",
        title: "",
        roles: &roles,
        passphrase: Some(pass),
    };
    admin.store.add_officer(new).expect("add");
    let path = admin.store.path().to_owned();
    drop(admin);
    let secret = Secret::Officer {
        name: "Olle Ek",
        passphrase: pass,
    };
    let store = Store::open(&path, secret, &OpenOptions::default()).expect("olle");
    let mut session = Session::new(store).expect("session");
    let mut screen = State::new(&session);
    screen.update(
        Message::Text(Field::CompanyName, "Annat AB".into()),
        &mut session,
    );
    screen.update(
        Message::Text(Field::OfficerTitle, "Handläggare".into()),
        &mut session,
    );
    let saved = screen.update(Message::Save, &mut session);
    assert!(!matches!(saved, Action::Error(_)), "nothing refused");
    assert_eq!(
        session.store.settings().expect("settings").company.name,
        "Exempel Inkasso AB",
        "the company is the administrator's"
    );
    assert_eq!(session.store.signed_in().title, "Handläggare");
}
