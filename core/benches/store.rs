//! `cargo bench --bench store`: seeds 100 000 cases (or `KLAGOMAL_BENCH_CASES`) into an
//! encrypted and (up to 200 000 cases) a plain store and prints medians and 95th percentiles of
//! the operations an officer waits for, what takes the space in the file and how long migration
//! 0010 (the new search index) takes on a store of that size. `KLAGOMAL_BENCH_KEEP=PATH` keeps
//! the encrypted store there (passphrase: `PASSPHRASE` below) for the inbox benchmark or the
//! window.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use klagomal_core::domain::{CaseId, Status};
use klagomal_core::store::{
    InboxFilter, InboxQuery, OpenOptions, SEARCH_CANDIDATES, Secret, SortKey, Store,
};

const PASSPHRASE: &str = "bänkprov med en lång lösenfras";

/// One row of the report: what was measured and its samples on each store.
struct Row<'a> {
    name: &'a str,
    encrypted: Timing,
    plain: Option<Timing>,
}

/// The median and the 95th percentile of a measurement's runs.
#[derive(Clone, Copy)]
struct Timing {
    median: Duration,
    p95: Duration,
}

fn timing(mut samples: Vec<Duration>) -> Timing {
    samples.sort();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    Timing {
        median: at(0.5),
        p95: at(0.95),
    }
}

fn time<T>(runs: usize, mut f: impl FnMut(usize) -> T) -> Timing {
    let samples = (0..runs)
        .map(|i| {
            let start = Instant::now();
            black_box(f(i));
            start.elapsed()
        })
        .collect();
    timing(samples)
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

/// The searches measured: a rare word (a number), a word, part of a word, a common word.
fn searches(store: &Store) -> Vec<String> {
    vec![
        rare_word(store),
        "avgift".to_owned(),
        "betalningsplan".to_owned(),
        "jag".to_owned(),
    ]
}

fn measure(path: &Path, encrypted: bool) -> Vec<Timing> {
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
    let total = store.case_count().expect("count") as i64;
    let mut out = vec![open, first_page_cold];
    out.push(time(100, |_| {
        store
            .inbox(&InboxQuery::default())
            .expect("inbox")
            .rows
            .len()
    }));
    // A page somewhere in the middle, by keyset from the page before it.
    let mut query = InboxQuery::default();
    let mut pages = 0;
    out.push(time(100, |_| {
        let page = store.inbox(&query).expect("inbox");
        pages += 1;
        query.after = if pages % 40 == 0 { None } else { page.next };
        page.rows.len()
    }));
    let filtered = page(InboxFilter {
        status: Some(Status::UnderInvestigation),
        overdue_on: Some(store.today()),
        ..InboxFilter::default()
    });
    out.push(time(100, |_| {
        store.inbox(&filtered).expect("inbox").rows.len()
    }));
    for word in searches(&store) {
        let filter = InboxFilter {
            search: Some(word),
            ..InboxFilter::default()
        };
        let query = page(filter.clone());
        out.push(time(100, |_| {
            store.inbox(&query).expect("inbox").rows.len()
        }));
        // As the inbox runs it: every candidate's id in order, and the count when capped.
        out.push(time(50, |_| {
            let ids = store.inbox_ids(&filter, SortKey::Due, false).expect("ids");
            let capped = ids.len() as u64 >= u64::from(SEARCH_CANDIDATES);
            (
                ids.len(),
                capped.then(|| store.search_count(&filter).expect("count")),
            )
        }));
    }
    out.push(time(200, |i| {
        let id = CaseId(1 + (i as i64 * 7919) % total);
        (
            store.case(id).expect("case"),
            store.notes(id).expect("notes"),
        )
    }));
    out
}

/// Opens a copy of the store put back to schema 9 (the search index of before, without the
/// vocabulary): the time migration 0010 takes, key derivation included.
fn migration(path: &Path) -> Duration {
    let copy = path.with_extension("schema9.db");
    std::fs::copy(path, &copy).expect("copy");
    let conn = rusqlite::Connection::open(&copy).expect("open");
    conn.pragma_update(None, "key", PASSPHRASE).expect("key");
    conn.execute_batch(
        "DROP TRIGGER search_words_indexed; DROP TABLE search_words_fts; DROP TABLE search_words;
         DROP TABLE case_fts;
         CREATE VIRTUAL TABLE case_fts USING fts5 (number, subject, description, parties, refs,
             notes, content = '', contentless_delete = 1,
             tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
         PRAGMA user_version = 9;",
    )
    .expect("schema 9");
    drop(conn);
    let start = Instant::now();
    let store = Store::open(&copy, secret(true), &OpenOptions::default()).expect("migrate");
    let took = start.elapsed();
    drop(store);
    let _ = std::fs::remove_file(&copy);
    took
}

/// What takes the space in the encrypted store, per table and index (SQLite's `dbstat`).
fn print_space(path: &Path, cases: u32) {
    let store = Store::open(path, secret(true), &OpenOptions::default()).expect("open");
    let file = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    println!(
        "\n{:<32} {:>10} {:>10} {:>12}",
        "space (dbstat)", "MB", "payload MB", "bytes/case"
    );
    for s in store.space_use().expect("dbstat") {
        println!(
            "{:<32} {:>10.1} {:>10.1} {:>12.0}",
            s.name,
            s.bytes as f64 / 1e6,
            s.payload as f64 / 1e6,
            s.bytes as f64 / f64::from(cases)
        );
    }
    let events = store.audit_len().expect("audit");
    let audit: u64 = store
        .space_use()
        .expect("dbstat")
        .iter()
        .filter(|s| s.name == "audit")
        .map(|s| s.payload)
        .sum();
    println!(
        "audit: {events} events, {:.1} per case, {:.0} bytes each",
        events as f64 / f64::from(cases),
        audit as f64 / events.max(1) as f64
    );
    println!(
        "{:<32} {:>10.1} {:>10} {:>12.0}\n",
        "file",
        file as f64 / 1e6,
        "",
        file as f64 / f64::from(cases)
    );
}

fn main() {
    let cases: u32 = std::env::var("KLAGOMAL_BENCH_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let with_plain = cases <= 200_000;
    let dir = tempfile::tempdir().expect("temp dir");
    let (enc, plain) = (dir.path().join("encrypted.db"), dir.path().join("plain.db"));
    println!("Seeding {cases} cases with notes and histories…");
    let seed_enc = seed(&enc, true, cases);
    let per_sec = |d: Duration| f64::from(cases) / d.as_secs_f64();
    println!("seeding: encrypted {:.0} cases/s", per_sec(seed_enc));
    if with_plain {
        let seed_plain = seed(&plain, false, cases);
        println!("seeding: plain {:.0} cases/s", per_sec(seed_plain));
    }
    print_space(&enc, cases);
    println!(
        "migration 0010 (refills the search index): {:.1} s\n",
        migration(&enc).as_secs_f64()
    );

    let mut names = vec![
        "open + unlock (key derivation)".to_owned(),
        "first inbox page, cold cache".to_owned(),
        "first inbox page (due date)".to_owned(),
        "next page by keyset (40 deep)".to_owned(),
        "filtered page (status + overdue)".to_owned(),
    ];
    let store = Store::open(&enc, secret(true), &OpenOptions::default()).expect("open");
    for (i, word) in searches(&store).iter().enumerate() {
        let what = ["rare word", "word", "part of a word", "common word"][i];
        names.push(format!("search page, {what} \"{word}\""));
        names.push("  as the inbox: ids + count".to_owned());
    }
    drop(store);
    names.push("load one case with its notes".to_owned());
    let e = measure(&enc, true);
    let p = with_plain.then(|| measure(&plain, false));
    let rows: Vec<Row<'_>> = names
        .iter()
        .enumerate()
        .map(|(i, name)| Row {
            name,
            encrypted: e[i],
            plain: p.as_ref().map(|p| p[i]),
        })
        .collect();
    println!(
        "\n{:<44} {:>22} {:>22}",
        format!("{cases} cases, median / p95"),
        "encrypted",
        "plain"
    );
    let ms = |t: Timing| {
        format!(
            "{:.3} / {:.3} ms",
            t.median.as_secs_f64() * 1000.0,
            t.p95.as_secs_f64() * 1000.0
        )
    };
    for r in &rows {
        println!(
            "{:<44} {:>22} {:>22}",
            r.name,
            ms(r.encrypted),
            r.plain.map(ms).unwrap_or_default()
        );
    }
    if let Ok(keep) = std::env::var("KLAGOMAL_BENCH_KEEP") {
        std::fs::copy(&enc, &keep).expect("keep the store");
        println!("\nthe encrypted store is kept at {keep}");
    }
}
