//! Importing complaint e-mails: real fixture messages (tests/fixtures/mail, see its README) into a
//! real encrypted store.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use crate::common::*;
use klagomal_core::domain::{CaseKind, Category, Direction, IdNumber, Language};
use klagomal_core::intake::import::{FailureReason, Importer, Outcome, Summary, import_paths};
use klagomal_core::store::{InboxFilter, Store};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/mail")
        .join(name)
}

fn import(store: &mut Store, names: &[&str]) -> Summary {
    let importer = Importer::new(store)
        .expect("importer")
        .with_max_attachment(100 * 1024);
    let paths: Vec<PathBuf> = names.iter().map(|n| fixture(n)).collect();
    import_paths(store, &importer, &paths, &AtomicBool::new(false), |_, _| {})
}

fn only_case(store: &Store, search: &str) -> klagomal_core::domain::Case {
    let ids = store
        .inbox_ids(
            &InboxFilter {
                search: Some(search.into()),
                ..InboxFilter::default()
            },
            Default::default(),
            false,
        )
        .expect("ids");
    assert_eq!(ids.len(), 1, "one case for {search}");
    store.case(ids[0]).expect("case")
}

#[test]
fn swedish_mail_in_every_charset_and_encoding_reads_right() {
    let (_dir, _path, mut store) = new_store();
    let s = import(
        &mut store,
        &[
            "utf8_qp.eml",
            "latin1_qp.eml",
            "cp1252_base64.eml",
            "html_only.eml",
        ],
    );
    assert_eq!((s.new_cases, s.failed.len()), (4, 0), "{s:?}");

    let asa = only_case(&store, "Öberg");
    assert_eq!(asa.details.subject, "Klagomål på påminnelseavgift");
    assert_eq!(asa.details.complainant.email, "asa.oberg@example.com");
    assert_eq!(
        asa.details.complainant.id_number,
        Some(IdNumber::Personnummer("19811218-9876".into()))
    );
    assert!(
        asa.details
            .debt_case_numbers
            .contains(&"40077442".to_owned()),
        "{:?}",
        asa.details.debt_case_numbers
    );
    assert_eq!(asa.details.complainant.phone, "070-123 45 67");
    assert_eq!(asa.details.received_at.date(), date("2026-03-10"));
    assert_eq!(asa.details.kind, CaseKind::Complaint);

    let bjorn = only_case(&store, "Ågren");
    assert_eq!(
        bjorn.details.subject,
        "Felaktig räkning från Norrsken Energi"
    );
    assert_eq!(
        bjorn.details.kind,
        CaseKind::Objection,
        "an objection is suggested"
    );
    let suggestion = bjorn.details.suggestion.clone().expect("suggestion");
    assert!(
        suggestion
            .phrase
            .is_some_and(|p| ["bestrider", "aldrig beställt"].contains(&p.as_str()))
    );

    let renee = only_case(&store, "Renée");
    for text in ["–", "é", "Göteborg"] {
        assert!(
            renee.details.description.contains(text),
            "cp1252 {text}: {}",
            renee.details.description
        );
    }
    let lars = only_case(&store, "Nilsson");
    assert_eq!(lars.details.kind, CaseKind::PersonalData);
    assert!(
        !lars.details.description.contains('<'),
        "HTML turned into text: {}",
        lars.details.description
    );
    assert!(
        lars.details.description.contains('å') && lars.details.description.contains('&'),
        "entities decoded"
    );
}

#[test]
fn the_original_is_kept_byte_for_byte_with_its_attachments() {
    let (_dir, _path, mut store) = new_store();
    import(&mut store, &["with_attachments.eml"]);
    let case = only_case(&store, "Svensson");
    let messages = store.messages(case.id).expect("messages");
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].direction, Direction::Inbound);
    let raw = store
        .message_raw(messages[0].id)
        .expect("raw")
        .expect("kept");
    assert_eq!(
        raw,
        std::fs::read(fixture("with_attachments.eml")).expect("fixture")
    );
    let names: Vec<&str> = messages[0]
        .attachments
        .iter()
        .map(|a| a.file_name.as_str())
        .collect();
    assert_eq!(names, ["kvitto.pdf", "skärmbild.png"]);
    let pdf = store
        .attachment_bytes(messages[0].attachments[0].id)
        .expect("bytes");
    assert!(pdf.starts_with(b"%PDF"));
}

#[test]
fn replies_join_their_case_by_thread_or_case_number() {
    let (_dir, _path, mut store) = new_store();
    let first = import(&mut store, &["utf8_qp.eml"]);
    assert_eq!(first.new_cases, 1);
    let asa = only_case(&store, "Öberg");
    assert_eq!(asa.number.to_string(), "K-2026-00001");
    let s = import(
        &mut store,
        &["reply_in_reply_to.eml", "reply_case_number.eml"],
    );
    assert_eq!((s.new_cases, s.added), (0, 2), "{s:?}");
    assert_eq!(store.messages(asa.id).expect("messages").len(), 3);
    assert_eq!(store.case_count().expect("count"), 1);
}

#[test]
fn duplicates_are_skipped_and_a_reimport_adds_nothing() {
    let (_dir, _path, mut store) = new_store();
    let folder = fixture("");
    let importer = Importer::new(&store).expect("importer");
    let first = import_paths(
        &mut store,
        &importer,
        std::slice::from_ref(&folder),
        &AtomicBool::new(false),
        |_, _| {},
    );
    // Same Message-ID with other bytes, and two files without Message-ID but the same bytes.
    assert_eq!(first.duplicates, 2, "{first:?}");
    let cases = store.case_count().expect("count");
    let messages_before = store.audit_len().expect("audit");
    let again = import_paths(
        &mut store,
        &importer,
        &[folder],
        &AtomicBool::new(false),
        |_, _| {},
    );
    assert_eq!((again.new_cases, again.added), (0, 0), "{again:?}");
    assert_eq!(
        again.duplicates,
        first.new_cases + first.added + first.duplicates
    );
    assert_eq!(store.case_count().expect("count"), cases);
    assert_eq!(
        store.audit_len().expect("audit"),
        messages_before,
        "nothing written"
    );
}

#[test]
fn bad_input_gets_a_specific_outcome_and_loses_nothing_else() {
    let (_dir, _path, mut store) = new_store();
    let missing = "finns-inte.eml";
    let s = import(
        &mut store,
        &[
            "empty.eml",
            "truncated.eml",
            "binary_junk.eml",
            "no_headers.eml",
            missing,
            "unknown_charset.eml",
            "big_attachment.eml",
            "utf8_qp.eml",
        ],
    );
    let reasons: Vec<(String, FailureReason)> = s
        .failed
        .iter()
        .map(|f| {
            (
                f.file
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
                f.reason.clone(),
            )
        })
        .collect();
    assert_eq!(
        reasons,
        [
            ("empty.eml".to_owned(), FailureReason::Empty),
            ("truncated.eml".to_owned(), FailureReason::NotAMessage),
            ("binary_junk.eml".to_owned(), FailureReason::NotAMessage),
            ("no_headers.eml".to_owned(), FailureReason::NotAMessage),
            (missing.to_owned(), FailureReason::Unreadable),
        ]
    );
    assert_eq!(s.new_cases, 3, "the good ones are imported all the same");
    assert_eq!(s.unknown_charsets.len(), 1);
    assert_eq!(s.attachments_left_out.len(), 1, "{s:?}");
    let big = only_case(&store, "Bestridande");
    let kept = store.messages(big.id).expect("messages");
    assert!(
        kept[0].attachments.is_empty(),
        "the large attachment is left out, the message kept"
    );
}

#[test]
fn an_mbox_becomes_one_case_per_message_and_english_is_recognised() {
    let (_dir, _path, mut store) = new_store();
    let s = import(&mut store, &["mailbox.mbox", "english.eml"]);
    assert_eq!((s.new_cases, s.failed.len()), (4, 0), "{s:?}");
    let john = only_case(&store, "Smith");
    assert_eq!(john.details.complainant.language, Language::En);
    assert!(
        john.details
            .debt_case_numbers
            .contains(&"55501234".to_owned())
    );
}

#[test]
fn importing_one_message_at_a_time_reports_its_outcome() {
    let (_dir, _path, mut store) = new_store();
    let importer = Importer::new(&store).expect("importer");
    let bytes = std::fs::read(fixture("utf8_qp.eml")).expect("fixture");
    let (outcome, mail) = importer.import_bytes(&mut store, &bytes).expect("imported");
    assert!(matches!(outcome, Outcome::NewCase(_, n) if n.to_string() == "K-2026-00001"));
    assert_eq!(mail.subject, "Klagomål på påminnelseavgift");
    let (again, _) = importer.import_bytes(&mut store, &bytes).expect("again");
    assert_eq!(again, Outcome::Duplicate);
}

#[test]
fn the_import_fills_the_address_and_the_category_and_keeps_the_reasons() {
    let (_dir, _path, mut store) = new_store();
    let importer = Importer::new(&store).expect("importer");
    let mail = "From: Anna Svensson <anna@example.com>\r\nTo: klagomal@inkasso.example.com\r\n\
        Subject: Sv: Inkassokrav\r\nMessage-ID: <sig1@example.com>\r\n\
        Date: Tue, 10 Mar 2026 09:15:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
        Jag bestrider inte skulden, men er handläggare skrek åt mig i telefon.\r\n\
        Ring mig på 0701234569. Ert ärendenummer är 4455-2231.\r\n\r\n\
        Med vänliga hälsningar\r\nAnna Svensson\r\nStorgatan 12\r\n123 45 Västerås\r\n\r\n\
        Den 2 mars 2026 skrev Inkasso AB <info@inkasso.example.com>:\r\n\
        > Om du bestrider kravet ska du höra av dig. OCR: 8112189876\r\n";
    let (outcome, _) = importer
        .import_bytes(&mut store, mail.as_bytes())
        .expect("imported");
    let Outcome::NewCase(id, _) = outcome else {
        panic!("a new case: {outcome:?}");
    };
    let d = store.case(id).expect("case").details;
    assert_eq!(d.kind, CaseKind::Complaint);
    assert_eq!(d.category, Some(Category::Treatment));
    let s = d.suggestion.expect("suggestion");
    assert_eq!(s.phrase.as_deref(), Some("skrek"));
    assert_eq!(
        (s.category, s.category_phrase.as_deref()),
        (Some(Category::Treatment), Some("skrek"))
    );
    assert_eq!(
        d.complainant.id_number, None,
        "a mobile number is no personnummer"
    );
    assert_eq!(d.complainant.phone, "0701234569");
    assert_eq!(d.debt_case_numbers, ["44552231", "8112189876"]);
    let a = &d.complainant.address;
    assert_eq!(
        (a.street.as_str(), a.postal_code.as_str(), a.city.as_str()),
        ("Storgatan 12", "123 45", "Västerås")
    );
}
