//! The dossier, opened as its recipient would: every file is in the manifest with the right
//! hash, the timeline is in order, nothing internal or unmasked leaks by default, and a failed or
//! cancelled export leaves nothing behind.

use std::collections::BTreeMap;
use std::io::Read;
use std::ops::ControlFlow;
use std::path::Path;

use crate::common::*;
use klagomal_core::domain::{AuditAction, EscalationBody, Language};
use klagomal_core::export::Options;
use klagomal_core::export::dossier::{self, Request};
use klagomal_core::export::{ExportError, WriteProblem};
use klagomal_core::seed::escalated::{ID_NUMBER, NOTE_TEXT, Shape, escalated_case};
use sha2::{Digest, Sha256};

const SHAPE: Shape = Shape {
    messages: 30,
    attachments: 20,
    attachment_bytes: 4_000,
};

/// The ZIP's files by name.
fn unzip(path: &Path) -> BTreeMap<String, Vec<u8>> {
    let file = std::fs::File::open(path).expect("zip");
    let mut zip = zip::ZipArchive::new(file).expect("a valid ZIP");
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).expect("entry");
            let mut bytes = Vec::new();
            f.read_to_end(&mut bytes).expect("read");
            (f.name().expect("a UTF-8 name").into_owned(), bytes)
        })
        .collect()
}

/// The text of every file the export generated: the PDFs it made and the manifest.
fn generated_text(files: &BTreeMap<String, Vec<u8>>, manifest: &serde_json::Value) -> String {
    let mut text = String::from_utf8_lossy(&files["manifest.json"]).into_owned();
    for f in manifest["files"].as_array().expect("files") {
        let kind = f["kind"].as_str().expect("kind");
        if kind == "summary" || kind == "message_pdf" {
            text.push_str(&pdf_text(&files[f["path"].as_str().expect("path")]));
        }
    }
    text
}

fn export(
    store: &mut klagomal_core::store::Store,
    id: klagomal_core::domain::CaseId,
    options: Options,
    out: &Path,
) -> dossier::Exported {
    let request = Request {
        recipient: EscalationBody::Arn,
        options,
        language: Language::Sv,
    };
    dossier::export(store, id, &request, out, &mut |_, _| {
        ControlFlow::Continue(())
    })
    .expect("exported")
}

#[test]
fn a_large_case_exports_completely_and_every_hash_matches() {
    let (dir, _path, mut store) = new_store();
    let id = escalated_case(&mut store, SHAPE).expect("case");
    let case = store.case(id).expect("case");
    let name = dossier::file_name(&case, EscalationBody::Arn, store.today());
    assert_eq!(name, format!("{}_ARN_2026-11-24.zip", case.number));
    let out = dir.path().join(&name);
    let exported = export(&mut store, id, Options::default(), &out);

    let files = unzip(&out);
    let manifest: serde_json::Value =
        serde_json::from_slice(&files["manifest.json"]).expect("manifest is JSON");
    assert_eq!(manifest["schema_version"], 1);
    assert_eq!(manifest["recipient"], "arn");
    assert_eq!(manifest["options"]["unmask"], false);
    let listed = manifest["files"].as_array().expect("files");
    // The file list matches the manifest, and every hash and size is right.
    let mut in_zip: Vec<&String> = files.keys().filter(|k| *k != "manifest.json").collect();
    let mut in_manifest: Vec<&str> = listed
        .iter()
        .map(|f| f["path"].as_str().expect("path"))
        .collect();
    in_zip.sort();
    in_manifest.sort_unstable();
    assert_eq!(in_zip, in_manifest);
    for f in listed {
        let bytes = &files[f["path"].as_str().expect("path")];
        assert_eq!(f["sha256"], hex::encode(Sha256::digest(bytes)), "{f}");
        assert_eq!(f["size"], bytes.len(), "{f}");
    }
    assert_eq!(exported.files, files.len());
    assert!(exported.has_statement);
    let zip_bytes = std::fs::read(&out).expect("zip");
    assert_eq!(exported.sha256, hex::encode(Sha256::digest(&zip_bytes)));

    // Complete: 30 message PDFs, 15 originals (the inbound ones), 20 attachments, the final
    // answer, the statement at the top, and the summary.
    let count = |kind: &str| listed.iter().filter(|f| f["kind"] == kind).count();
    assert_eq!(count("message_pdf"), 30);
    assert_eq!(count("message_original"), 15);
    assert_eq!(count("attachment"), 20);
    assert_eq!(count("letter"), 1);
    assert_eq!(count("statement"), 1);
    assert_eq!(count("summary"), 1);
    assert!(files.contains_key("01_yttrande.pdf") && files.contains_key("02_sammanstallning.pdf"));
    // The final answer and the statement went through review: who approved them, and when, is
    // in the manifest and the timeline.
    let letters = manifest["case"]["letters"].as_array().expect("letters");
    assert_eq!(letters.len(), 2);
    for letter in letters {
        assert_eq!(letter["approved_by"], "Karin Holm", "{letter}");
        assert!(letter["approved_at"].is_string(), "{letter}");
        assert_eq!(letter["self_approved"], false, "{letter}");
    }
    let timeline = manifest["timeline"].to_string();
    assert!(
        timeline.contains("Brev skapat: Slutligt besked, granskat och godkänt av Karin Holm"),
        "{timeline}"
    );
    let eml = files
        .iter()
        .find(|(k, _)| k.ends_with("original.eml"))
        .expect("an original");
    assert!(
        String::from_utf8_lossy(eml.1).starts_with("From: "),
        "the original byte for byte"
    );

    // The summary and the message PDFs carry ARN's case number as "Er referens".
    let summary = pdf_text(&files["02_sammanstallning.pdf"]);
    assert!(summary.contains("Er referens") && summary.contains("2026-08812"));
    // A message's PDF says where each of its attachments lies, beside it in its folder.
    let (text_file, _) = files
        .iter()
        .find(|(k, _)| k.ends_with("/bilagor/01_kontoutdrag.txt"))
        .expect("the first attachment");
    let folder = text_file.trim_end_matches("bilagor/01_kontoutdrag.txt");
    let message = pdf_text(&files[&format!("{folder}meddelande.pdf")]);
    let words = message.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("kontoutdrag.txt (62 B), i akten: bilagor/01_kontoutdrag.txt")
            && words.contains("Kvitto 1.pdf (4 kB), i akten: bilagor/02_kvitto-1.pdf")
            && message.contains("2026-08812"),
        "{message}"
    );

    // The timeline is numbered in time order, and the documents' folders sort the same way.
    let timeline = manifest["timeline"].as_array().expect("timeline");
    assert!(
        timeline
            .iter()
            .any(|e| e["text"].as_str().is_some_and(|t| t.contains("2026-08812"))),
        "the escalation is in the timeline: {timeline:?}"
    );
    let times: Vec<&str> = timeline
        .iter()
        .map(|e| e["at"].as_str().expect("at"))
        .collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "{times:?}");
    let numbers: Vec<u64> = timeline
        .iter()
        .map(|e| e["number"].as_u64().expect("n"))
        .collect();
    assert_eq!(numbers, (1..=timeline.len() as u64).collect::<Vec<_>>());
    let documents: Vec<(&str, u64)> = listed
        .iter()
        .filter(|f| f["path"].as_str().is_some_and(|p| p.starts_with("03_")))
        .map(|f| {
            (
                f["path"].as_str().unwrap_or(""),
                f["timeline"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    let mut sorted = documents.clone();
    sorted.sort_by_key(|(p, _)| *p);
    assert!(
        sorted.windows(2).all(|w| w[0].1 <= w[1].1),
        "sorted names follow the timeline"
    );
    for (path, n) in &documents {
        assert!(path.contains(&format!("/{n:03}_")), "{path} is entry {n}");
    }

    // The export is in the case's history, with its options and the ZIP's hash.
    let history = store.case_history(id).expect("history");
    let event = history
        .iter()
        .find(|e| e.action == AuditAction::CaseExported)
        .expect("logged");
    assert!(event.detail.contains(&exported.sha256) && event.detail.contains("\"unmask\":false"));
}

#[test]
fn by_default_no_note_and_no_full_personnummer_is_in_what_the_export_makes() {
    let (dir, _path, mut store) = new_store();
    let id = escalated_case(
        &mut store,
        Shape {
            messages: 4,
            attachments: 3,
            attachment_bytes: 1_000,
        },
    )
    .expect("case");

    let out = dir.path().join("redacted.zip");
    let exported = export(&mut store, id, Options::default(), &out);
    let files = unzip(&out);
    let manifest: serde_json::Value =
        serde_json::from_slice(&files["manifest.json"]).expect("json");
    let text = generated_text(&files, &manifest);
    assert!(!text.contains(ID_NUMBER), "no full personnummer");
    assert!(!text.contains("9876"), "not even its last four digits");
    assert!(text.contains("811218-XXXX"), "masked instead");
    assert!(!text.contains("Intern bedömning"), "no internal note");
    assert!(text.contains("Åsa Öberg") && text.contains("Påminnelseavgift"));

    // The originals cannot be masked: the officer is told which hold the number.
    let eml = files
        .iter()
        .find(|(k, _)| k.starts_with("03_handlingar/002_") && k.ends_with("original.eml"))
        .expect("the first mail");
    assert!(String::from_utf8_lossy(eml.1).contains(ID_NUMBER));
    let found: Vec<&str> = manifest["originals_with_id_numbers"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert!(found.contains(&eml.0.as_str()), "{found:?}");
    assert!(
        found.iter().any(|p| p.ends_with("kontoutdrag.txt")),
        "{found:?}"
    );
    assert!(
        exported
            .flagged
            .iter()
            .any(|f| !f.found && f.path.ends_with(".pdf")),
        "binary attachments are named as not searched"
    );

    let out = dir.path().join("full.zip");
    export(
        &mut store,
        id,
        Options {
            include_notes: true,
            unmask: true,
        },
        &out,
    );
    let files = unzip(&out);
    let manifest: serde_json::Value =
        serde_json::from_slice(&files["manifest.json"]).expect("json");
    assert_eq!(manifest["options"]["include_notes"], true);
    let text = generated_text(&files, &manifest);
    assert!(text.contains(ID_NUMBER), "with the option, in full");
    assert!(
        text.contains(NOTE_TEXT) || text.contains("Intern bedömning"),
        "with the option, the notes"
    );
}

#[test]
fn a_cancelled_or_failed_export_leaves_nothing_and_logs_nothing() {
    let (dir, _path, mut store) = new_store();
    let id = escalated_case(
        &mut store,
        Shape {
            messages: 4,
            attachments: 2,
            attachment_bytes: 1_000,
        },
    )
    .expect("case");
    let request = Request {
        recipient: EscalationBody::Fi,
        options: Options::default(),
        language: Language::En,
    };
    let exports = |store: &klagomal_core::store::Store| {
        store
            .case_history(id)
            .expect("history")
            .iter()
            .filter(|e| e.action == AuditAction::CaseExported)
            .count()
    };
    let folder = dir.path().join("out");
    std::fs::create_dir(&folder).expect("dir");
    let out = folder.join("dossier.zip");
    let mut seen = 0;
    let cancelled = dossier::export(&mut store, id, &request, &out, &mut |done, _| {
        seen = done;
        if done == 3 {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    assert!(matches!(cancelled, Err(ExportError::Cancelled)));
    assert_eq!(seen, 3);
    assert_eq!(
        std::fs::read_dir(&folder).expect("dir").count(),
        0,
        "no partial file"
    );

    let missing = dossier::export(
        &mut store,
        id,
        &request,
        &dir.path().join("no/such/folder/d.zip"),
        &mut |_, _| ControlFlow::Continue(()),
    );
    let Err(e) = missing else {
        panic!("a missing folder must fail")
    };
    assert!(matches!(
        e,
        ExportError::Write {
            problem: WriteProblem::NoFolder,
            ..
        }
    ));
    assert_eq!(exports(&store), 0, "nothing logged");

    // In English, the names are English.
    let done = dossier::export(&mut store, id, &request, &out, &mut |_, _| {
        ControlFlow::Continue(())
    })
    .expect("exported");
    let files = unzip(&done.path);
    assert!(files.contains_key("01_statement.pdf") && files.contains_key("02_case-summary.pdf"));
    assert!(files.keys().any(|k| k.starts_with("03_documents/")));
    assert_eq!(exports(&store), 1);
}

#[test]
fn the_export_flags_what_the_scan_it_is_given_found_without_searching_again() {
    use klagomal_core::export::dossier::{Scan, Scanned};
    let (dir, _path, mut store) = new_store();
    let shape = Shape {
        messages: 4,
        attachments: 2,
        attachment_bytes: 1_000,
    };
    let id = escalated_case(&mut store, shape).expect("case");
    let request = Request {
        recipient: EscalationBody::Arn,
        options: Options::default(),
        language: Language::Sv,
    };
    let mut go = |_: usize, _: usize| ControlFlow::Continue(());
    let scanned = Scanned::read(&store, id, store.today()).expect("read and scanned");
    let out = dir.path().join("scanned.zip");
    let from_scan =
        dossier::export_scanned(&mut store, &scanned, &request, &out, &mut go).expect("exported");
    let fresh = export(
        &mut store,
        id,
        Options::default(),
        &dir.path().join("fresh.zip"),
    );
    assert!(
        from_scan.flagged.iter().any(|f| f.found) && from_scan.flagged == fresh.flagged,
        "the same originals are flagged: {:?}",
        from_scan.flagged
    );

    // A scan that found nothing: the export believes it rather than reading the originals again.
    let blind = Scanned {
        scan: Scan::default(),
        ..scanned
    };
    let out = dir.path().join("blind.zip");
    let exported =
        dossier::export_scanned(&mut store, &blind, &request, &out, &mut go).expect("exported");
    assert!(exported.flagged.is_empty(), "{:?}", exported.flagged);
    let manifest: serde_json::Value =
        serde_json::from_slice(&unzip(&out)["manifest.json"]).expect("json");
    assert_eq!(
        manifest["originals_with_id_numbers"]
            .as_array()
            .map(Vec::len),
        Some(0)
    );
}
