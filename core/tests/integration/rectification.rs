//! Rectifying a person across cases, and the answers to rectification and erasure requests:
//! the change with its history, the letters (read back from the PDF) and what is kept.

use crate::common::*;
use klagomal_core::domain::{
    AuditAction, CaseId, Correction, CorrectionProblem, DisclosureSource, ERASED, LegalBasis,
    LetterKind, NewDisclosure, Recipient, RectifiedField, Status,
};
use klagomal_core::letters::gdpr::answer::{self, AnswerError, PersonLetter};
use klagomal_core::store::{Store, StoreError};

/// Two closed cases of Åsa Öberg's (the newer one in English), one open case of Bo Ek's, and
/// a disclosure of Åsa's data to the creditor.
fn people(store: &mut Store) -> (CaseId, CaseId, CaseId) {
    letterhead(store);
    let first = store
        .create_case(complaint("2026-09-01 09:00", "Avgift", "Fel avgift"))
        .expect("case")
        .id;
    let mut d = complaint("2026-10-01 09:00", "Ränta", "Fel ränta");
    d.complainant.address.street = "Gamla vägen 1".into();
    d.complainant.address.postal_code = "722 15".into();
    d.complainant.address.city = "Västerås".into();
    let second = store.create_case(d).expect("case").id;
    for id in [first, second] {
        store
            .change_status(id, Status::Closed, Some("Klart"))
            .expect("closed");
    }
    let mut other = complaint("2026-10-02 09:00", "Bemötande", "Otrevlig");
    other.complainant.name = "Bo Ek".into();
    other.complainant.email = "bo@example.com".into();
    other.complainant.id_number = None;
    let bo = store.create_case(other).expect("case").id;
    store
        .add_disclosure(
            first,
            NewDisclosure {
                to: Recipient::Creditor,
                recipient_name: "Norrsken Energi AB".into(),
                what: "Klagomålet".into(),
                on: date("2026-11-01"),
                basis: LegalBasis::LegitimateInterests,
                source: DisclosureSource::Manual,
            },
        )
        .expect("disclosure");
    (first, second, bo)
}

/// A PDF's text on one line, as pdftotext breaks lines where the layout does.
fn flat(pdf: &[u8]) -> String {
    pdf_text(pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn address(text: &str) -> Correction {
    Correction::parse(RectifiedField::Address, text, date("2026-11-24")).expect("address")
}

#[test]
fn a_rectification_changes_every_case_keeps_the_old_value_and_confirms_by_letter() {
    let (_dir, _path, mut store) = new_store();
    let (first, second, bo) = people(&mut store);
    let done = answer::rectify(
        &mut store,
        "811218-9876",
        &address("Storgatan 12 B, 41319 Göteborg"),
        "Ny adress enligt e-post",
    )
    .expect("rectified");
    let changed: Vec<CaseId> = done.rectified.changed.iter().map(|(id, _)| *id).collect();
    assert_eq!(changed, [first, second]);
    assert_eq!(done.kept_on, second, "kept on the newest case");
    for id in [first, second] {
        let c = store.case(id).expect("case").details.complainant;
        assert_eq!(c.address.lines(), ["Storgatan 12 B", "413 19 Göteborg"]);
    }
    // The old value is in the history, with who and when; the audit names only the field.
    let history = store.rectifications(second).expect("history");
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].old_value, "Gamla vägen 1, 722 15 Västerås");
    assert_eq!(history[0].new_value, "Storgatan 12 B, 413 19 Göteborg");
    assert_eq!(history[0].reason, "Ny adress enligt e-post");
    assert_eq!(history[0].by, store.actor());
    let events = store.case_history(second).expect("history");
    let event = events
        .iter()
        .find(|e| e.action == AuditAction::PersonRectified)
        .expect("rectified event");
    assert_eq!(event.detail, r#"{"field":"address"}"#);
    assert!(store.verify_audit().expect("audit").holds());
    // Bo is not touched.
    assert!(store.rectifications(bo).expect("history").is_empty());

    // The letter goes to the new address and says what now holds, and whom we tell.
    let letters = store.letters(second).expect("letters");
    let kept = letters.last().expect("letter");
    assert_eq!(kept.kind, LetterKind::Rectification);
    let text = flat(&store.letter_pdf(kept.id).expect("pdf"));
    for part in [
        "Vi har rättat dina uppgifter hos Exempel Inkasso AB",
        "Storgatan 12 B",
        "413 19 Göteborg",
        "Adress: Storgatan 12 B, 413 19 Göteborg",
        "K-2026-00001 och K-2026-00002",
        "Norrsken Energi AB",
        "Integritetsskyddsmyndigheten",
    ] {
        assert!(text.contains(part), "{part} in {text}");
    }
    assert!(
        !text.contains("Gamla vägen"),
        "the old address is not written"
    );
    assert!(
        done.letter
            .text
            .contains("2026-00002.\n\nAdress: Storgatan 12 B, 413 19 Göteborg\n\nFrån och med nu"),
        "paragraphs apart: {}",
        done.letter.text
    );

    // The same value again changes nothing and keeps no letter.
    let again = answer::rectify(
        &mut store,
        "asa.oberg@example.com",
        &address("Storgatan 12 B, 413 19 Göteborg"),
        "",
    );
    assert!(matches!(
        again,
        Err(AnswerError::Store(StoreError::Correction(
            CorrectionProblem::Unchanged
        )))
    ));
    assert_eq!(store.letters(second).expect("letters").len(), letters.len());
}

#[test]
fn a_name_or_an_unknown_person_is_refused() {
    let (_dir, _path, mut store) = new_store();
    people(&mut store);
    let name = Correction::Name("Åsa Öberg-Lind".into());
    assert!(matches!(
        store.rectify_person("Åsa Öberg", &name, ""),
        Err(StoreError::NotAnIdentifier)
    ));
    assert!(matches!(
        store.rectify_person("nobody@example.com", &name, ""),
        Err(StoreError::NotFoundRow("person"))
    ));
}

#[test]
fn a_rectified_name_leaves_the_search_and_erasure_blanks_the_history() {
    let (_dir, _path, mut store) = new_store();
    let (first, _, _) = people(&mut store);
    let name = Correction::Name("Åsa Lindqvärn".into());
    store
        .rectify_person("811218-9876", &name, "Namnbyte")
        .expect("rectified");
    let email = Correction::Email("asa.lindqvarn@example.com".into());
    store
        .rectify_person("811218-9876", &email, "Ny e-post")
        .expect("rectified");
    let search = |store: &Store, text: &str| {
        let filter = klagomal_core::store::InboxFilter {
            search: Some(text.to_owned()),
            ..Default::default()
        };
        store.search_count(&filter).expect("search")
    };
    assert_eq!(search(&store, "Lindqvärn"), 2);
    assert_eq!(
        search(&store, "Öberg"),
        0,
        "the old name no longer finds them"
    );
    // Erasing the person blanks the history too: the old name was personal data.
    let mut saved = Vec::new();
    let done = answer::erase(&mut store, "811218-9876", &mut |l: &PersonLetter| {
        saved.push(l.text.clone());
        Ok(())
    })
    .expect("erased");
    assert!(!done.refused);
    let history = store.rectifications(first).expect("history");
    assert_eq!(history[0].old_value, ERASED);
    assert_eq!(history[0].new_value, ERASED);
    assert_eq!(saved.len(), 1);
    assert!(
        saved[0].starts_with("Vi har raderat dina uppgifter"),
        "{}",
        saved[0]
    );
}

#[test]
fn an_erasure_with_one_case_held_erases_the_other_and_says_why_one_is_kept() {
    let (_dir, _path, mut store) = new_store();
    let (first, second, _) = people(&mut store);
    store
        .set_legal_hold(first, "Tvist om avgiften vid tingsrätten")
        .expect("hold");
    let mut letter = None;
    let done = answer::erase(
        &mut store,
        "asa.oberg@example.com",
        &mut |l: &PersonLetter| {
            letter = Some(l.clone());
            Ok(())
        },
    )
    .expect("erased");
    assert!(!done.refused);
    assert_eq!(done.kept_on, None, "a letter with erased data is not kept");
    let erased: Vec<_> = done.erasure.erased().map(|c| c.case_id).collect();
    assert_eq!(erased, [second]);
    assert_eq!(done.erasure.held.len(), 1);
    assert_eq!(
        store.case(second).expect("case").details.complainant.name,
        ERASED
    );
    assert_eq!(
        store.case(first).expect("case").details.complainant.name,
        "Åsa Öberg",
        "the held case stays whole"
    );
    let letter = letter.expect("saved before erasing");
    let text = flat(&letter.pdf);
    for part in [
        "Vi har raderat en del av dina uppgifter",
        "Åsa Öberg",
        "ärendet K-2026-00002",
        "K-2026-00001: vi behöver uppgifterna för ett rättsligt anspråk (Tvist om avgiften vid tingsrätten)",
        "artikel 17.3 b och e",
        "Integritetsskyddsmyndigheten (IMY)",
        "allmän domstol",
        "Norrsken Energi AB",
    ] {
        assert!(text.contains(part), "{part} in {text}");
    }
    assert!(
        letter.text.contains("ännu:\n– K-2026-00001"),
        "{}",
        letter.text
    );
    assert!(!letter.text.contains("\n\n\n"), "{}", letter.text);
    assert!(store.verify_audit().expect("audit").holds());
}

#[test]
fn an_erasure_refused_by_holds_is_answered_and_the_answer_kept() {
    let (_dir, _path, mut store) = new_store();
    let (_, _, bo) = people(&mut store);
    let before = store.case(bo).expect("case");
    let mut saved = 0;
    let done = answer::erase(&mut store, "bo@example.com", &mut |_: &PersonLetter| {
        saved += 1;
        Ok(())
    })
    .expect("answered");
    assert!(done.refused);
    assert_eq!(saved, 1);
    assert_eq!(done.kept_on, Some(bo));
    assert_eq!(store.case(bo).expect("case").details, before.details);
    let letters = store.letters(bo).expect("letters");
    assert_eq!(letters.len(), 1);
    assert_eq!(letters[0].kind, LetterKind::Erasure);
    let text = flat(&done.letter.pdf);
    for part in [
        "Vi kan inte radera dina uppgifter ännu",
        "ärendet är inte avslutat, och vi behöver uppgifterna för att utreda och besvara det",
        "Vill du dra tillbaka ett ärende",
        "Integritetsskyddsmyndigheten (IMY)",
    ] {
        assert!(text.contains(part), "{part} in {text}");
    }
    assert!(
        !text.contains("Raderingen gäller"),
        "nothing erased, nothing said of it"
    );
}

#[test]
fn a_letter_that_cannot_be_saved_erases_nothing() {
    let (_dir, _path, mut store) = new_store();
    let (first, second, _) = people(&mut store);
    let before = store.case(first).expect("case");
    let failed = answer::erase(&mut store, "811218-9876", &mut |_: &PersonLetter| {
        Err(std::io::Error::from(std::io::ErrorKind::StorageFull))
    });
    assert!(matches!(failed, Err(AnswerError::Save(_))));
    assert_eq!(store.case(first).expect("case").details, before.details);
    assert_ne!(
        store.case(second).expect("case").details.complainant.name,
        ERASED
    );
}

#[test]
fn the_letters_read_well_in_english() {
    let (_dir, _path, mut store) = new_store();
    let (_, second, _) = people(&mut store);
    let mut case = store.case(second).expect("case");
    case.details.complainant.language = klagomal_core::domain::Language::En;
    store.update_case(second, case.details).expect("english");
    let done = answer::rectify(
        &mut store,
        "811218-9876",
        &Correction::parse(RectifiedField::Email, "", date("2026-11-24")).expect("email"),
        "",
    )
    .expect("rectified");
    let text = flat(&done.letter.pdf);
    assert!(text.contains("We have corrected your data"), "{text}");
    assert!(text.contains("E-mail address: removed"), "{text}");
    let mut pdf = Vec::new();
    answer::erase(&mut store, "811218-9876", &mut |l: &PersonLetter| {
        pdf = l.pdf.clone();
        Ok(())
    })
    .expect("erased");
    let text = flat(&pdf);
    assert!(text.contains("We have erased your data"), "{text}");
    assert!(
        text.contains("cases K-2026-00001 and K-2026-00002"),
        "{text}"
    );
}
