//! Importing in batches: one message the store refuses, in the middle of a batch, leaves nothing
//! behind and undoes none of the others.

use std::fmt::Write as _;
use std::sync::atomic::AtomicBool;

use crate::common::*;
use klagomal_core::domain::CaseNumber;
use klagomal_core::intake::import::{FailureReason, Importer, import_paths};
use klagomal_core::store::InboxFilter;
use rusqlite::Connection;

/// An mbox of `subjects.len()` new complaints; the last message replies to the first.
fn mbox(subjects: &[&str]) -> String {
    let mut out = String::new();
    for (i, subject) in subjects.iter().enumerate() {
        let _ = write!(
            out,
            "From a{i}@example.com Tue Mar 10 09:15:00 2026\nFrom: Person {i} <a{i}@example.com>\n\
             To: klagomal@example.com\nSubject: {subject}\nMessage-ID: <m{i}@example.com>\n\
             Date: Tue, 10 Mar 2026 09:1{i}:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n\
             Hej! {subject} gäller ordet ord{i}x.\n\n"
        );
    }
    out.push_str(
        "From a0@example.com Tue Mar 10 10:00:00 2026\nFrom: Person 0 <a0@example.com>\n\
         To: klagomal@example.com\nSubject: Sv: Första\nMessage-ID: <svar@example.com>\n\
         In-Reply-To: <m0@example.com>\nDate: Tue, 10 Mar 2026 10:00:00 +0100\n\
         Content-Type: text/plain; charset=utf-8\n\nEtt svar med ordet svarsordet.\n\n",
    );
    out
}

#[test]
fn a_message_that_fails_inside_a_batch_leaves_nothing_and_keeps_the_rest() {
    let (dir, path, mut store) = new_store();
    let key = store.export_key().expect("the data key");
    drop(store);
    // The store refuses this one message after its case was registered, as a full disk would.
    let conn = Connection::open(&path).expect("open");
    conn.pragma_update(None, "key", format!("x'{}'", key.as_str()))
        .expect("key");
    conn.execute_batch(
        "CREATE TRIGGER refuse BEFORE INSERT ON messages WHEN new.subject = 'Trasig'
         BEGIN SELECT RAISE(ABORT, 'refused'); END;",
    )
    .expect("trigger");
    drop(conn);
    let mut store = reopen(&path);
    let audit_before = store.audit_len().expect("audit");
    let file = dir.path().join("inkorg.mbox");
    std::fs::write(&file, mbox(&["Första", "Andra", "Trasig", "Fjärde"])).expect("mbox");

    let importer = Importer::new(&store).expect("importer");
    let mut seen = Vec::new();
    let s = import_paths(
        &mut store,
        &importer,
        std::slice::from_ref(&file),
        &AtomicBool::new(false),
        |done, total| seen.push((done, total)),
    );

    assert_eq!((s.new_cases, s.added, s.duplicates), (3, 1, 0), "{s:?}");
    assert_eq!(s.failed.len(), 1, "{s:?}");
    assert_eq!(
        (s.failed[0].message, &s.failed[0].reason),
        (Some(3), &FailureReason::Store)
    );
    assert_eq!(seen.last(), Some(&(5, 5)), "progress after each message");
    // Its case, its number, its audit events and its words are gone; the others are whole.
    assert_eq!(store.case_count().expect("count"), 3);
    let numbers: Vec<String> = s.created.iter().map(|(_, n)| n.to_string()).collect();
    assert_eq!(numbers, ["K-2026-00001", "K-2026-00002", "K-2026-00003"]);
    let fourth = store
        .case_by_number(CaseNumber { year: 2026, seq: 3 })
        .expect("the fourth message's case");
    assert_eq!(fourth.details.subject, "Fjärde");
    // Three cases, each registered with its message, and the reply.
    assert_eq!(store.audit_len().expect("audit"), audit_before + 7);
    assert!(store.verify_audit().expect("verify").holds());
    let search = |q: &str| {
        store
            .inbox_ids(
                &InboxFilter {
                    search: Some(q.into()),
                    ..InboxFilter::default()
                },
                Default::default(),
                false,
            )
            .expect("search")
            .len()
    };
    assert_eq!(search("ord2x"), 0, "the failed message left no words");
    assert_eq!(search("ord3x"), 1);
    assert_eq!(search("svarsordet"), 1, "the reply's text is searchable");
    assert_eq!(store.messages(s.created[0].0).expect("messages").len(), 2);
}

#[test]
fn a_cancelled_import_keeps_what_it_did() {
    let (dir, _path, mut store) = new_store();
    let file = dir.path().join("inkorg.mbox");
    let subjects: Vec<String> = (0..7).map(|i| format!("Ärende {i}")).collect();
    let subjects: Vec<&str> = subjects.iter().map(String::as_str).collect();
    std::fs::write(&file, mbox(&subjects)).expect("mbox");
    let importer = Importer::new(&store).expect("importer");
    let cancel = AtomicBool::new(false);
    let s = import_paths(&mut store, &importer, &[file], &cancel, |done, _| {
        if done == 4 {
            cancel.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    });
    assert!(s.cancelled, "{s:?}");
    assert_eq!(s.new_cases, 4, "{s:?}");
    assert_eq!(store.case_count().expect("count"), 4, "committed");
}
