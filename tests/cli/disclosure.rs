//! `klagomal disclosure add|list`: recorded, listed per case and as JSON, refused plainly.

use serde_json::Value;

use super::{PASSPHRASE, klagomal, ok};

#[test]
fn a_disclosure_is_added_and_listed() {
    let dir = tempfile::tempdir().expect("dir");
    let store = dir.path().join("disclosure.db");
    ok(&store, &["init", "--officer", "Eva Berg"]);
    let number = ok(
        &store,
        &[
            "new",
            "--received",
            "2026-11-02 10:00",
            "--name",
            "Åsa Öberg",
            "--subject",
            "Avgift",
        ],
    )
    .trim()
    .to_owned();
    let added = ok(
        &store,
        &[
            "disclosure",
            "add",
            &number,
            "--to",
            "kronofogden",
            "--what",
            "Namn och adress",
            "--basis",
            "legal_obligation",
            "--date",
            "2026-11-20",
        ],
    );
    assert!(added.contains("Kronofogdemyndigheten"), "{added}");

    let listed = ok(&store, &["disclosure", "list", &number]);
    assert!(
        listed.contains("2026-11-20") && listed.contains("Namn och adress"),
        "{listed}"
    );
    let json: Value =
        serde_json::from_str(&ok(&store, &["disclosure", "list", "--json"])).expect("json");
    let rows = json.as_array().expect("array");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["to"], "kronofogden");
    assert_eq!(rows[0]["basis"], "legal_obligation");
    assert_eq!(rows[0]["source"], "manual");
    assert_eq!(rows[0]["case"], number.as_str());
    let shown: Value =
        serde_json::from_str(&ok(&store, &["show", &number, "--json"])).expect("json");
    assert_eq!(shown["disclosures"][0]["what"], "Namn och adress");
    let shown = ok(&store, &["show", &number]);
    assert!(
        shown.contains("Utlämnade personuppgifter") && shown.contains("Namn och adress"),
        "{shown}"
    );

    let other = klagomal(
        &store,
        Some(PASSPHRASE),
        &[
            "disclosure",
            "add",
            &number,
            "--to",
            "other",
            "--what",
            "Akten",
            "--basis",
            "consent",
        ],
    );
    assert_eq!(other.code, 1, "{}", other.stderr);
    assert!(
        other.stderr.contains("Mottagarens namn"),
        "{}",
        other.stderr
    );
    let json: Value =
        serde_json::from_str(&ok(&store, &["disclosure", "list", "--json"])).expect("json");
    assert_eq!(json.as_array().map(Vec::len), Some(1), "nothing more kept");
}

#[test]
fn a_person_is_found_across_cases() {
    let dir = tempfile::tempdir().expect("dir");
    let store = dir.path().join("person.db");
    ok(&store, &["init", "--officer", "Eva Berg"]);
    let mut numbers = Vec::new();
    for (received, id_number) in [
        ("2026-11-02 10:00", "811218-9876"),
        ("2026-11-03 10:00", ""),
    ] {
        let mut args = vec![
            "new",
            "--received",
            received,
            "--name",
            "Åsa Öberg",
            "--subject",
            "Avgift",
        ];
        if !id_number.is_empty() {
            args.extend(["--id-number", id_number]);
        }
        numbers.push(ok(&store, &args).trim().to_owned());
    }
    let by_id = ok(&store, &["person", "find", "19811218-9876"]);
    assert!(
        by_id.contains(&numbers[0]) && !by_id.contains(&numbers[1]),
        "{by_id}"
    );
    let json: Value = serde_json::from_str(&ok(&store, &["person", "find", "Åsa Öberg", "--json"]))
        .expect("json");
    let rows = json.as_array().expect("array");
    assert_eq!(rows.len(), 2);
    assert!(
        rows.iter()
            .all(|r| r["matched_by"] == "name" && r["to_confirm"] == true)
    );
    let text = ok(&store, &["person", "find", "åsa öberg"]);
    assert!(text.contains("bekräfta"), "{text}");

    let out = dir.path().join("utdrag.zip");
    let out_arg = out.to_string_lossy().into_owned();
    let by_name = klagomal(
        &store,
        Some(PASSPHRASE),
        &["person", "extract", "Åsa Öberg", "--out", &out_arg],
    );
    assert_eq!(by_name.code, 1, "a name is not enough");
    assert!(!out.exists());
    let made = ok(
        &store,
        &["person", "extract", "811218-9876", "--out", &out_arg],
    );
    assert!(made.contains("ett ärende") && out.exists(), "{made}");
    let log: Value =
        serde_json::from_str(&ok(&store, &["disclosure", "list", "--json"])).expect("json");
    assert_eq!(log[0]["to"], "data_subject");
    assert_eq!(log[0]["source"], "register_extract");
}

#[test]
fn a_person_is_erased_unless_a_case_is_held() {
    let dir = tempfile::tempdir().expect("dir");
    let store = dir.path().join("erase.db");
    ok(&store, &["init", "--officer", "Eva Berg"]);
    let number = asa(&store);
    let letter = dir.path().join("svar.pdf");
    let letter_arg = letter.to_string_lossy().into_owned();
    // No erasure without the letter that answers it.
    let no_letter = klagomal(
        &store,
        Some(PASSPHRASE),
        &["person", "erase", "811218-9876"],
    );
    assert_eq!(no_letter.code, 2, "{}", no_letter.stderr);
    // An open case holds: the refusal is written and kept on the case.
    let refused = klagomal(
        &store,
        Some(PASSPHRASE),
        &["person", "erase", "811218-9876", "--letter", &letter_arg],
    );
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert!(
        refused.stderr.contains("inte avslutat"),
        "{}",
        refused.stderr
    );
    assert!(letter.exists(), "the refusal is written");
    let json: Value =
        serde_json::from_str(&ok(&store, &["show", &number, "--json"])).expect("json");
    assert_eq!(json["letters"][0]["kind"], "erasure", "and kept");
    std::fs::remove_file(&letter).expect("removed");
    ok(
        &store,
        &["status", &number, "closed", "--reason", "Återkallad"],
    );
    ok(
        &store,
        &["hold", &number, "--reason", "Tvist vid tingsrätten"],
    );
    let dry = klagomal(
        &store,
        Some(PASSPHRASE),
        &["person", "erase", "811218-9876", "--dry-run"],
    );
    assert_eq!(dry.code, 1);
    assert!(
        dry.stderr.contains(&number) && dry.stderr.contains("Tvist vid tingsrätten"),
        "{} {}",
        dry.stdout,
        dry.stderr
    );
    ok(&store, &["release", &number]);
    let would = ok(&store, &["person", "erase", "811218-9876", "--dry-run"]);
    assert!(would.contains("skulle raderas"), "{would}");
    assert!(
        ok(&store, &["show", &number]).contains("Åsa Öberg"),
        "a dry run changes nothing"
    );
    // The letter cannot be written: nothing is erased.
    let nowhere = dir.path().join("saknas").join("svar.pdf");
    let failed = klagomal(
        &store,
        Some(PASSPHRASE),
        &[
            "person",
            "erase",
            "811218-9876",
            "--letter",
            &nowhere.to_string_lossy(),
        ],
    );
    assert_eq!(failed.code, 1, "{}", failed.stderr);
    assert!(
        failed.stderr.contains("Ingenting raderades"),
        "{}",
        failed.stderr
    );
    assert!(ok(&store, &["show", &number]).contains("Åsa Öberg"));
    let erased = ok(
        &store,
        &["person", "erase", "811218-9876", "--letter", &letter_arg],
    );
    assert!(erased.contains("raderades"), "{erased}");
    assert!(
        fs_read(&letter).starts_with(b"%PDF"),
        "the answer is written"
    );
    let shown = ok(&store, &["show", &number]);
    assert!(
        !shown.contains("Öberg") && shown.contains("[raderad]"),
        "{shown}"
    );
    let by_name = klagomal(
        &store,
        Some(PASSPHRASE),
        &["person", "erase", "Åsa Öberg", "--letter", &letter_arg],
    );
    assert_eq!(by_name.code, 1, "a name is not enough");
    ok(&store, &["audit", "verify"]);
}

/// Registers a case of Åsa Öberg's, with her personnummer; its number.
fn asa(store: &std::path::Path) -> String {
    ok(
        store,
        &[
            "new",
            "--received",
            "2026-11-02 10:00",
            "--name",
            "Åsa Öberg",
            "--subject",
            "Avgift",
            "--id-number",
            "811218-9876",
        ],
    )
    .trim()
    .to_owned()
}

fn fs_read(path: &std::path::Path) -> Vec<u8> {
    std::fs::read(path).expect("read")
}

#[test]
fn a_person_is_rectified_with_a_letter_and_a_history() {
    let dir = tempfile::tempdir().expect("dir");
    let store = dir.path().join("rectify.db");
    ok(&store, &["init", "--officer", "Eva Berg"]);
    let number = asa(&store);
    let letter = dir.path().join("rattelse.pdf");
    let done = ok(
        &store,
        &[
            "person",
            "rectify",
            "811218-9876",
            "--field",
            "address",
            "--value",
            "Storgatan 12 B, 41319 Göteborg",
            "--reason",
            "Ny adress per e-post",
            "--letter",
            &letter.to_string_lossy(),
        ],
    );
    assert!(
        done.contains(&number) && done.contains("Storgatan 12 B, 413 19 Göteborg"),
        "{done}"
    );
    assert!(fs_read(&letter).starts_with(b"%PDF"));
    let json: Value =
        serde_json::from_str(&ok(&store, &["show", &number, "--json"])).expect("json");
    assert_eq!(
        json["details"]["complainant"]["address"]["postal_code"],
        "413 19"
    );
    assert_eq!(json["letters"][0]["kind"], "rectification");
    for (field, value, says) in [
        ("email", "inte-en-adress", "ingen giltig e-postadress"),
        ("id_number", "811218-9875", "kontrollsiffra"),
        ("address", "Storgatan 12 B", "som på ett kuvert"),
        (
            "address",
            "Storgatan 12 B, 413 19 Göteborg",
            "stämmer redan",
        ),
    ] {
        let wrong = klagomal(
            &store,
            Some(PASSPHRASE),
            &[
                "person",
                "rectify",
                "811218-9876",
                "--field",
                field,
                "--value",
                value,
            ],
        );
        assert_eq!(wrong.code, 1, "{field} {value}: {}", wrong.stderr);
        assert!(wrong.stderr.contains(says), "{field}: {}", wrong.stderr);
    }
    ok(&store, &["audit", "verify"]);
}

#[test]
fn the_officer_lists_the_notes_and_includes_only_those_chosen() {
    let dir = tempfile::tempdir().expect("dir");
    let store = dir.path().join("notes.db");
    ok(&store, &["init", "--officer", "Eva Berg"]);
    let mut numbers = Vec::new();
    for (received, name, id_number) in [
        ("2026-11-02 10:00", "Åsa Öberg", "811218-9876"),
        ("2026-11-03 10:00", "Bertil Främling", "19900101-0017"),
    ] {
        let args = [
            "new",
            "--received",
            received,
            "--name",
            name,
            "--subject",
            "Avgift",
            "--id-number",
            id_number,
        ];
        numbers.push(ok(&store, &args).trim().to_owned());
    }
    ok(&store, &["note", &numbers[0], "Åsa betalade den 1 mars."]);
    ok(&store, &["note", &numbers[0], "Kollegan Per är sjuk."]);
    ok(&store, &["note", &numbers[1], "Bertil ringde."]);
    let listed: Value =
        serde_json::from_str(&ok(&store, &["person", "notes", "811218-9876", "--json"]))
            .expect("json");
    let rows = listed.as_array().expect("array");
    assert_eq!(rows.len(), 2, "her two notes, not Bertil's: {listed}");
    assert!(rows.iter().all(|r| r["case"] == numbers[0].as_str()));
    assert_eq!(rows[0]["first_line"], "Åsa betalade den 1 mars.");
    assert_eq!(rows[0]["author"], "Eva Berg");
    let hers = rows[0]["note"].as_i64().expect("id").to_string();
    let text = ok(&store, &["person", "notes", "811218-9876"]);
    assert!(
        text.contains("--include-note") && text.contains(&hers),
        "{text}"
    );

    let out = dir.path().join("utdrag.zip");
    let out_arg = out.to_string_lossy().into_owned();
    let bertils: Value =
        serde_json::from_str(&ok(&store, &["person", "notes", "19900101-0017", "--json"]))
            .expect("json");
    let his = bertils[0]["note"].as_i64().expect("id").to_string();
    let refused = klagomal(
        &store,
        Some(PASSPHRASE),
        &[
            "person",
            "extract",
            "811218-9876",
            "--out",
            &out_arg,
            "--include-note",
            &his,
        ],
    );
    assert_eq!(refused.code, 1, "another person's note: {}", refused.stderr);
    assert!(!out.exists());
    let made = ok(
        &store,
        &[
            "person",
            "extract",
            "811218-9876",
            "--out",
            &out_arg,
            "--include-note",
            &hers,
        ],
    );
    assert!(made.contains("1 utelämnade"), "{made}");
}
