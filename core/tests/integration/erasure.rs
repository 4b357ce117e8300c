//! Erasing a person: every case anonymised, the statistics kept, a legal hold refusing, a dry
//! run changing nothing, and the erased text proven gone from the decrypted file's bytes.

use crate::common::*;
use crate::scan::{assert_gone_from_bytes, file_bytes, hits};
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
    // The person's text is gone from every byte of the file; the other person's stays.
    assert_gone_from_bytes(
        store,
        &path,
        dir.path(),
        &[MARKER, "Storgatan", "storgatan", "öberg"],
        "Bo Ek",
    );
}
