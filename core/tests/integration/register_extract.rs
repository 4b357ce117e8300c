//! The register extract opened as the person would: a person with three cases gets all three,
//! nothing about another person (not the representative's e-mail, not a stranger's case), a
//! cover letter that answers Art. 15(1) a–h, and the extract is in the disclosure log.

use std::collections::BTreeMap;
use std::io::Read;

use crate::common::*;
use klagomal_core::domain::{
    Channel, Direction, DisclosureSource, IdNumber, Language, LegalBasis, NewAttachment,
    NewDisclosure, NewMessage, Recipient, Representative,
};
use klagomal_core::export::extract::{LeftOutReason, register_extract};

const REP_EMAIL: &str = "karin.lund@example.se";

fn unzip(path: &std::path::Path) -> BTreeMap<String, Vec<u8>> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).expect("zip")).expect("zip");
    let mut files = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).expect("file");
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).expect("read");
        files.insert(f.name().expect("a UTF-8 name").into_owned(), bytes);
    }
    files
}

fn message(from: &str, body: &str, attachment: Option<(&str, &str)>) -> NewMessage {
    NewMessage {
        direction: Direction::Inbound,
        channel: Channel::Email,
        at: at("2026-11-05 08:00"),
        from: from.to_owned(),
        to: "klagomal@example.com".to_owned(),
        subject: "Avgiften".to_owned(),
        body: body.to_owned(),
        message_id: None,
        raw: None,
        content_hash: None,
        attachments: attachment
            .map(|(name, text)| NewAttachment {
                file_name: name.to_owned(),
                content_type: "text/plain".to_owned(),
                bytes: text.as_bytes().to_vec(),
            })
            .into_iter()
            .collect(),
    }
}

#[test]
fn a_person_with_three_cases_gets_all_three_and_nothing_about_anyone_else() {
    let (dir, _path, mut store) = new_store();
    letterhead(&mut store);
    let mut ids = Vec::new();
    for (i, received) in ["2026-01-10 09:00", "2026-05-10 09:00", "2026-11-02 09:00"]
        .into_iter()
        .enumerate()
    {
        let mut d = complaint(received, "Avgift", "Jag bestrider avgiften.");
        d.complainant.address.street = "Storgatan 1".into();
        d.complainant.address.postal_code = "903 25".into();
        d.complainant.address.city = "Umeå".into();
        if i == 2 {
            d.representative = Some(Representative {
                name: "Karin Lund".into(),
                email: REP_EMAIL.into(),
                ..Representative::default()
            });
        }
        ids.push(store.create_case(d).expect("case").id);
    }
    store
        .add_message(
            ids[0],
            message(
                "asa.oberg@example.com",
                "Hej, jag betalade i tid.",
                Some(("kvitto.txt", "Kvitto: betalt 2026-01-01")),
            ),
        )
        .expect("message");
    store
        .add_message(
            ids[2],
            message(
                REP_EMAIL,
                "Jag, Karin Lund, företräder Åsa. Ring mig.",
                Some(("fullmakt.txt", "Fullmakt för karin.lund@example.se")),
            ),
        )
        .expect("message");
    store
        .add_disclosure(
            ids[1],
            NewDisclosure {
                to: Recipient::Kronofogden,
                recipient_name: String::new(),
                what: "Namn och adress".into(),
                on: date("2026-06-01"),
                basis: LegalBasis::LegalObligation,
                source: DisclosureSource::Manual,
            },
        )
        .expect("disclosure");
    let mut stranger = complaint("2026-11-03 09:00", "Ränta", "Fel ränta");
    stranger.complainant.name = "Bertil Främling".into();
    stranger.complainant.email = "bertil@example.com".into();
    stranger.complainant.id_number = IdNumber::parse("19900101-0017", date("2026-11-24")).ok();
    store.create_case(stranger).expect("case");

    let found: Vec<_> = store
        .find_person("811218-9876")
        .expect("found")
        .into_iter()
        .map(|m| m.case_id)
        .collect();
    assert_eq!(found.len(), 3);
    let out = dir.path().join("registerutdrag.zip");
    let done = register_extract(&mut store, &found, Language::Sv, &out).expect("extract");
    let files = unzip(&out);
    assert_eq!(files.len(), done.files.len());

    let data: serde_json::Value = serde_json::from_slice(&files["uppgifter.json"]).expect("json");
    assert_eq!(data["schema"], "klagomal-register-extract/1");
    let numbers: Vec<&str> = data["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .filter_map(|c| c["number"].as_str())
        .collect();
    assert_eq!(numbers, ["K-2026-00001", "K-2026-00002", "K-2026-00003"]);
    assert_eq!(data["person"]["id_numbers"][0], "19811218-9876");

    for (name, bytes) in &files {
        let text = if name.ends_with(".pdf") {
            pdf_text(bytes)
        } else {
            String::from_utf8_lossy(bytes).into_owned()
        };
        for other in [
            REP_EMAIL,
            "Karin Lund",
            "Bertil",
            "bertil@example.com",
            "19900101",
        ] {
            assert!(!text.contains(other), "{other} in {name}: {text}");
        }
    }
    assert!(
        files.keys().any(|f| f.ends_with("kvitto.txt")),
        "her own attachment"
    );
    assert!(!files.keys().any(|f| f.ends_with("fullmakt.txt")));
    assert!(
        done.left_out
            .iter()
            .any(|l| l.what == "attachment" && l.reason == LeftOutReason::Representative)
    );

    let letter = pdf_text(&files["01_brev.pdf"]);
    for point in [
        "a) Varför vi har uppgifterna",
        "b) Vilka slags uppgifter",
        "c) Vem som har fått uppgifterna",
        "d) Hur länge vi sparar uppgifterna",
        "e) Dina rättigheter",
        "f) Du kan klaga hos IMY",
        "g) Var uppgifterna kommer ifrån",
        "h) Automatiska beslut",
        "Kronofogdemyndigheten",
        "36 månader",
        "Storgatan 1",
    ] {
        assert!(letter.contains(point), "{point}: {letter}");
    }

    let log = store.disclosures(None).expect("log");
    let to_her: Vec<_> = log
        .iter()
        .filter(|d| d.disclosure.to == Recipient::DataSubject)
        .collect();
    assert_eq!(to_her.len(), 3, "one per case");
    let kept = store.letters(ids[2]).expect("letters");
    assert_eq!(kept.len(), 1, "the cover letter is kept on the newest case");
    assert_eq!(
        kept[0].kind,
        klagomal_core::domain::LetterKind::AccessReport
    );
    assert_eq!(
        store.letter_pdf(kept[0].id).expect("pdf"),
        files["01_brev.pdf"],
        "as sent"
    );
    assert!(store.letters(ids[0]).expect("letters").is_empty());
    assert!(
        to_her
            .iter()
            .all(|d| d.disclosure.basis == LegalBasis::AccessRequest
                && d.disclosure.what == "registerutdrag.zip")
    );
}

#[test]
fn the_cover_letter_reads_in_english_too() {
    let (dir, _path, mut store) = new_store();
    letterhead(&mut store);
    let id = store
        .create_case(complaint("2026-11-02 09:00", "Fee", "Wrong fee"))
        .expect("case")
        .id;
    let out = dir.path().join("extract.zip");
    register_extract(&mut store, &[id], Language::En, &out).expect("extract");
    let files = unzip(&out);
    assert!(files.contains_key("data.json"));
    let letter = pdf_text(&files["01_letter.pdf"]);
    for point in [
        "a) Why",
        "b) What kinds",
        "c) Who has",
        "d) How long",
        "e) Your rights",
        "f) You can complain to IMY",
        "g) Where",
        "h) Automated",
    ] {
        assert!(letter.contains(point), "{point}: {letter}");
    }
}
