//! The register extract opened as the person would: a person with three cases gets all three,
//! nothing about another person (not the representative's e-mail, not a stranger's case), a
//! cover letter that answers Art. 15(1) a–h, and the extract is in the disclosure log.

use std::collections::BTreeMap;
use std::io::Read;

use crate::common::*;
use klagomal_core::domain::{
    Channel, Direction, DisclosureSource, IdNumber, Language, LegalBasis, NewAttachment,
    NewDisclosure, NewMessage, NewNote, NoteKind, Recipient, Representative,
};
use klagomal_core::export::extract::{
    ExtractChoices, LeftOutReason, candidate_notes, register_extract,
};

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
    let done = register_extract(
        &mut store,
        &found,
        Language::Sv,
        &ExtractChoices::default(),
        &out,
    )
    .expect("extract");
    let files = unzip(&out);
    assert_eq!(files.len(), done.files.len());

    let data: serde_json::Value = serde_json::from_slice(&files["uppgifter.json"]).expect("json");
    assert_eq!(data["schema"], "klagomal-register-extract/2");
    validates(&data);
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
    register_extract(
        &mut store,
        &[id],
        Language::En,
        &ExtractChoices::default(),
        &out,
    )
    .expect("extract");
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

fn note(
    store: &mut klagomal_core::store::Store,
    case: klagomal_core::domain::CaseId,
    text: &str,
) -> klagomal_core::domain::NoteId {
    store
        .add_note(
            case,
            NewNote {
                kind: NoteKind::PhoneCall,
                text: text.to_owned(),
            },
        )
        .expect("note")
        .id
}

#[test]
fn only_the_notes_the_officer_chose_go_in_and_the_others_are_listed_with_the_reason() {
    let (dir, _path, mut store) = new_store();
    letterhead(&mut store);
    let first = store
        .create_case(complaint("2026-03-02 09:00", "Avgift", "Fel avgift"))
        .expect("case")
        .id;
    let second = store
        .create_case(complaint("2026-10-02 09:00", "Ränta", "Fel ränta"))
        .expect("case")
        .id;
    let mut stranger = complaint("2026-10-03 09:00", "Ränta", "Fel ränta");
    stranger.complainant.name = "Bertil Främling".into();
    stranger.complainant.email = "bertil@example.com".into();
    stranger.complainant.id_number = IdNumber::parse("19900101-0017", date("2026-11-24")).ok();
    let stranger = store.create_case(stranger).expect("case").id;
    let hers = note(
        &mut store,
        first,
        "Åsa ringde: hon betalade den 1 mars.\nVill ha svar.",
    );
    let about_colleague = note(&mut store, second, "Kollegan Per var sjuk, svaret dröjer.");
    let his = note(&mut store, stranger, "Bertil ringde om räntan.");

    let cases = [first, second];
    let listed: Vec<_> = candidate_notes(&store, &cases)
        .expect("notes")
        .into_iter()
        .map(|c| (c.number.to_string(), c.note, c.first_line))
        .collect();
    assert_eq!(
        listed,
        [
            (
                "K-2026-00001".to_owned(),
                hers,
                "Åsa ringde: hon betalade den 1 mars.".to_owned()
            ),
            (
                "K-2026-00002".to_owned(),
                about_colleague,
                "Kollegan Per var sjuk, svaret dröjer.".to_owned()
            ),
        ],
        "the person's notes only, never the stranger's"
    );

    let out = dir.path().join("registerutdrag.zip");
    // The stranger's note is chosen by mistake: it stays out all the same.
    let choices = ExtractChoices {
        include_notes: [hers, his].into_iter().collect(),
    };
    let done = register_extract(&mut store, &cases, Language::Sv, &choices, &out).expect("extract");
    let files = unzip(&out);
    let data: serde_json::Value = serde_json::from_slice(&files["uppgifter.json"]).expect("json");
    let notes = &data["cases"][0]["notes"];
    assert_eq!(notes.as_array().map(Vec::len), Some(1), "{notes}");
    assert_eq!(
        notes[0]["text"],
        "Åsa ringde: hon betalade den 1 mars.\nVill ha svar."
    );
    assert_eq!(notes[0]["kind"], "phone_call");
    let file = notes[0]["file"].as_str().expect("file");
    assert!(String::from_utf8_lossy(&files[file]).contains("Vill ha svar."));
    assert_eq!(data["cases"][1]["notes"], serde_json::json!([]));
    let left: Vec<_> = data["left_out"]
        .as_array()
        .expect("left out")
        .iter()
        .map(|l| (l["case"].as_str(), l["what"].as_str(), l["reason"].as_str()))
        .collect();
    assert_eq!(
        left,
        [(Some("K-2026-00002"), Some("note"), Some("not_their_data"))]
    );
    assert_eq!(done.left_out.len(), 1);
    assert_eq!(done.left_out[0].reason, LeftOutReason::NotTheirData);
    for (name, bytes) in &files {
        if name.ends_with(".pdf") {
            continue;
        }
        let text = String::from_utf8_lossy(bytes);
        for other in ["Kollegan Per", "Bertil ringde"] {
            assert!(!text.contains(other), "{other} in {name}");
        }
    }
}

/// The published JSON Schema (docs/schemas), compiled.
fn validator() -> jsonschema::Validator {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../docs/schemas/register-extract-2.schema.json"
    );
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("schema")).expect("json");
    jsonschema::validator_for(&schema).expect("a valid schema")
}

/// Checks `data` against the published JSON Schema, naming every error.
fn validates(data: &serde_json::Value) {
    let errors: Vec<String> = validator()
        .iter_errors(data)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_schema_refuses_what_it_does_not_describe() {
    let wrong = serde_json::json!({ "schema": "klagomal-register-extract/2", "cases": [] });
    assert!(
        !validator().is_valid(&wrong),
        "required fields and a case at least"
    );
}
