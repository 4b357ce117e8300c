//! Letters to a representative (*ombud*): with a valid power of attorney the representative's
//! address sits in the envelope window (read back with `pdftotext -bbox`) and the complainant
//! is named in the subject line; without one, or after it ended, the letter goes to the
//! complainant. The power of attorney's file is kept on the case.

use crate::common::*;
use klagomal_core::domain::{
    Address, Addressee, CaseDetails, CaseId, Field, Language, LetterKind, MandateScope, Problem,
    ProblemKind, Representative,
};
use klagomal_core::letters::issuing::{self, IssueError};
use klagomal_core::letters::{LetterInput, RecipientError, eml};
use klagomal_core::store::{NewCaseFile, Store, StoreError};

/// Points per millimetre.
const PT_PER_MM: f64 = 72.0 / 25.4;

fn representative(valid_until: Option<&str>) -> Representative {
    Representative {
        name: "Karin Lund".into(),
        firm: "Advokatbyrån Lag & Rätt".into(),
        address: Address {
            street: "Box 7".into(),
            postal_code: "411 01".into(),
            city: "Göteborg".into(),
            country: String::new(),
        },
        email: "karin.lund@example.se".into(),
        phone: "031-123 45".into(),
        power_of_attorney: true,
        scope: Some(MandateScope::ThisComplaint),
        valid_until: valid_until.map(date),
        document: None,
    }
}

/// A store with a complaint by Åsa Öberg-Renée of Umeå, who has `rep` as representative.
fn store_with(rep: Option<Representative>) -> (tempfile::TempDir, Store, CaseId) {
    let (dir, _path, mut store) = new_store();
    letterhead(&mut store);
    let mut d: CaseDetails = complaint("2026-03-10 09:00", "Avgift", "Fel avgift.");
    d.complainant.name = "Åsa Öberg-Renée".into();
    d.complainant.address.street = "Älvvägen 7".into();
    d.complainant.address.postal_code = "903 26".into();
    d.complainant.address.city = "Umeå".into();
    d.representative = rep;
    let id = store.create_case(d).expect("case").id;
    (dir, store, id)
}

/// Each word on page 1 with its box in millimetres: (word, left, top, right, bottom).
fn words_on_first_page(pdf: &[u8]) -> Vec<(String, f64, f64, f64, f64)> {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("brev.pdf");
    std::fs::write(&file, pdf).expect("write");
    let out = std::process::Command::new("pdftotext")
        .args(["-bbox", "-f", "1", "-l", "1"])
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext (Debian: poppler-utils)");
    assert!(out.status.success(), "a readable PDF");
    let html = String::from_utf8_lossy(&out.stdout).into_owned();
    let attr = |tag: &str, name: &str| -> f64 {
        let start = tag.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
        let end = start + tag[start..].find('"').expect("end of attribute");
        tag[start..end].parse::<f64>().expect("number") / PT_PER_MM
    };
    html.split("<word ")
        .skip(1)
        .filter_map(|rest| {
            let (tag, after) = rest.split_once('>')?;
            let word = after.split("</word>").next()?.replace("&amp;", "&");
            let b = |n| attr(tag, n);
            Some((word, b("xMin"), b("yMin"), b("xMax"), b("yMax")))
        })
        .collect()
}

/// True when every word of `line` appears on page 1 inside the window: 20–105 mm from the
/// left, 45–75 mm from the top.
fn in_window(words: &[(String, f64, f64, f64, f64)], line: &str) -> bool {
    line.split_whitespace().all(|w| {
        words.iter().any(|(word, left, top, right, bottom)| {
            word == w && *left >= 20.0 && *right <= 105.0 && *top >= 45.0 && *bottom <= 75.0
        })
    })
}

fn issue(
    store: &mut Store,
    id: CaseId,
    kind: LetterKind,
    language: Language,
    date_: &str,
) -> Result<(klagomal_core::domain::Letter, Vec<u8>), IssueError> {
    let input = LetterInput::new(kind, language, date(date_));
    let facts = issuing::read_facts(store, id)?;
    let text = issuing::render_text(store, &facts, &input)?;
    issuing::issue(store, &facts, &input, &text)
}

#[test]
fn a_letter_to_a_representative_has_their_address_in_the_window_and_the_complainant_in_the_subject()
{
    let (_dir, mut store, id) = store_with(Some(representative(Some("2026-12-31"))));
    for (kind, language, regarding) in [
        (
            LetterKind::Acknowledgement,
            Language::Sv,
            "angående Åsa Öberg-Renée",
        ),
        (
            LetterKind::Acknowledgement,
            Language::En,
            "regarding Åsa Öberg-Renée",
        ),
        (
            LetterKind::RequestForInformation,
            Language::Sv,
            "angående Åsa Öberg-Renée",
        ),
    ] {
        let (letter, pdf) = issue(&mut store, id, kind, language, "2026-03-20").expect("letter");
        let words = words_on_first_page(&pdf);
        for line in [
            "Karin Lund",
            "Advokatbyrån Lag & Rätt",
            "Box 7",
            "411 01 Göteborg",
        ] {
            assert!(
                in_window(&words, line),
                "{kind} {language}: {line} in the window"
            );
        }
        assert!(
            !words.iter().any(|(w, ..)| w == "Älvvägen"),
            "{kind} {language}: not the complainant's address"
        );
        let subject = letter.text.lines().next().unwrap_or_default();
        assert!(subject.ends_with(regarding), "{kind} {language}: {subject}");
        let greeting = letter.text.lines().nth(2).unwrap_or_default();
        assert!(
            greeting == "Hej Karin!" || greeting == "Dear Karin Lund,",
            "{greeting}"
        );
        assert_eq!(letter.addressee, Some(Addressee::Representative));
        let to = eml::recipient_email(&store.case(id).expect("case"), &letter);
        assert_eq!(
            to.map(|m| m.email).as_deref(),
            Some("karin.lund@example.se")
        );
    }
    let kept = store.letters(id).expect("letters");
    assert!(
        kept.iter()
            .all(|l| l.addressee == Some(Addressee::Representative))
    );
}

#[test]
fn an_expired_or_missing_power_of_attorney_sends_the_letter_to_the_complainant() {
    let expired = representative(Some("2026-03-19"));
    let missing = Representative {
        power_of_attorney: false,
        ..representative(None)
    };
    for rep in [expired, missing] {
        let (_dir, mut store, id) = store_with(Some(rep.clone()));
        let (letter, pdf) = issue(
            &mut store,
            id,
            LetterKind::Acknowledgement,
            Language::Sv,
            "2026-03-20",
        )
        .expect("letter");
        let words = words_on_first_page(&pdf);
        for line in ["Åsa Öberg-Renée", "Älvvägen 7", "903 26 Umeå"] {
            assert!(in_window(&words, line), "{rep:?}: {line} in the window");
        }
        assert!(!words.iter().any(|(w, ..)| w == "Karin"), "{rep:?}");
        assert!(!letter.text.contains("angående"), "{}", letter.text);
        assert!(letter.text.contains("Hej Åsa!"), "{}", letter.text);
        assert_eq!(letter.addressee, Some(Addressee::Complainant));

        let facts = issuing::read_facts(&store, id).expect("facts");
        let mut input = LetterInput::new(
            LetterKind::Acknowledgement,
            Language::Sv,
            date("2026-03-20"),
        );
        input.recipient = Some(Addressee::Representative);
        let refused = issuing::issue(&mut store, &facts, &input, "Ämne\n\nText");
        let expected = match rep.valid_until {
            Some(until) => RecipientError::Expired(until),
            None => RecipientError::NoPowerOfAttorney,
        };
        assert!(
            matches!(refused, Err(IssueError::Recipient(e)) if e == expected),
            "{refused:?}"
        );
        assert_eq!(store.letters(id).expect("letters").len(), 1, "nothing kept");
    }
}

#[test]
fn the_power_of_attorney_is_kept_on_the_case_as_a_file() {
    let without = Representative {
        power_of_attorney: false,
        ..representative(None)
    };
    let (_dir, mut store, id) = store_with(Some(without));
    let file = NewCaseFile {
        file_name: "fullmakt.pdf".into(),
        bytes: b"%PDF-1.4 fullmakt".to_vec(),
    };
    let case = store.attach_power_of_attorney(id, &file).expect("attached");
    let rep = case.details.representative.expect("representative");
    assert!(rep.power_of_attorney, "a kept document counts as received");
    let doc = rep.document.expect("document");
    assert_eq!((doc.file_name.as_str(), doc.size), ("fullmakt.pdf", 17));
    assert_eq!(store.case_file_bytes(doc.id).expect("bytes"), file.bytes);
    assert!(history_codes(&store, id).contains(&"case.file_added"));
    assert!(store.verify_audit().expect("audit").holds());

    let (_dir, mut store, id) = store_with(None);
    let refused = store.attach_power_of_attorney(id, &file);
    let wanted = vec![Problem::new(
        Field::RepresentativeName,
        ProblemKind::Required,
    )];
    assert!(matches!(refused, Err(StoreError::Invalid(p)) if p == wanted));
}

#[test]
fn a_case_stored_before_the_representatives_address_and_power_of_attorney_details_still_reads() {
    let old = r#"{"received_at":"2026-03-10T09:00:00","channel":"letter","kind":"complaint",
        "category":null,"subject":"Avgift","description":"",
        "complainant":{"name":"Åsa Öberg","id_number":null,"address":{"street":"","postal_code":"","city":"","country":""},"email":"","phone":"","language":"sv"},
        "representative":{"name":"Karin Lund","email":"karin@example.se","phone":"","power_of_attorney":true},
        "debt_case_numbers":[],"creditor":"","amount_in_dispute":null,"requested_remedy":"","first_complaint_on":null}"#;
    let d: CaseDetails = serde_json::from_str(old).expect("an old case reads");
    let rep = d.representative.expect("representative");
    assert_eq!(rep.name, "Karin Lund");
    assert!(rep.address.is_empty());
    assert_eq!(
        (rep.firm.as_str(), rep.scope, rep.valid_until),
        ("", None, None)
    );
    let old_letter = r#"{"id":1,"case_id":1,"kind":"acknowledgement","language":"sv","date":"2026-03-20",
        "officer":1,"created_at":"2026-03-20T10:00:00","text":"Ämne","pdf_size":10}"#;
    let letter: klagomal_core::domain::Letter =
        serde_json::from_str(old_letter).expect("an old letter reads");
    assert_eq!(letter.addressee, None);
}
