//! `cargo bench --bench retention`: how long a retention sweep takes on a store of 10 000
//! seeded cases with about half of them due (docs/retention.md): the median of 5 sweeps, each
//! on a fresh copy of the same store, and of 5 dry runs.

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use klagomal_core::store::{OpenOptions, Secret, Store, slot_file_path};

const CASES: u32 = 10_000;
const RUNS: usize = 5;
const PASSPHRASE: &str = "en lång lösenfras för gallringsprovet";

fn median(mut samples: Vec<Duration>) -> (f64, f64, f64) {
    samples.sort();
    let s = |d: Duration| d.as_secs_f64();
    (
        s(samples[samples.len() / 2]),
        s(samples[0]),
        s(samples[samples.len() - 1]),
    )
}

fn options() -> OpenOptions {
    OpenOptions {
        fixed_now: NaiveDateTime::parse_from_str("2026-11-24 10:00", "%Y-%m-%d %H:%M").ok(),
        ..OpenOptions::default()
    }
}

fn open(path: &Path) -> Store {
    Store::open(path, Secret::Passphrase(PASSPHRASE), &options()).expect("open")
}

/// The period (months) whose sweep is due for the number of cases nearest half the store.
fn half_due(store: &mut Store) -> (u32, usize) {
    let mut best = (0, 0);
    for months in 1..=24 {
        let mut settings = store.settings().expect("settings");
        settings.retention.months = months;
        store.save_settings(&settings).expect("save");
        let due = store.retention_sweep(true).expect("dry run").cases.len();
        let off = |n: usize| n.abs_diff(CASES as usize / 2);
        if best.0 == 0 || off(due) < off(best.1) {
            best = (months, due);
        }
    }
    let mut settings = store.settings().expect("settings");
    settings.retention.months = best.0;
    store.save_settings(&settings).expect("save");
    best
}

fn main() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("retention.db");
    let mut store =
        Store::create(&path, Secret::Passphrase(PASSPHRASE), &options()).expect("create");
    klagomal_core::seed::seed_store(&mut store, CASES, 1).expect("seed");
    let (months, due) = half_due(&mut store);
    let dry: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            store.retention_sweep(true).expect("dry run");
            start.elapsed()
        })
        .collect();
    drop(store);
    let size = std::fs::metadata(&path).expect("size").len();
    let mut swept = Vec::new();
    for run in 0..RUNS {
        let copy = dir.path().join(format!("run{run}.db"));
        std::fs::copy(&path, &copy).expect("copy");
        std::fs::copy(slot_file_path(&path), slot_file_path(&copy)).expect("slots");
        let mut store = open(&copy);
        let start = Instant::now();
        let done = store.retention_sweep(false).expect("sweep");
        swept.push(start.elapsed());
        assert_eq!(done.cases.len(), due);
        drop(store);
        std::fs::remove_file(&copy).expect("remove");
    }
    println!(
        "{CASES} cases, {:.1} MB, {months} months: {due} due",
        size as f64 / 1e6
    );
    let (m, lo, hi) = median(dry);
    println!("dry run          median {m:7.3} s   min {lo:7.3}   max {hi:7.3}   (n = {RUNS})");
    let (m, lo, hi) = median(swept);
    println!("sweep            median {m:7.3} s   min {lo:7.3}   max {hi:7.3}   (n = {RUNS})");
}
