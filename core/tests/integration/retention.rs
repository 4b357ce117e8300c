//! Retention sweeps: the cases closed longer ago than the period are anonymised and proven
//! gone from the bytes, held, recent and open cases are untouched, a dry run and a refused
//! officer change nothing, and closure dates are kept (and backfilled) as statuses change.

use std::collections::BTreeSet;
use std::path::Path;

use crate::common::*;
use crate::scan::{assert_gone_from_bytes, file_bytes, hits};
use klagomal_core::domain::{
    AuditAction, CaseId, Category, Channel, Direction, ERASED, LegalHold, NewAttachment,
    NewMessage, NewNote, NoteKind, Outcome, Role, Status, YearCounts,
};
use klagomal_core::store::{NewOfficer, Secret, Store, StoreError};

/// A marker that occurs nowhere else: found in the bytes only if something was left behind.
const MARKER: &str = "Rtnmarkörq5w";

/// A case received and closed on `closed` (a date long ago: the store's clock is moved there
/// and back), with `name` as the complainant's and in a message, an attachment and a note.
fn closed_case(store: &mut Store, closed: &str, name: &str) -> CaseId {
    store.set_fixed_now(Some(at(&format!("{closed} 09:00"))));
    let mut d = complaint(&format!("{closed} 08:00"), "Avgift", "Fel avgift");
    d.complainant.name = name.to_owned();
    d.complainant.id_number = None;
    d.complainant.email = format!("{}@example.com", closed.replace('-', ""));
    d.category = Some(Category::Fees);
    let case = store.create_case(d).expect("case").id;
    store
        .add_message(
            case,
            NewMessage {
                direction: Direction::Inbound,
                channel: Channel::Email,
                at: at(&format!("{closed} 08:00")),
                from: "kund@example.com".into(),
                to: "klagomal@example.com".into(),
                subject: "Avgiften".into(),
                body: format!("Hej, jag heter {name} och klagar."),
                message_id: None,
                raw: None,
                content_hash: None,
                attachments: vec![NewAttachment {
                    file_name: "faktura.txt".into(),
                    content_type: "text/plain".into(),
                    bytes: format!("bilaga {name} bilaga").into_bytes(),
                }],
            },
        )
        .expect("message");
    store
        .add_note(
            case,
            NewNote {
                kind: NoteKind::Note,
                text: format!("Ringde {name}."),
            },
        )
        .expect("note");
    store
        .batch(|b| b.set_progress(case, Some(Outcome::Rejected), None, None))
        .expect("outcome");
    store
        .change_status(case, Status::Closed, Some("Klart"))
        .expect("closed");
    store.set_fixed_now(Some(now()));
    case
}

/// The cases of the tests, on 2026-11-24 with the default 36 months.
struct Cases {
    /// Closed 2022-06-01: due, with the marker everywhere.
    due: CaseId,
    /// Closed 2023-08-31: due (its period ended 2026-08-31).
    due_2023: CaseId,
    /// Closed 2022-03-01 with a legal claim marked: past the period, kept.
    held: CaseId,
    /// Closed 2023-11-24: its period ends today, so it is not due yet.
    recent: CaseId,
    /// Received 2022-01-10 and still open.
    open: CaseId,
}

fn cases(store: &mut Store) -> Cases {
    let due = closed_case(store, "2022-06-01", &format!("Åsa {MARKER} Öberg"));
    let due_2023 = closed_case(store, "2023-08-31", "Per Lind");
    let held = closed_case(store, "2022-03-01", "Eva Holm");
    store
        .set_legal_hold(held, "Tvist i tingsrätten")
        .expect("hold");
    let recent = closed_case(store, "2023-11-24", "Kim Berg");
    store.set_fixed_now(Some(at("2022-01-10 09:00")));
    let mut d = complaint("2022-01-10 08:00", "Ränta", "Fel ränta");
    d.complainant.name = "Ola Sten".into();
    d.complainant.email = "ola.sten@example.com".into();
    let open = store.create_case(d).expect("open").id;
    store.set_fixed_now(Some(now()));
    Cases {
        due,
        due_2023,
        held,
        recent,
        open,
    }
}

fn name(store: &Store, id: CaseId) -> String {
    store.case(id).expect("case").details.complainant.name
}

#[test]
fn a_sweep_anonymises_the_cases_past_their_period_and_proves_it_on_the_bytes() {
    let (dir, path, mut store) = new_store();
    let c = cases(&mut store);
    assert_eq!(hits(&store, MARKER), 1);
    assert_eq!(store.sweep_reminder().expect("reminder"), Some(2));
    assert_eq!(
        store.retention_due().expect("due"),
        2,
        "the held case is not counted"
    );
    let before = store.case(c.due).expect("case");

    let done = store.retention_sweep(false).expect("sweep");
    assert!(!done.dry_run);
    assert_eq!(done.months, 36);
    let swept: Vec<CaseId> = done.cases.iter().map(|s| s.case_id).collect();
    assert_eq!(swept, [c.due, c.due_2023]);
    assert_eq!(done.held.len(), 1);
    assert_eq!(done.held[0].case.case_id, c.held);
    assert_eq!(
        done.held[0].hold,
        LegalHold::Marked("Tvist i tingsrätten".into())
    );
    let year = |anonymised, held| YearCounts { anonymised, held };
    assert_eq!(done.report.per_year.get(&2022), Some(&year(1, 1)));
    assert_eq!(done.report.per_year.get(&2023), Some(&year(1, 0)));
    assert_eq!((done.report.anonymised, done.report.held), (2, 1));

    // The statistics stay; the person goes.
    let after = store.case(c.due).expect("case");
    assert_eq!(after.number, before.number);
    assert_eq!(
        (after.status, after.outcome),
        (before.status, before.outcome)
    );
    assert_eq!(
        (after.details.kind, after.details.category),
        (before.details.kind, before.details.category)
    );
    assert_eq!(after.details.received_at, before.details.received_at);
    assert_eq!(after.details.complainant.name, ERASED);
    assert_eq!(
        store.closed_on(c.due).expect("closed"),
        Some(date("2022-06-01"))
    );
    assert_eq!(
        store.erased_on(c.due).expect("erased"),
        Some(date("2026-11-24"))
    );
    assert!(
        store.messages(c.due).expect("messages")[0]
            .attachments
            .is_empty()
    );
    assert!(
        store
            .notes(c.due)
            .expect("notes")
            .iter()
            .all(|n| n.text == ERASED)
    );
    assert_eq!(name(&store, c.due_2023), ERASED);
    assert_eq!(hits(&store, MARKER), 0);
    assert_eq!(hits(&store, "Öberg"), 0);
    assert_gone_from_bytes(store, &path, dir.path(), &[MARKER, "öberg"], "Kim Berg");
    let mut store = reopen(&path);
    // The held, the recent and the open case are untouched.
    assert_eq!(name(&store, c.held), "Eva Holm");
    assert_eq!(name(&store, c.recent), "Kim Berg");
    assert_eq!(name(&store, c.open), "Ola Sten");
    for id in [c.held, c.recent, c.open] {
        assert_eq!(store.erased_on(id).expect("erased"), None);
    }

    // One event for the sweep with counts only, one per case, and the chain verifies.
    let last = store.last_sweep().expect("last").expect("a sweep ran");
    assert_eq!(
        (last.months, last.run_at, last.report),
        (36, now(), done.report.clone())
    );
    let sweeps = sweep_details(&mut store, &path);
    assert_eq!(sweeps.len(), 1);
    assert!(sweeps[0].contains("\"anonymised\":2"), "{}", sweeps[0]);
    for personal in ["Öberg", MARKER, "Eva", "Holm", "Tvist", "K-"] {
        assert!(!sweeps[0].contains(personal), "{}", sweeps[0]);
    }
    assert!(history_codes(&store, c.due).contains(&AuditAction::CaseErased.code()));
    assert!(store.verify_audit().expect("verify").holds());
    assert_eq!(
        store.sweep_reminder().expect("reminder"),
        None,
        "a sweep just ran"
    );

    // A second sweep finds nothing new: an erased case is never erased again.
    let again = store.retention_sweep(false).expect("again");
    assert!(again.cases.is_empty());
    assert_eq!(again.held.len(), 1);
    let erased_events = history_codes(&store, c.due)
        .into_iter()
        .filter(|code| *code == AuditAction::CaseErased.code())
        .count();
    assert_eq!(erased_events, 1);
}

#[test]
fn a_dry_run_lists_what_it_would_do_and_changes_no_byte() {
    let (_dir, path, mut store) = new_store();
    let c = cases(&mut store);
    drop(store);
    let before = file_bytes(&path);
    let mut store = reopen(&path);
    let plan = store.retention_sweep(true).expect("dry run");
    assert!(plan.dry_run);
    let listed: Vec<CaseId> = plan.cases.iter().map(|s| s.case_id).collect();
    assert_eq!(listed, [c.due, c.due_2023]);
    assert_eq!(plan.cases[1].closed_on, date("2023-08-31"));
    assert_eq!(plan.held.len(), 1);
    assert_eq!(plan.report.anonymised, 2);
    assert!(name(&store, c.due).contains(MARKER));
    assert_eq!(store.last_sweep().expect("last"), None);
    drop(store);
    assert_eq!(
        file_bytes(&path),
        before,
        "a dry run leaves every byte as it was"
    );
}

#[test]
fn an_officer_without_the_role_is_refused_and_nothing_changes() {
    let (_dir, path, mut store) = new_store();
    let c = cases(&mut store);
    let passphrase = "olles egen långa lösenfras";
    store
        .add_officer(NewOfficer {
            name: "Olle Ek",
            title: "Handläggare",
            roles: &BTreeSet::from([Role::Officer]),
            passphrase: Some(passphrase),
        })
        .expect("officer");
    drop(store);
    let before = file_bytes(&path);
    let secret = Secret::Officer {
        name: "Olle Ek",
        passphrase,
    };
    let mut olle = Store::open(&path, secret, &options()).expect("olle");
    for dry_run in [true, false] {
        let refused = olle.retention_sweep(dry_run).err();
        assert!(
            matches!(refused, Some(StoreError::NotPermitted { .. })),
            "{refused:?}"
        );
    }
    assert!(name(&olle, c.due).contains(MARKER));
    drop(olle);
    assert_eq!(file_bytes(&path), before);
}

#[test]
fn the_period_comes_from_the_settings() {
    let (_dir, _path, mut store) = new_store();
    let c = cases(&mut store);
    let mut settings = store.settings().expect("settings");
    settings.retention.months = 60;
    store.save_settings(&settings).expect("save");
    let plan = store.retention_sweep(true).expect("dry run");
    assert_eq!(plan.months, 60);
    assert!(plan.cases.is_empty() && plan.held.is_empty(), "{plan:?}");
    settings.retention.months = 48;
    store.save_settings(&settings).expect("save");
    let plan = store.retention_sweep(true).expect("dry run");
    let listed: Vec<CaseId> = plan.cases.iter().map(|s| s.case_id).collect();
    assert_eq!(listed, [c.due], "closed before 2022-11-24");
    assert_eq!(plan.held.len(), 1);
    settings.retention.months = 12;
    store.save_settings(&settings).expect("save");
    let plan = store.retention_sweep(true).expect("dry run");
    let listed: Vec<CaseId> = plan.cases.iter().map(|s| s.case_id).collect();
    assert_eq!(listed, [c.due, c.due_2023, c.recent]);
}

#[test]
fn closing_dates_the_closure_and_reopening_clears_it() {
    let (_dir, _path, mut store) = new_store();
    let case = closed_case(&mut store, "2024-05-02", "Per Lind");
    assert_eq!(
        store.closed_on(case).expect("closed"),
        Some(date("2024-05-02"))
    );
    store
        .change_status(case, Status::UnderInvestigation, Some("Ny uppgift"))
        .expect("reopened");
    assert_eq!(store.closed_on(case).expect("closed"), None);
    store
        .change_status(case, Status::Referred, None)
        .expect("referred");
    assert_eq!(
        store.closed_on(case).expect("closed"),
        Some(date("2026-11-24"))
    );
}

#[test]
fn an_upgraded_store_finds_its_closures_in_the_audit_log() {
    let (_dir, path, mut store) = new_store();
    let c = cases(&mut store);
    let key = store.export_key().expect("key");
    drop(store);
    downgrade_to_15(&path, &key);
    let store = reopen(&path);
    assert_eq!(
        store.closed_on(c.due).expect("closed"),
        Some(date("2022-06-01"))
    );
    assert_eq!(
        store.closed_on(c.due_2023).expect("closed"),
        Some(date("2023-08-31"))
    );
    assert_eq!(store.closed_on(c.open).expect("closed"), None);
    assert_eq!(store.retention_due().expect("due"), 2);
}

/// The details of the store's `retention.swept` audit events, read on a connection of its own.
fn sweep_details(store: &mut Store, path: &Path) -> Vec<String> {
    let conn = raw_keyed(path, &store.export_key().expect("key"));
    let mut stmt = conn
        .prepare("SELECT detail FROM audit WHERE action = ?1 ORDER BY seq")
        .expect("select");
    stmt.query_map([AuditAction::RetentionSwept.code()], |r| r.get(0))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("details")
}

/// Takes migration 0016 (retention) off the store, as a store from before it would be.
fn downgrade_to_15(path: &Path, key: &str) {
    let conn = raw_keyed(path, key);
    conn.execute_batch(
        "DROP INDEX cases_by_closure;
         DROP TABLE retention_sweeps;
         ALTER TABLE cases DROP COLUMN closed_on;
         ALTER TABLE cases DROP COLUMN erased_on;
         PRAGMA user_version = 15;",
    )
    .expect("downgrade");
}

#[test]
fn the_register_extract_states_the_period_in_the_settings() {
    use std::io::Read;
    let (dir, _path, mut store) = new_store();
    letterhead(&mut store);
    let mut settings = store.settings().expect("settings");
    settings.retention.months = 24;
    store.save_settings(&settings).expect("save");
    let id = store
        .create_case(complaint("2026-11-02 09:00", "Avgift", "Fel avgift"))
        .expect("case")
        .id;
    let out = dir.path().join("registerutdrag.zip");
    klagomal_core::export::extract::register_extract(
        &mut store,
        &[id],
        klagomal_core::domain::Language::Sv,
        &klagomal_core::export::extract::ExtractChoices::default(),
        &out,
    )
    .expect("extract");
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&out).expect("zip")).expect("zip");
    let mut read = |name: &str| {
        let mut bytes = Vec::new();
        zip.by_name(name)
            .expect(name)
            .read_to_end(&mut bytes)
            .expect("read");
        bytes
    };
    let data: serde_json::Value = serde_json::from_slice(&read("uppgifter.json")).expect("json");
    assert_eq!(data["retention_months"], 24);
    let letter = pdf_text(&read("01_brev.pdf"));
    assert!(letter.contains("24 månader"), "{letter}");
}
