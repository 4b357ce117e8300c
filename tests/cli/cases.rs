//! Registering and moving cases from the command line: new, edit, status, assign, escalate and
//! correspondence, seen through `show --json`; refusals that are said plainly and change nothing.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::{PASSPHRASE, klagomal, ok};

/// A new store with its officer and nothing else.
fn fresh() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("dir");
    let store = dir.path().join("cases.db");
    ok(&store, &["init", "--officer", "Eva Berg"]);
    (dir, store)
}

fn show(store: &Path, number: &str) -> Value {
    serde_json::from_str(&ok(store, &["show", number, "--json"])).expect("json")
}

/// The number of events in the audit log, as `audit verify` counts them.
fn audit_events(store: &Path) -> u64 {
    let said = ok(store, &["audit", "verify"]);
    said.split_whitespace()
        .find_map(|w| w.parse().ok())
        .expect("a count")
}

fn details() -> Value {
    json!({
        "received_at": "2025-03-10T09:30:15",
        "channel": "letter",
        "kind": "complaint",
        "category": "fees",
        "subject": "Påminnelseavgift trots betalning",
        "description": "Jag betalade i tid men fick ändå en avgift.",
        "complainant": {
            "name": "Åsa Öberg",
            "id_number": { "type": "personnummer", "number": "19811218-9876" },
            "address": { "street": "Storgatan 1", "postal_code": "411 01", "city": "Göteborg", "country": "" },
            "email": "asa.oberg@example.com",
            "phone": "070-123 45 67",
            "language": "sv"
        },
        "representative": {
            "name": "Advokatbyrån Lag & Rätt",
            "address": { "street": "Box 12", "postal_code": "111 22", "city": "Stockholm", "country": "" },
            "email": "info@example.com",
            "phone": "",
            "power_of_attorney": true
        },
        "debt_case_numbers": ["40077442", "123456789"],
        "creditor": "Norrsken Energi AB",
        "amount_in_dispute": 12345,
        "requested_remedy": "Stryk avgiften",
        "first_complaint_on": "2025-03-01"
    })
}

fn new_from_flags(store: &Path) -> String {
    ok(
        store,
        &[
            "new",
            "--received",
            "2025-04-01 10:00",
            "--channel",
            "phone",
            "--name",
            "Åsa Öberg",
            "--id-number",
            "811218-9876",
            "--subject",
            "Avgift",
            "--amount",
            "1 234,50",
            "--debt-cases",
            "40077442, 123456789",
        ],
    )
    .trim()
    .to_owned()
}

#[test]
fn new_from_json_gives_back_the_same_details() {
    let (dir, store) = fresh();
    let file = dir.path().join("arende.json");
    fs::write(&file, details().to_string()).expect("write");
    let number = ok(&store, &["new", "--json", file.to_str().expect("utf-8")]);
    let number = number.trim();
    assert!(number.starts_with("K-2025-"), "{number}");
    assert_eq!(show(&store, number)["details"], details());

    let flagged = new_from_flags(&store);
    let d = &show(&store, &flagged)["details"];
    assert_eq!(d["channel"], "phone");
    assert_eq!(d["amount_in_dispute"], 123_450);
    assert_eq!(d["debt_case_numbers"], json!(["40077442", "123456789"]));
    assert_eq!(d["complainant"]["id_number"]["number"], "19811218-9876");
    assert_eq!(d["received_at"], "2025-04-01T10:00:00");
}

#[test]
fn edit_status_assign_escalate_and_correspondence_show_in_show_json() {
    let (dir, store) = fresh();
    let number = new_from_flags(&store);
    let n = number.as_str();

    ok(
        &store,
        &[
            "edit",
            n,
            "--creditor",
            "Norrsken Energi AB",
            "--city",
            "Luleå",
        ],
    );
    let case = show(&store, n);
    assert_eq!(case["details"]["creditor"], "Norrsken Energi AB");
    assert_eq!(case["details"]["complainant"]["address"]["city"], "Luleå");
    assert_eq!(
        case["details"]["complainant"]["name"], "Åsa Öberg",
        "the rest stays"
    );

    let said = ok(&store, &["status", n, "under_investigation"]);
    assert!(said.contains("Under utredning"), "{said}");
    assert_eq!(show(&store, n)["status"], "under_investigation");
    let refused = klagomal(&store, Some(PASSPHRASE), &["status", n, "answered"]);
    assert_eq!(refused.code, 1);
    assert!(
        refused
            .stderr
            .contains("Tillåtna nästa steg från ”Under utredning”")
            && refused
                .stderr
                .contains("awaiting_review (Väntar på granskning)"),
        "{}",
        refused.stderr
    );
    let no_reason = klagomal(&store, Some(PASSPHRASE), &["status", n, "closed"]);
    assert_eq!(no_reason.code, 1);
    assert!(
        no_reason.stderr.contains("krävs en motivering"),
        "{}",
        no_reason.stderr
    );
    assert_eq!(show(&store, n)["status"], "under_investigation");

    ok(&store, &["assign", n, "EVA BERG"]);
    assert_eq!(show(&store, n)["assignee"], "Eva Berg");
    let unknown = klagomal(&store, Some(PASSPHRASE), &["assign", n, "Olle"]);
    assert_eq!(unknown.code, 1);
    assert!(
        unknown.stderr.contains("ingen handläggare ”Olle”") && unknown.stderr.contains("Eva Berg"),
        "{}",
        unknown.stderr
    );

    let scan = dir.path().join("brev.pdf");
    fs::write(&scan, b"%PDF-1.4 inskannat brev").expect("write");
    let scan = scan.to_str().expect("utf-8");
    ok(
        &store,
        &[
            "correspondence",
            "add",
            n,
            "--file",
            scan,
            "--subject",
            "Brev",
            "--date",
            "2025-04-03",
        ],
    );
    ok(
        &store,
        &[
            "correspondence",
            "add",
            n,
            "--phone",
            "Kunden ringde om avgiften.",
        ],
    );
    let messages = show(&store, n)["messages"].clone();
    assert_eq!(messages[0]["channel"], "letter");
    assert_eq!(messages[0]["direction"], "inbound");
    assert_eq!(messages[0]["at"], "2025-04-03T00:00:00");
    assert_eq!(messages[0]["attachments"][0]["name"], "brev.pdf");
    assert_eq!(
        messages[0]["attachments"][0]["content_type"],
        "application/pdf"
    );
    assert_eq!(messages[1]["channel"], "phone");
    assert_eq!(messages[1]["text"], "Kunden ringde om avgiften.");
    assert_eq!(messages[1]["from"], "Åsa Öberg");
    let text = ok(&store, &["show", n]);
    assert!(
        text.contains("Korrespondens") && text.contains("brev.pdf"),
        "{text}"
    );

    ok(
        &store,
        &[
            "escalate",
            n,
            "--to",
            "arn",
            "--reference",
            "2025-0815",
            "--statement-due",
            "2025-05-20",
            "--claim",
            "Avgiften ska strykas",
            "--claim",
            "Ersättning",
            "--amount",
            "60",
            "--received",
            "2025-04-20",
        ],
    );
    let case = show(&store, n);
    assert_eq!(case["status"], "escalated");
    let e = &case["escalations"][0];
    assert_eq!(
        (
            &e["body"],
            &e["reference"],
            &e["statement_due"],
            &e["amount_claimed"]
        ),
        (
            &json!("arn"),
            &json!("2025-0815"),
            &json!("2025-05-20"),
            &json!(6000)
        )
    );
    assert_eq!(e["claims"], json!(["Avgiften ska strykas", "Ersättning"]));
    assert_eq!(case["letters"], json!([]));

    // A court must be named.
    let mut args = vec![
        "escalate",
        n,
        "--to",
        "court",
        "--reference",
        "T 815-25",
        "--statement-due",
        "2025-05-30",
        "--received",
        "2025-04-22",
    ];
    let unnamed = klagomal(&store, Some(PASSPHRASE), &args);
    assert_eq!(unnamed.code, 1, "{}", unnamed.stderr);
    assert!(unnamed.stderr.contains("Tingsrätt"), "{}", unnamed.stderr);
    args.extend(["--court", "Uppsala tingsrätt"]);
    ok(&store, &args);
    let case = show(&store, n);
    assert_eq!(case["escalations"][1]["court"], json!("Uppsala tingsrätt"));
}

#[test]
fn bad_input_is_said_plainly_and_changes_nothing() {
    let (dir, store) = fresh();
    let number = new_from_flags(&store);
    let n = number.as_str();
    let before = show(&store, n);
    let events = audit_events(&store);
    let file = |name: &str, text: &str| {
        let path = dir.path().join(name);
        fs::write(&path, text).expect("write");
        path.to_str().expect("utf-8").to_owned()
    };
    let mut bad_id = details();
    bad_id["complainant"]["id_number"]["number"] = json!("19811218-9877");
    let mut bad_kind = details();
    bad_kind["kind"] = json!("complaintt");
    let (bad_id, bad_kind) = (
        file("bad_id.json", &bad_id.to_string()),
        file("bad_kind.json", &bad_kind.to_string()),
    );
    let broken = file("broken.json", "{ \"kind\": ");
    let table: Vec<(Vec<&str>, i32, &str)> = vec![
        (
            vec![
                "new",
                "--name",
                "X",
                "--subject",
                "Y",
                "--kind",
                "complaintt",
            ],
            2,
            "”complaintt” är inget giltigt värde för --kind <KIND>. Välj bland: complaint, objection, personal_data.",
        ),
        (
            vec!["edit", n, "--kind", "complaintt"],
            2,
            "Välj bland: complaint",
        ),
        (
            vec!["edit", n, "--id-number", "811218-9877"],
            1,
            "Ärendet kan inte sparas: Person- eller organisationsnummer har fel kontrollsiffra.",
        ),
        (
            vec![
                "new",
                "--name",
                "X",
                "--subject",
                "Y",
                "--id-number",
                "811218-9877",
            ],
            1,
            "har fel kontrollsiffra",
        ),
        (vec!["new", "--json", &bad_id], 1, "har fel kontrollsiffra"),
        (
            vec!["edit", n, "--json", &bad_kind],
            1,
            "går inte att läsa som ett ärendes uppgifter (rad 1",
        ),
        (vec!["new", "--json", &broken], 1, "Ingenting sparades."),
        (
            vec!["edit", n, "--amount", "tusen"],
            1,
            "Belopp är inte ett belopp i kronor",
        ),
        (
            vec![
                "escalate",
                n,
                "--to",
                "arn",
                "--reference",
                "x",
                "--statement-due",
                "imorgon",
            ],
            2,
            "--statement-due <DATE>: ”imorgon” är inte ett datum på formen ÅÅÅÅ-MM-DD.",
        ),
        (
            vec!["correspondence", "add", n, "--file", "/finns/inte.pdf"],
            1,
            "finns inte",
        ),
    ];
    for (args, code, said) in table {
        let run = klagomal(&store, Some(PASSPHRASE), &args);
        assert_eq!(run.code, code, "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains(said), "{args:?}: {}", run.stderr);
    }
    assert_eq!(show(&store, n), before);
    assert_eq!(
        audit_events(&store),
        events,
        "no new event in the audit log"
    );
    let all: Value = serde_json::from_str(&ok(&store, &["list", "--json"])).expect("json");
    assert_eq!(all.as_array().map(Vec::len), Some(1), "no new case");
}

#[test]
fn the_new_commands_explain_themselves_in_both_languages() {
    let (_dir, store) = fresh();
    let sv = ok(&store, &["new", "--help"]);
    for words in [
        "Registrera ett nytt ärende",
        "Användning:",
        "Flaggor:",
        "Visa hjälpen",
    ] {
        assert!(sv.contains(words), "{words}: {sv}");
    }
    assert!(!sv.contains("Print help"), "{sv}");
    let en = ok(&store, &["--lang", "en", "correspondence", "add", "--help"]);
    for words in [
        "Register a letter that came by post",
        "Usage:",
        "Arguments:",
        "Show this help",
    ] {
        assert!(en.contains(words), "{words}: {en}");
    }
    let version = ok(&store, &["--help"]);
    assert!(
        version.contains("Visa versionen") && version.contains("Kommandon:"),
        "{version}"
    );
}
