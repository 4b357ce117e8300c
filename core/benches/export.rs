//! `cargo bench --bench export`: the dossier of one large escalated case — 30 messages, 20
//! attachments of 250 KB (about 5 MB in all), a final answer and a statement — written as a ZIP
//! with its manifest and every hash: median time and size. The target is at most 1 s.
//! `KLAGOMAL_BENCH_OUT=FILE.zip` keeps a copy of the dossier, to open it as a recipient would.

use std::ops::ControlFlow;
use std::time::{Duration, Instant};

use klagomal_core::domain::{EscalationBody, Language};
use klagomal_core::export::Options;
use klagomal_core::export::dossier::{self, Request};
use klagomal_core::seed::escalated::{Shape, escalated_case};
use klagomal_core::store::{OpenOptions, Secret, Store};

const RUNS: usize = 15;

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::create(
        &dir.path().join("akt.db"),
        Secret::Passphrase("bänkprov akt"),
        &OpenOptions::default(),
    )
    .expect("store");
    let shape = Shape {
        messages: 30,
        attachments: 20,
        attachment_bytes: 250 * 1024,
    };
    let id = escalated_case(&mut store, shape).expect("case");
    let request = Request {
        recipient: EscalationBody::Arn,
        options: Options::default(),
        language: Language::Sv,
    };
    let out = dir.path().join("akt.zip");
    let mut times: Vec<Duration> = Vec::new();
    let mut exported = None;
    for _ in 0..RUNS {
        let start = Instant::now();
        let done = dossier::export(&mut store, id, &request, &out, &mut |_, _| {
            ControlFlow::Continue(())
        })
        .expect("export");
        times.push(start.elapsed());
        exported = Some(done);
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let exported = exported.expect("at least one run");
    if let Some(keep) = std::env::var_os("KLAGOMAL_BENCH_OUT") {
        std::fs::copy(&out, &keep).expect("copy of the dossier");
    }
    println!(
        "dossier export ({} messages, {} attachments of {} KB): median {:.1} ms (min {:.1}, max {:.1}) over {RUNS} runs; {} files, {:.2} MB",
        shape.messages,
        shape.attachments,
        shape.attachment_bytes / 1024,
        ms(times[RUNS / 2]),
        ms(times[0]),
        ms(times[RUNS - 1]),
        exported.files,
        exported.bytes as f64 / (1024.0 * 1024.0)
    );
}
