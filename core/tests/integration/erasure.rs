//! Erasing a person: every case anonymised, the statistics kept, a legal hold refusing, a dry
//! run changing nothing, and the erased text proven gone from the decrypted file's bytes.

use std::path::Path;

use crate::common::*;
use klagomal_core::domain::{
    AuditAction, CaseId, Channel, Direction, ERASED, Escalation, EscalationBody, LegalHold,
    NewAttachment, NewMessage, NewNote, NoteKind, Status,
};
use klagomal_core::store::{Store, StoreError};

/// A marker that occurs nowhere else: found in the bytes only if something was left behind.
const MARKER: &str = "Zqxmarkörvj7";

/// A closed case of Åsa Öberg's with the marker in her name, a message, an attachment and a
/// note; and an open case of a stranger's.
fn person(store: &mut Store) -> (CaseId, CaseId) {
    let mut d = complaint("2026-10-01 09:00", "Avgift", "Fel avgift");
    d.complainant.name = format!("Åsa {MARKER} Öberg");
    d.complainant.phone = "070-123 45 67".into();
    d.complainant.address.street = "Storgatan 1".into();
    d.requested_remedy = "Återbetala avgiften".into();
    let case = store.create_case(d).expect("case").id;
    store
        .add_message(
            case,
            NewMessage {
                direction: Direction::Inbound,
                channel: Channel::Email,
                at: at("2026-10-01 09:00"),
                from: "asa.oberg@example.com".into(),
                to: "klagomal@example.com".into(),
                subject: "Avgiften".into(),
                body: format!("Hej, jag heter {MARKER} och klagar."),
                message_id: Some("<m1@example.com>".into()),
                raw: Some(format!("From: x\r\n\r\nraw {MARKER}").into_bytes()),
                content_hash: Some("ab".repeat(32)),
                attachments: vec![NewAttachment {
                    file_name: "faktura.txt".into(),
                    content_type: "text/plain".into(),
                    bytes: format!("bilaga {MARKER} bilaga").into_bytes(),
                }],
            },
        )
        .expect("message");
    store
        .add_note(
            case,
            NewNote {
                kind: NoteKind::Note,
                text: format!("Ringde {MARKER}."),
            },
        )
        .expect("note");
    store
        .change_status(case, Status::Closed, Some("Återkallad"))
        .expect("closed");
    let mut other = complaint("2026-10-02 09:00", "Ränta", "Fel ränta");
    other.complainant.name = "Bo Ek".into();
    other.complainant.email = "bo@example.com".into();
    other.complainant.id_number = None;
    let other = store.create_case(other).expect("other").id;
    (case, other)
}

fn file_bytes(path: &Path) -> Vec<(String, Vec<u8>)> {
    ["", "-wal", "-shm"]
        .iter()
        .map(|s| {
            let mut p = path.as_os_str().to_owned();
            p.push(s);
            (s.to_string(), std::fs::read(&p).unwrap_or_default())
        })
        .collect()
}

fn occurrences(haystack: &[u8], needle: &str) -> usize {
    haystack
        .windows(needle.len())
        .filter(|w| *w == needle.as_bytes())
        .count()
}

#[test]
fn a_dry_run_changes_nothing_and_counts_what_would_go() {
    let (_dir, path, mut store) = new_store();
    let (case, _) = person(&mut store);
    drop(store);
    let before = file_bytes(&path);
    let mut store = reopen(&path);
    let plan = store.erase_person("811218-9876", true).expect("dry run");
    assert!(plan.dry_run && plan.held.is_empty());
    assert_eq!(plan.cases.len(), 1);
    let c = plan.cases[0];
    assert_eq!(c.case_id, case);
    assert_eq!((c.messages, c.attachments, c.notes), (1, 1, 2));
    assert!(!c.representative);
    drop(store);
    assert_eq!(
        file_bytes(&path),
        before,
        "a dry run leaves every byte as it was"
    );
}

#[test]
fn only_a_complaints_manager_or_an_administrator_erases() {
    let (_dir, path, mut store) = new_store();
    person(&mut store);
    let passphrase = "olles egen långa lösenfras";
    store
        .add_officer(klagomal_core::store::NewOfficer {
            name: "Olle Ek",
            title: "Handläggare",
            roles: &std::collections::BTreeSet::from([klagomal_core::domain::Role::Officer]),
            passphrase: Some(passphrase),
        })
        .expect("officer");
    let secret = klagomal_core::store::Secret::Officer {
        name: "Olle Ek",
        passphrase,
    };
    let mut olle = Store::open(&path, secret, &options()).expect("olle");
    let refused = olle.erase_person("070-123 45 67", false).err();
    assert!(
        matches!(refused, Some(StoreError::NotPermitted { .. })),
        "{refused:?}"
    );
    assert_eq!(
        store.find_person("070-123 45 67").expect("found").len(),
        1,
        "kept"
    );
}

#[test]
fn a_name_alone_does_not_erase() {
    let (_dir, _path, mut store) = new_store();
    person(&mut store);
    for text in ["Bo Ek", ""] {
        assert!(matches!(
            store.erase_person(text, false),
            Err(StoreError::NotAnIdentifier)
        ));
    }
}

#[test]
fn a_legal_hold_refuses_with_its_reason_and_erases_nothing() {
    let (_dir, _path, mut store) = new_store();
    let (case, other) = person(&mut store);
    store
        .set_legal_hold(case, "Tvist i tingsrätten")
        .expect("hold");
    assert!(matches!(
        store.set_legal_hold(case, "  "),
        Err(StoreError::HoldReasonMissing)
    ));
    let held = |store: &mut Store, who: &str| match store.erase_person(who, false) {
        Err(StoreError::LegalHold(held)) => held.into_iter().map(|h| h.hold).collect::<Vec<_>>(),
        other => panic!("refused, not {other:?}"),
    };
    assert_eq!(
        held(&mut store, "asa.oberg@example.com"),
        [LegalHold::Marked("Tvist i tingsrätten".into())]
    );
    assert!(
        store
            .case(case)
            .expect("case")
            .details
            .complainant
            .name
            .contains(MARKER)
    );
    // The dry run says the same without refusing.
    let plan = store.erase_person("811218-9876", true).expect("dry run");
    assert_eq!(plan.held.len(), 1);
    store.release_legal_hold(case).expect("release");
    assert_eq!(store.legal_hold(case).expect("hold"), None);
    // An open case and an open escalation hold too.
    assert_eq!(
        held(&mut store, "bo@example.com"),
        [LegalHold::OpenCase(Status::New)]
    );
    store
        .escalate(
            other,
            Escalation::new(EscalationBody::Arn, date("2026-11-01")),
        )
        .expect("escalated");
    assert_eq!(
        held(&mut store, "bo@example.com"),
        [LegalHold::OpenEscalation(EscalationBody::Arn)]
    );
    let codes = history_codes(&store, case);
    assert!(codes.contains(&AuditAction::LegalHoldSet.code()));
    assert!(codes.contains(&AuditAction::LegalHoldReleased.code()));
}

#[test]
fn erasure_is_proven_on_the_decrypted_bytes() {
    let (dir, path, mut store) = new_store();
    let (case, other) = person(&mut store);
    assert_eq!(hits(&store, MARKER), 1);
    let before = store.case(case).expect("case");
    let done = store.erase_person("070-123 45 67", false).expect("erased");
    assert_eq!(done.cases.len(), 1);
    assert!(!done.dry_run);

    // The statistics survive; the person does not.
    let after = store.case(case).expect("case");
    assert_eq!(after.number, before.number);
    assert_eq!(after.status, before.status);
    assert_eq!(after.outcome, before.outcome);
    assert_eq!(after.details.kind, before.details.kind);
    assert_eq!(after.details.category, before.details.category);
    assert_eq!(after.details.received_at, before.details.received_at);
    assert_eq!(after.details.creditor, before.details.creditor);
    assert_eq!(after.details.complainant.name, ERASED);
    assert_eq!(after.details.complainant.id_number, None);
    assert!(store.find_person("811218-9876").expect("find").is_empty());
    let messages = store.messages(case).expect("messages");
    assert_eq!(messages.len(), 1);
    assert!(messages[0].attachments.is_empty() && !messages[0].has_raw);
    assert_eq!(messages[0].at, at("2026-10-01 09:00"));
    assert!(
        store
            .notes(case)
            .expect("notes")
            .iter()
            .all(|n| n.text == ERASED)
    );
    assert_eq!(hits(&store, MARKER), 0);
    assert_eq!(hits(&store, "Öberg"), 0);
    // The other person's case is untouched.
    assert_eq!(
        store.case(other).expect("other").details.complainant.name,
        "Bo Ek"
    );
    // The audit event holds counts only, and the chain verifies.
    let event = store
        .case_history(case)
        .expect("history")
        .into_iter()
        .find(|e| e.action == AuditAction::CaseErased)
        .expect("erased event");
    assert!(
        event.detail.contains("\"attachments\":1"),
        "{}",
        event.detail
    );
    assert!(!event.detail.contains("Öberg") && !event.detail.contains(MARKER));
    assert!(store.verify_audit().expect("verify").holds());
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    assert_eq!(
        std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0),
        0,
        "the WAL is truncated while the store is still open"
    );

    // (b) Every text and blob column of every table, read through the decrypted connection.
    let key = store.export_key().expect("the data key");
    let conn = keyed(&path, &key);
    let free: i64 = conn
        .query_row("PRAGMA freelist_count", [], |r| r.get(0))
        .expect("freelist");
    assert_eq!(free, 0, "no free pages after the vacuum");
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")
        .expect("tables")
        .query_map([], |r| r.get(0))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("names");
    let mut scanned = 0;
    for table in &tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{table}\""))
            .expect("select");
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).expect("rows");
        while let Some(row) = rows.next().expect("row") {
            for i in 0..columns {
                let bytes: Vec<u8> = match row.get_ref(i).expect("value") {
                    rusqlite::types::ValueRef::Text(t) | rusqlite::types::ValueRef::Blob(t) => {
                        t.to_vec()
                    }
                    _ => continue,
                };
                scanned += 1;
                assert_eq!(occurrences(&bytes, MARKER), 0, "{table} column {i}");
                assert_eq!(occurrences(&bytes, "Storgatan"), 0, "{table} column {i}");
                // The search vocabulary keeps its words in lower case.
                assert_eq!(occurrences(&bytes, "storgatan"), 0, "{table} column {i}");
                assert_eq!(occurrences(&bytes, "öberg"), 0, "{table} column {i}");
            }
        }
    }
    assert!(scanned > 50, "the scan read the tables ({scanned} values)");

    // (a) The whole file exported to a plain database, and its every byte scanned: free pages,
    // the search index's shadow tables and the page slack included.
    let plain = dir.path().join("plain.db");
    conn.execute(
        "ATTACH DATABASE ?1 AS plain KEY ''",
        [plain.to_str().expect("utf-8 path")],
    )
    .expect("attach");
    conn.query_row("SELECT sqlcipher_export('plain')", [], |_| Ok(()))
        .expect("export");
    conn.execute("DETACH DATABASE plain", []).expect("detach");
    drop(conn);
    let exported = std::fs::read(&plain).expect("plain file");
    assert!(exported.starts_with(b"SQLite format 3\0"), "really plain");
    assert!(
        occurrences(&exported, "Bo Ek") > 0,
        "the export holds the data kept"
    );
    assert_eq!(occurrences(&exported, MARKER), 0);
    // The encrypted files, raw (a weak check: they are encrypted), and the WAL truncated.
    drop(store);
    for (suffix, bytes) in file_bytes(&path) {
        assert_eq!(occurrences(&bytes, MARKER), 0, "file{suffix}");
    }
    // The decrypted pages of the main file, page by page, free pages and slack included: a
    // copy is re-encrypted under a raw key the test knows, then every page is decrypted here.
    let pages = decrypted_pages(&path, &dir.path().join("copy.db"), &key);
    assert!(pages.len() > 5, "{} pages", pages.len());
    assert!(
        pages.iter().any(|p| occurrences(p, "Bo Ek") > 0),
        "the decryption works"
    );
    for (n, page) in pages.iter().enumerate() {
        assert_eq!(occurrences(page, MARKER), 0, "page {}", n + 1);
    }
}

/// A raw 256-bit key: `PRAGMA rekey` to it skips the key derivation.
const RAW_KEY: [u8; 32] = *b"0123456789abcdef0123456789abcdef";

/// The store at `path`, copied to `copy`, re-encrypted under [`RAW_KEY`] by SQLCipher itself
/// (every page rewritten as it is, free ones included), and decrypted here page by page
/// (SQLCipher 4: 4096-byte pages ending in a 16-byte IV and a 64-byte HMAC; AES-256-CBC; the
/// first page's first 16 bytes are the salt).
fn decrypted_pages(path: &Path, copy: &Path, key: &str) -> Vec<Vec<u8>> {
    use aes::cipher::{BlockCipherDecrypt, KeyInit};
    std::fs::copy(path, copy).expect("copy");
    let conn = keyed(copy, key);
    conn.pragma_update(None, "journal_mode", "DELETE")
        .expect("no WAL");
    let hex: String = RAW_KEY.iter().map(|b| format!("{b:02x}")).collect();
    conn.pragma_update(None, "rekey", format!("x'{hex}'"))
        .expect("rekey");
    drop(conn);
    let file = std::fs::read(copy).expect("copy bytes");
    assert_eq!(file.len() % 4096, 0);
    let aes = aes::Aes256::new(&RAW_KEY.into());
    let mut pages = Vec::new();
    for (n, page) in file.chunks(4096).enumerate() {
        let start = if n == 0 { 16 } else { 0 };
        let (body, reserve) = page.split_at(4096 - 80);
        let mut prev: [u8; 16] = reserve[..16].try_into().expect("iv");
        let mut plain = Vec::with_capacity(body.len());
        for block in body[start..].chunks(16) {
            let mut b: [u8; 16] = block.try_into().expect("block");
            let cipher = b;
            let mut array = b.into();
            aes.decrypt_block(&mut array);
            b = array.into();
            plain.extend(b.iter().zip(prev).map(|(x, p)| x ^ p));
            prev = cipher;
        }
        pages.push(plain);
    }
    pages
}

/// An independent connection to the store, keyed as the app keys it.
/// A connection of its own to the store, keyed with its data key as an independent SQLCipher
/// client would be (`klagomal key export`).
fn keyed(path: &Path, key: &str) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(path).expect("open");
    conn.pragma_update(None, "key", format!("x'{key}'"))
        .expect("key");
    conn.pragma_update(None, "cipher_page_size", 4096)
        .expect("page size");
    conn.pragma_update(None, "cipher_hmac_algorithm", "HMAC_SHA512")
        .expect("hmac");
    conn.pragma_update(None, "cipher_kdf_algorithm", "PBKDF2_HMAC_SHA512")
        .expect("kdf alg");
    conn
}

/// How many cases a search finds in all.
fn hits(store: &Store, search: &str) -> u64 {
    let filter = klagomal_core::store::InboxFilter {
        search: Some(search.to_owned()),
        ..Default::default()
    };
    store.search_count(&filter).expect("search")
}
