//! Search that understands Swedish: compounds and inflections, the names of a case's kind,
//! category, status and officer in both languages, the correspondence, the count beyond the
//! candidates, a store migrated to the new index, and input that could break FTS5 syntax.

use crate::common::*;
use klagomal_core::domain::{CaseId, CaseKind, Category, Channel, Direction, NewMessage, Status};
use klagomal_core::store::{InboxFilter, SEARCH_CANDIDATES, SortKey, Store};
use rusqlite::Connection;

fn filter(text: &str) -> InboxFilter {
    InboxFilter {
        search: Some(text.to_owned()),
        ..InboxFilter::default()
    }
}

/// The subjects of the cases a search finds, sorted.
fn found(store: &Store, text: &str) -> Vec<String> {
    let ids = store
        .inbox_ids(&filter(text), SortKey::Number, false)
        .expect("search");
    let mut subjects: Vec<String> = ids
        .into_iter()
        .map(|id| store.case(id).expect("case").details.subject)
        .collect();
    subjects.sort();
    subjects
}

#[test]
fn a_word_finds_its_compounds_and_inflected_forms() {
    let (_dir, _path, mut store) = new_store();
    for (subject, text) in [
        (
            "A",
            "Påminnelseavgiften är fel och dröjsmålsräntan för hög.",
        ),
        ("B", "Ni tar ut inkassoavgifter två gånger."),
        (
            "C",
            "Trots avbetalningsplanen skickades ärendet till Kronofogden.",
        ),
        ("D", "Frågan gäller en garanti och en betalning i mars."),
        ("E", "ÅTERBETALNINGEN har inte kommit."),
        ("F", "Avgiften drogs två gånger."),
    ] {
        store
            .create_case(complaint("2026-11-01 09:00", subject, text))
            .expect("case");
    }
    // Query → must find exactly these.
    let table: [(&str, &[&str]); 18] = [
        ("avgift", &["A", "B", "F"]),
        ("AVGIFT", &["A", "B", "F"]),
        ("avgifter", &["B"]),
        ("avgiften", &["A", "F"]),
        ("betalningsplan", &["C"]),
        ("betalning", &["C", "D", "E"]),
        ("ränta", &["A"]),
        ("påminnelse", &["A"]),
        ("inkasso", &["B"]),
        ("återbet", &["E"]),
        ("ÅTERBETALNING", &["E"]),
        ("avgift ränta", &["A"]),
        ("avgift gånger", &["B", "F"]),
        ("kronofogden", &["C"]),
        ("avgifterna", &[]),
        ("påminn*", &["A"]),
        ("kr*", &["C"]),
        ("4007744*", &["A", "B", "C", "D", "E", "F"]),
    ];
    for (query, expected) in table {
        assert_eq!(found(&store, query), expected, "{query}");
    }
    // Must not find: å, ä and ö are letters of their own inside a word.
    for (query, not) in [("ränta", "D"), ("änta", "D"), ("återbetalning", "D")] {
        assert!(!found(&store, query).contains(&not.to_owned()), "{query}");
    }
}

#[test]
fn kind_category_status_and_officer_are_found_in_both_languages() {
    let (_dir, _path, mut store) = new_store();
    let sara = store
        .add_officer(klagomal_core::store::NewOfficer {
            name: "Sara Nordin",
            title: "Handläggare",
            roles: &std::collections::BTreeSet::from([klagomal_core::domain::Role::Officer]),
            passphrase: None,
        })
        .expect("officer");
    let mut details = complaint("2026-11-01 09:00", "Otrevligt samtal", "Hon skrek.");
    details.category = Some(Category::Treatment);
    let rude = store.create_case(details).expect("case").id;
    let mut details = complaint("2026-11-02 09:00", "Fel belopp", "Skulden är betald.");
    details.kind = CaseKind::Objection;
    details.category = Some(Category::DisputedClaim);
    let other = store.create_case(details).expect("case").id;
    for q in ["Bemötande", "bemöt", "Treatment"] {
        assert_eq!(found(&store, q), ["Otrevligt samtal"], "{q}");
    }
    for q in [
        "Invändning mot skulden",
        "Objection",
        "Bestridd fordran",
        "disputed",
    ] {
        assert_eq!(found(&store, q), ["Fel belopp"], "{q}");
    }
    assert_eq!(found(&store, "Nytt").len(), 2);
    assert!(found(&store, "Sara Nordin").is_empty());

    // Assigning (in bulk, as the inbox does) and a status change reindex the case.
    store
        .batch(|b| {
            for id in [rude, other] {
                b.assign(id, Some(sara))?;
            }
            Ok(())
        })
        .expect("assign");
    assert_eq!(found(&store, "Sara Nordin").len(), 2);
    assert_eq!(found(&store, "nordin"), found(&store, "Sara"));
    store.assign(other, None).expect("unassign");
    assert_eq!(found(&store, "Sara Nordin"), ["Otrevligt samtal"]);
    store
        .change_status(rude, Status::UnderInvestigation, None)
        .expect("status");
    store
        .change_status(rude, Status::Escalated, None)
        .expect("status");
    for q in ["Prövas externt", "external review", "prövas"] {
        assert_eq!(found(&store, q), ["Otrevligt samtal"], "{q}");
    }
    assert_eq!(
        found(&store, "Nytt"),
        ["Fel belopp"],
        "the old status is gone"
    );

    // A new name for the officer is found on their cases, the old one no more.
    let mut officer = store.officer(sara).expect("officer");
    officer.name = "Sara Ek".to_owned();
    store.update_officer(&officer).expect("rename");
    assert_eq!(found(&store, "Sara Ek"), ["Otrevligt samtal"]);
    assert!(found(&store, "Nordin").is_empty());
}

fn reply(store: &mut Store, case: CaseId, body: &str) {
    let message = NewMessage {
        direction: Direction::Inbound,
        channel: Channel::Email,
        at: at("2026-11-05 10:00"),
        from: "Åsa Öberg <asa.oberg@example.com>".to_owned(),
        to: "klagomal@example.com".to_owned(),
        subject: "Sv: Avgift".to_owned(),
        body: body.to_owned(),
        message_id: None,
        raw: None,
        content_hash: None,
        attachments: Vec::new(),
    };
    store.add_message(case, message).expect("message");
}

#[test]
fn the_text_of_every_message_is_found() {
    let (_dir, _path, mut store) = new_store();
    let case = store
        .create_case(complaint("2026-11-01 09:00", "Avgift", "Första brevet."))
        .expect("case")
        .id;
    reply(&mut store, case, "Här kommer kontoutdraget från Swedbank.");
    reply(&mut store, case, "Och kvittot från i fredags.");
    for q in ["kontoutdraget", "swedbank", "kvitto", "fredags"] {
        assert_eq!(found(&store, q), ["Avgift"], "{q}");
    }
}

#[test]
fn a_capped_search_says_how_many_matched_in_all() {
    let (_dir, _path, mut store) = new_store();
    let extra = 7;
    let n = SEARCH_CANDIDATES as usize + extra;
    store
        .batch(|b| {
            for i in 0..n {
                let mut d = complaint("2026-11-01 09:00", &format!("Ärende {i}"), "Avgiften.");
                // The oldest thousand: past the newest candidates of the whole search.
                if i < 1_000 {
                    d.category = Some(Category::Fees);
                }
                b.create_case(d)?;
            }
            Ok(())
        })
        .expect("cases");
    let all = filter("avgift");
    let ids = store.inbox_ids(&all, SortKey::Due, false).expect("ids");
    assert_eq!(
        ids.len(),
        SEARCH_CANDIDATES as usize,
        "the newest candidates"
    );
    assert_eq!(store.search_count(&all).expect("count"), n as u64);
    let max = ids.iter().max().copied().expect("ids");
    assert_eq!(max, CaseId(n as i64), "the newest are kept");
    // With another filter the candidates are the newest among the filtered cases: all of them.
    let fees = InboxFilter {
        category: Some(Category::Fees),
        ..all.clone()
    };
    let ids = store.inbox_ids(&fees, SortKey::Due, false).expect("ids");
    assert_eq!(ids.len(), 1_000);
    assert_eq!(store.search_count(&fees).expect("count"), 1_000);
    let narrow = filter("ärende 17");
    assert_eq!(store.search_count(&narrow).expect("count"), 1);
    assert_eq!(
        store.search_count(&InboxFilter::default()).expect("count"),
        0
    );
}

/// A wave-1 store (schema 9: one passphrase, the old word index) is brought to today's schema
/// when it is first opened: the new index is built, then the key slots.
#[test]
fn a_store_from_before_the_new_index_is_migrated() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("wave1.db");
    let mut store = klagomal_core::store::testing::create_legacy(&path, PASSPHRASE, &options())
        .expect("legacy");
    let mut details = complaint("2026-11-01 09:00", "Gammalt", "Påminnelseavgiften.");
    details.category = Some(Category::Fees);
    let case = store.create_case(details).expect("case").id;
    reply(&mut store, case, "Kvittot bifogas.");
    drop(store);
    // Back to schema 9: its index as it was, without the vocabulary, and a colleague assigned.
    let conn = Connection::open(&path).expect("open");
    conn.pragma_update(None, "key", PASSPHRASE).expect("key");
    conn.execute_batch(
        "DROP TRIGGER search_words_indexed; DROP TABLE search_words_fts; DROP TABLE search_words;
         DROP TABLE case_fts;
         CREATE VIRTUAL TABLE case_fts USING fts5 (number, subject, description, parties, refs,
             notes, content = '', contentless_delete = 1,
             tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
         INSERT INTO case_fts (rowid, number, subject, description, parties, refs, notes)
             VALUES (1, 'K-2026-00001', 'Gammalt', 'Påminnelseavgiften.', '', '', '');
         INSERT INTO officers (id, name, title) VALUES (2, 'Sara Nordin', 'Handläggare');
         UPDATE cases SET assignee_id = 2;
         PRAGMA user_version = 9;",
    )
    .expect("schema 9");
    drop(conn);

    let mut store = reopen(&path);
    for q in [
        "avgift",
        "Sara Nordin",
        "Avgifter och kostnader",
        "fees",
        "kvittot",
    ] {
        assert_eq!(found(&store, q), ["Gammalt"], "{q}");
    }
    assert!(found(&store, "okänt").is_empty());
    let key = store.export_key().expect("the data key");
    drop(store);
    let conn = Connection::open(&path).expect("open");
    conn.pragma_update(None, "key", format!("x'{}'", key.as_str()))
        .expect("key");
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .expect("version");
    assert_eq!(version, klagomal_core::store::SCHEMA_VERSION);
}

#[test]
fn input_that_could_break_fts_syntax_never_errors() {
    let (_dir, _path, mut store) = new_store();
    store
        .create_case(complaint(
            "2026-11-01 09:00",
            "Avgift",
            "Text (med) \"citat\".",
        ))
        .expect("case");
    let long = "å".repeat(600);
    let inputs = [
        "\"",
        "\"\"",
        "\"avgift",
        "avgift\"",
        "AND",
        "OR",
        "NOT",
        "avgift OR",
        "(",
        ")",
        "((avgift",
        "NEAR(a b)",
        "NEAR(avgift, 2)",
        "subject:avgift",
        "number:",
        ":",
        "*",
        "**",
        "*avgift",
        "avg*ift",
        "^avgift",
        "-avgift",
        "+",
        "{avgift}",
        "'",
        "\\",
        "a\"b\"c",
        "avgift AND",
        "🙂",
        "ÅÄÖ*",
        "%_",
        "col : x",
        "K-2026-",
        "--",
        "0x1F",
        &long,
        "\0",
        "avgift\tränta\n",
        "avg* OR (x)",
    ];
    for input in inputs {
        let result = store.inbox_ids(&filter(input), SortKey::Due, false);
        assert!(result.is_ok(), "{input:?}: {result:?}");
        assert!(store.search_count(&filter(input)).is_ok(), "{input:?}");
    }
    assert_eq!(found(&store, "(avgift)"), ["Avgift"]);
    assert_eq!(found(&store, "\"avgift\""), ["Avgift"]);
}
