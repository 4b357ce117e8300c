//! `cargo bench --bench store`: seeds 100 000 cases (or `KLAGOMAL_BENCH_CASES`) into an
//! encrypted and a plain store and prints medians of the operations an officer waits for.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use klagomal_core::domain::{CaseId, Status};
use klagomal_core::store::{InboxFilter, InboxQuery, OpenOptions, Secret, Store};

const PASSPHRASE: &str = "bänkprov med en lång lösenfras";

/// One row of the report: what was measured and its median on each store.
struct Row {
    name: &'static str,
    encrypted: Duration,
    plain: Duration,
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut(usize) -> T) -> Duration {
    let samples = (0..runs)
        .map(|i| {
            let start = Instant::now();
            black_box(f(i));
            start.elapsed()
        })
        .collect();
    median(samples)
}

fn secret(encrypted: bool) -> Secret<'static> {
    if encrypted {
        Secret::Passphrase(PASSPHRASE)
    } else {
        Secret::Unencrypted
    }
}

fn seed(path: &Path, encrypted: bool, cases: u32) -> Duration {
    let mut store =
        Store::create(path, secret(encrypted), &OpenOptions::default()).expect("create");
    let start = Instant::now();
    klagomal_core::seed::seed_store(&mut store, cases, 2026).expect("seed");
    start.elapsed()
}

/// A word that occurs in one case only: that case's first collection case number.
fn rare_word(store: &Store) -> String {
    let case = store.case(CaseId(777)).expect("case 777");
    case.details
        .debt_case_numbers
        .first()
        .cloned()
        .expect("a debt case number")
}

fn measure(path: &Path, encrypted: bool) -> Vec<Duration> {
    let opts = OpenOptions::default();
    let open = time(7, |_| {
        Store::open(path, secret(encrypted), &opts)
            .expect("open")
            .settings()
            .expect("read")
    });
    let first_page_cold = time(7, |_| {
        let store = Store::open(path, secret(encrypted), &opts).expect("open");
        store
            .inbox(&InboxQuery::default())
            .expect("inbox")
            .rows
            .len()
    });
    let store = Store::open(path, secret(encrypted), &opts).expect("open");
    let page = |filter: InboxFilter| InboxQuery {
        filter,
        ..InboxQuery::default()
    };
    let first_page = time(50, |_| {
        store
            .inbox(&InboxQuery::default())
            .expect("inbox")
            .rows
            .len()
    });
    let filtered = page(InboxFilter {
        status: Some(Status::UnderInvestigation),
        overdue_on: Some(store.today()),
        ..InboxFilter::default()
    });
    let filtered = time(50, |_| store.inbox(&filtered).expect("inbox").rows.len());
    let search = |q: &str| {
        page(InboxFilter {
            search: Some(q.to_owned()),
            ..InboxFilter::default()
        })
    };
    let (rare, common, prefix) = (search(&rare_word(&store)), search("jag"), search("avg*"));
    let rare = time(50, |_| store.inbox(&rare).expect("inbox").rows.len());
    let common = time(50, |_| store.inbox(&common).expect("inbox").rows.len());
    let prefix = time(50, |_| store.inbox(&prefix).expect("inbox").rows.len());
    let total = store.case_count().expect("count") as i64;
    let load = time(200, |i| {
        let id = CaseId(1 + (i as i64 * 7919) % total);
        (
            store.case(id).expect("case"),
            store.notes(id).expect("notes"),
        )
    });
    vec![
        open,
        first_page_cold,
        first_page,
        filtered,
        rare,
        common,
        prefix,
        load,
    ]
}

fn main() {
    let cases: u32 = std::env::var("KLAGOMAL_BENCH_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let (enc, plain) = (dir.path().join("encrypted.db"), dir.path().join("plain.db"));
    println!("Seeding {cases} cases with notes and histories into each store…");
    let seed_enc = seed(&enc, true, cases);
    let seed_plain = seed(&plain, false, cases);
    let per_sec = |d: Duration| f64::from(cases) / d.as_secs_f64();
    println!(
        "seeding: encrypted {:.0} cases/s, plain {:.0} cases/s",
        per_sec(seed_enc),
        per_sec(seed_plain)
    );
    println!(
        "file size: encrypted {} MB",
        std::fs::metadata(&enc)
            .map(|m| m.len() / 1_000_000)
            .unwrap_or(0)
    );

    let names = [
        "open + unlock (key derivation)",
        "first inbox page, cold cache",
        "first inbox page (due date)",
        "filtered page (status + overdue)",
        "search, rare word",
        "search, common word (\"jag\")",
        "search, prefix (\"avg*\")",
        "load one case with its notes",
    ];
    let (e, p) = (measure(&enc, true), measure(&plain, false));
    let rows: Vec<Row> = names
        .iter()
        .zip(e.into_iter().zip(p))
        .map(|(name, (encrypted, plain))| Row {
            name,
            encrypted,
            plain,
        })
        .collect();
    println!(
        "\n{:<36} {:>12} {:>12} {:>8}",
        format!("median, {cases} cases"),
        "encrypted",
        "plain",
        "ratio"
    );
    for r in &rows {
        let ms = |d: Duration| format!("{:.3} ms", d.as_secs_f64() * 1000.0);
        let ratio = r.encrypted.as_secs_f64() / r.plain.as_secs_f64().max(1e-9);
        println!(
            "{:<36} {:>12} {:>12} {:>7.2}x",
            r.name,
            ms(r.encrypted),
            ms(r.plain),
            ratio
        );
    }
    // The workload once unlocked: key derivation is slow on purpose and left out.
    let sum = |f: fn(&Row) -> Duration| rows.iter().skip(2).map(f).sum::<Duration>().as_secs_f64();
    let (e, p) = (sum(|r| r.encrypted), sum(|r| r.plain));
    println!(
        "{:<36} {:>9.3} ms {:>9.3} ms {:>7.2}x",
        "queries above, summed",
        e * 1000.0,
        p * 1000.0,
        e / p.max(1e-9)
    );
}
