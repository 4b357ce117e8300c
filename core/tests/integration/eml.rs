//! A kept letter written as an unsent e-mail, parsed back with mail-parser: the headers a mail
//! program needs to open it as a draft, Swedish characters intact, and the PDF byte for byte.

use crate::common::*;
use klagomal_core::domain::{
    Address, CaseId, Language, Letter, LetterKind, Representative, SentVia,
};
use klagomal_core::letters::LetterInput;
use klagomal_core::letters::eml::{self, EmlError};
use klagomal_core::letters::issuing;
use klagomal_core::store::Store;
use mail_parser::{MessageParser, MimeHeaders};

const SUBJECT: &str = "Besked om din påminnelseavgift – ärendet är utrett, Åsa Öberg";

/// A kept letter on a new case, with the subject line above.
fn kept_letter(store: &mut Store, id: CaseId, language: Language) -> Letter {
    let input = LetterInput::new(LetterKind::Acknowledgement, language, date("2026-11-20"));
    let facts = issuing::read_facts(store, id).expect("facts");
    let text = format!("{SUBJECT}\n\nVi har tagit emot ditt klagomål.");
    issuing::issue(store, &facts, &input, &text)
        .expect("issue")
        .0
}

#[test]
fn a_letter_becomes_an_unsent_email_with_its_pdf() {
    let (_dir, _path, mut store) = new_store();
    letterhead(&mut store);
    let id = store
        .create_case(complaint("2026-11-18 09:00", "Avgift", "Fel avgift."))
        .expect("case")
        .id;
    let letter = kept_letter(&mut store, id, Language::Sv);
    let mut out = Vec::new();
    let sent = eml::email_letter(&mut store, &letter, &mut out).expect("eml");

    let head_end = out
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("headers");
    assert!(out[..head_end].is_ascii(), "headers are RFC 2047 encoded");
    let mail = MessageParser::default().parse(&out).expect("parses");
    assert_eq!(mail.header_raw("X-Unsent").map(str::trim), Some("1"));
    assert_eq!(mail.subject(), Some(SUBJECT));
    let to = mail.to().and_then(|a| a.first()).expect("to");
    assert_eq!(to.address(), Some("asa.oberg@example.com"));
    assert_eq!(to.name(), Some("Åsa Öberg"));
    let from = mail.from().and_then(|a| a.first()).expect("from");
    assert_eq!(from.address(), Some("klagomal@example.com"));
    let sent_at = mail.date().expect("date");
    assert_eq!(
        (sent_at.year, sent_at.month, sent_at.day),
        (2026, 11, 24),
        "the store's clock"
    );
    let body = mail.body_text(0).expect("body");
    assert!(
        body.contains("Hej!") && body.contains("K-2026-00001"),
        "{body}"
    );
    assert!(body.contains("Med vänlig hälsning"), "{body}");

    let pdf = store.letter_pdf(letter.id).expect("pdf");
    let attachment = mail.attachment(0).expect("attachment");
    assert_eq!(attachment.contents(), pdf.as_slice());
    let ct = attachment.content_type().expect("content type");
    assert_eq!((ct.ctype(), ct.subtype()), ("application", Some("pdf")));
    assert_eq!(
        attachment.attachment_name(),
        Some("K-2026-00001_mottagningsbekraftelse_2026-11-20.pdf")
    );

    assert_eq!((sent.via, sent.on), (SentVia::Email, date("2026-11-24")));
    assert_eq!(store.dispatches(id).expect("dispatches"), [sent]);
}

#[test]
fn the_recipient_follows_the_case_and_the_language_the_letter() {
    let (_dir, _path, mut store) = new_store();
    letterhead(&mut store);
    let mut d = complaint("2026-11-18 09:00", "Avgift", "Fel avgift.");
    d.representative = Some(Representative {
        name: "Advokatbyrån Lag & Rätt".into(),
        address: Address::default(),
        email: "ombud@example.com".into(),
        phone: String::new(),
        power_of_attorney: true,
        ..Representative::default()
    });
    let represented = store.create_case(d).expect("case").id;
    let mut d = complaint("2026-11-18 09:00", "Avgift", "Fel avgift.");
    d.complainant.email.clear();
    let unreachable = store.create_case(d).expect("case").id;

    let letter = kept_letter(&mut store, represented, Language::En);
    let mut out = Vec::new();
    eml::email_letter(&mut store, &letter, &mut out).expect("eml");
    let mail = MessageParser::default().parse(&out).expect("parses");
    let to = mail.to().and_then(|a| a.first()).expect("to");
    assert_eq!(
        (to.name(), to.address()),
        (Some("Advokatbyrån Lag & Rätt"), Some("ombud@example.com"))
    );
    let body = mail.body_text(0).expect("body");
    assert!(
        body.starts_with("Hello,") && body.contains("Kind regards"),
        "{body}"
    );
    let attachment = mail.attachment(0).expect("attachment");
    assert_eq!(
        attachment.attachment_name(),
        Some("K-2026-00001_acknowledgement-of-receipt_2026-11-20.pdf")
    );

    let letter = kept_letter(&mut store, unreachable, Language::Sv);
    let mut out = Vec::new();
    let refused = eml::email_letter(&mut store, &letter, &mut out);
    assert!(matches!(refused, Err(EmlError::NoAddress)), "{refused:?}");
    assert!(out.is_empty());
    assert!(
        store
            .dispatches(unreachable)
            .expect("dispatches")
            .is_empty()
    );
}
