//! `klagomal retention sweep` and `klagomal settings retention`: a dry run listing the cases
//! by number with their holds, the real run's report per year, the JSON, the period set, and
//! an officer without the role refused in words.

use std::path::Path;

use chrono::NaiveDateTime;
use klagomal_core::domain::{CaseDetails, CaseKind, Channel, Status};
use klagomal_core::store::{OpenOptions, Secret, Store};

use super::{PASSPHRASE, klagomal, klagomal_with, ok};

/// Closes a case on 2022-05-02 and one on 2022-06-01 under a legal hold, through the library
/// with its clock moved back; returns their numbers.
fn old_cases(path: &Path) -> (String, String) {
    let options = OpenOptions {
        fixed_now: NaiveDateTime::parse_from_str("2022-05-02 10:00", "%Y-%m-%d %H:%M").ok(),
        ..OpenOptions::default()
    };
    let mut store = Store::open(path, Secret::Passphrase(PASSPHRASE), &options).expect("open");
    let mut numbers = Vec::new();
    for (day, name) in [("2022-05-02", "Åsa Öberg"), ("2022-06-01", "Per Lind")] {
        let now = NaiveDateTime::parse_from_str(&format!("{day} 10:00"), "%Y-%m-%d %H:%M").ok();
        store.set_fixed_now(now);
        let mut d = CaseDetails::new(now.expect("date"), Channel::Letter, CaseKind::Complaint);
        d.subject = "Avgift".into();
        d.complainant.name = name.into();
        let case = store.create_case(d).expect("case");
        store
            .change_status(case.id, Status::Closed, Some("Återkallad"))
            .expect("closed");
        numbers.push(case.number.to_string());
    }
    let held = store
        .case_by_number(numbers[1].parse().expect("number"))
        .expect("case");
    store
        .set_legal_hold(held.id, "Tvist i tingsrätten")
        .expect("hold");
    (numbers[0].clone(), numbers[1].clone())
}

#[test]
fn a_sweep_is_shown_first_then_run_and_reported_per_year() {
    let dir = tempfile::tempdir().expect("dir");
    let store = dir.path().join("retention.db");
    ok(&store, &["init", "--officer", "Eva Berg"]);
    let (due, held) = old_cases(&store);

    let shown = ok(&store, &["settings", "retention"]);
    assert!(shown.contains("36 månader"), "{shown}");
    let dry = ok(&store, &["retention", "sweep", "--dry-run"]);
    assert!(dry.contains("skulle anonymisera ett ärende"), "{dry}");
    assert!(
        dry.contains("Avslutade 2022: 1 anonymiseras, 1 behålls"),
        "{dry}"
    );
    assert!(
        dry.contains(&format!("{due}, avslutat 2022-05-02")),
        "{dry}"
    );
    assert!(
        dry.contains(&format!("{held}, avslutat 2022-06-01")),
        "{dry}"
    );
    assert!(dry.contains("Tvist i tingsrätten"), "{dry}");
    let json: serde_json::Value =
        serde_json::from_str(&ok(&store, &["retention", "sweep", "--dry-run", "--json"]))
            .expect("json");
    assert_eq!(json["dry_run"], true);
    assert_eq!(json["report"]["per_year"]["2022"]["anonymised"], 1);
    assert_eq!(json["cases"][0]["case"], due.as_str());
    assert_eq!(json["held"][0]["hold"], "marked");

    let done = ok(&store, &["retention", "sweep"]);
    assert!(done.contains("anonymiserade ett ärende"), "{done}");
    assert!(
        done.contains("Avslutade 2022: 1 anonymiserade, 1 behölls"),
        "{done}"
    );
    assert!(
        !done.contains(&due),
        "the report names no case it erased: {done}"
    );
    let found = ok(&store, &["person", "find", "Öberg"]);
    assert!(!found.contains(&due), "{found}");
    let again = ok(&store, &["retention", "sweep", "--dry-run"]);
    assert!(again.contains("skulle anonymisera 0 ärenden"), "{again}");
}

#[test]
fn the_period_is_set_in_months_and_the_role_is_needed() {
    let dir = tempfile::tempdir().expect("dir");
    let store = dir.path().join("retention.db");
    ok(&store, &["init", "--officer", "Eva Berg"]);
    old_cases(&store);
    let saved = ok(&store, &["settings", "retention", "60"]);
    assert!(saved.contains("60 månader"), "{saved}");
    let none = ok(&store, &["retention", "sweep", "--dry-run"]);
    assert!(
        none.contains("Inget ärende har passerat lagringstiden på 60 månader"),
        "{none}"
    );
    let bad = klagomal(&store, Some(PASSPHRASE), &["settings", "retention", "0"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("1–120"), "{}", bad.stderr);

    super::officers::add(
        &store,
        "Olle Ek",
        "olles egen långa lösenfras",
        &["officer"],
    );
    let env = [
        ("KLAGOMAL_PASSPHRASE", "olles egen långa lösenfras"),
        ("KLAGOMAL_OFFICER", "Olle Ek"),
    ];
    for args in [
        &["retention", "sweep"][..],
        &["retention", "sweep", "--dry-run"][..],
    ] {
        let run = klagomal_with(&store, &env, args);
        assert_eq!(run.code, 1, "{args:?}");
        assert!(run.stderr.contains("kräver rollen"), "{}", run.stderr);
    }
}
