//! `cargo bench --bench import`: importing 10 000 generated complaint e-mails (one in ten with a
//! 20 KB PDF attachment) from an mbox file into an encrypted store: messages per second.
//! `KLAGOMAL_BENCH_MESSAGES` for another number.

use std::fmt::Write as _;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use klagomal_core::intake::import::{Importer, import_paths};
use klagomal_core::store::{OpenOptions, Secret, Store};

fn mbox(count: usize) -> String {
    let names = [
        "Åsa Öberg",
        "Björn Ågren",
        "Renée Lindqvist",
        "Lars Nilsson",
        "Maria Svensson",
    ];
    let attachment = "JVBERi0xLjQK".repeat(20 * 1024 / 12);
    let mut out = String::new();
    for i in 0..count {
        let name = names[i % names.len()];
        let addr = format!("person{}@example.com", i % 997);
        let body = format!(
            "Hej!\n\nJag är missnöjd med hur ni har hanterat ärendenummer {}. Avgiften på {} kr är fel och jag har redan betalat.\n\nMvh {name}\n",
            40_000_000 + i,
            60 + i % 400
        );
        let _ = write!(
            out,
            "From {addr} Tue Mar 10 09:15:00 2026\nFrom: {name} <{addr}>\nTo: klagomal@inkasso.example.com\nSubject: Klagomål nr {i}\nMessage-ID: <bench{i}@mail.example.com>\nDate: Tue, 10 Mar 2026 09:15:00 +0100\nMIME-Version: 1.0\n"
        );
        if i % 10 == 0 {
            let _ = write!(
                out,
                "Content-Type: multipart/mixed; boundary=\"b{i}\"\n\n--b{i}\nContent-Type: text/plain; charset=utf-8\n\n{body}\n--b{i}\nContent-Type: application/pdf; name=\"kvitto.pdf\"\nContent-Disposition: attachment; filename=\"kvitto.pdf\"\nContent-Transfer-Encoding: base64\n\n{attachment}\n--b{i}--\n\n"
            );
        } else {
            let _ = write!(
                out,
                "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n"
            );
        }
    }
    out
}

fn main() {
    let count: usize = std::env::var("KLAGOMAL_BENCH_MESSAGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("inkorg.mbox");
    std::fs::write(&file, mbox(count)).expect("mbox");
    let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
    let mut store = Store::create(
        &dir.path().join("import.db"),
        Secret::Passphrase("bänkprov import"),
        &OpenOptions::default(),
    )
    .expect("store");
    let importer = Importer::new(&store).expect("importer");
    let start = Instant::now();
    let summary = import_paths(
        &mut store,
        &importer,
        &[file],
        &AtomicBool::new(false),
        |_, _| {},
    );
    let took = start.elapsed();
    assert_eq!(summary.new_cases, count, "{summary:?}");
    println!(
        "imported {count} messages ({:.1} MB mbox, {} with an attachment) in {:.2} s: {:.0} messages/s, {} per transaction",
        size as f64 / 1e6,
        count.div_ceil(10),
        took.as_secs_f64(),
        count as f64 / took.as_secs_f64(),
        klagomal_core::intake::import::BATCH
    );
}
