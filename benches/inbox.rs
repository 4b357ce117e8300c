//! `cargo bench --bench inbox`: the inbox at 100 000 cases (or `KLAGOMAL_BENCH_CASES`): the time
//! of update + view for one scroll step and for one search keystroke, and with the layout of the
//! whole window (through iced_test's headless renderer) as an upper bound; medians and 95th
//! percentiles. `KLAGOMAL_BENCH_STORE=PATH` (with `KLAGOMAL_PASSPHRASE`) measures an existing
//! store instead of seeding one, e.g. the million cases the store benchmark kept.

use std::time::{Duration, Instant};

use klagomal::ui::Session;
use klagomal::ui::screen::inbox::{Action, Message, State};
use klagomal_core::store::{OpenOptions, Secret, Store};

/// "median / p95" of the samples.
fn stats(mut samples: Vec<Duration>) -> String {
    samples.sort();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    format!("{} / {}", ms(at(0.5)), ms(at(0.95)))
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

/// The store to measure: an existing one, or a new demo store with `cases` cases.
fn open_or_seed(dir: &std::path::Path, cases: u32) -> (Store, String) {
    if let Ok(path) = std::env::var("KLAGOMAL_BENCH_STORE") {
        let passphrase = std::env::var("KLAGOMAL_PASSPHRASE").expect("KLAGOMAL_PASSPHRASE");
        let store = Store::open(
            std::path::Path::new(&path),
            Secret::Passphrase(&passphrase),
            &OpenOptions::default(),
        )
        .expect("store");
        return (store, passphrase);
    }
    let passphrase = "bänkprov inkorg".to_owned();
    let mut store = Store::create(
        &dir.join("inbox.db"),
        Secret::Passphrase(&passphrase),
        &OpenOptions::default(),
    )
    .expect("store");
    println!("Seeding {cases} cases…");
    klagomal_core::demo::prepare(&mut store, cases).expect("seed");
    (store, passphrase)
}

fn main() {
    let cases: u32 = std::env::var("KLAGOMAL_BENCH_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let (store, _passphrase) = open_or_seed(dir.path(), cases);
    let cases = store.case_count().expect("count") as u32;
    let mut session = Session::new(store).expect("session");

    let start = Instant::now();
    let mut inbox = State::new(&session).expect("inbox");
    println!(
        "opening the inbox (ids of all {} cases, counts, first rows): {}",
        inbox.len(),
        ms(start.elapsed())
    );

    let row = klagomal::ui::style::ROW_HEIGHT;
    let (mut update, mut view, mut layout) = (Vec::new(), Vec::new(), Vec::new());
    for step in 0..200 {
        // A wheel step is about three rows; jump around the list as a scrollbar drag would, too.
        let offset = if step % 20 == 19 {
            (step * 4_000 % cases as usize) as f32 * row
        } else {
            step as f32 * 3.0 * row
        };
        let t = Instant::now();
        inbox.update(
            Message::Scrolled {
                offset,
                height: 700.0,
            },
            &mut session,
        );
        update.push(t.elapsed());
        let t = Instant::now();
        let element = inbox.view(&session);
        view.push(t.elapsed());
        if step % 10 == 0 {
            let t = Instant::now();
            drop(iced_test::simulator(element));
            layout.push(t.elapsed());
        }
    }
    println!("\nscroll step, median / p95 of 200 (10 000 rows apart at most):");
    println!("  update (read the rows now in view)   {}", stats(update));
    println!("  view (build the visible rows)         {}", stats(view));
    println!("  view + layout of the whole window     {}", stats(layout));

    let (mut update, mut view) = (Vec::new(), Vec::new());
    let words = [
        "an",
        "and",
        "ande",
        "anders",
        "göteborg",
        "avg",
        "avgift",
        "påminnelse",
        "k-2026",
        "jag",
    ];
    let mut counted = Vec::new();
    for (i, word) in words.iter().cycle().take(60).enumerate() {
        let t = Instant::now();
        inbox.update(Message::SearchChanged((*word).to_owned()), &mut session);
        // The keystroke that ends the pause runs the search: SearchSettled carries its number.
        let action = inbox.update(Message::SearchSettled(i as u64 + 1), &mut session);
        update.push(t.elapsed());
        let t = Instant::now();
        drop(inbox.view(&session));
        view.push(t.elapsed());
        // A capped search counts its matches in the background; the bench waits for the count
        // (as a person reads the list), so that counts do not pile up on the two cores.
        if let Action::Run(task) = action {
            let t = Instant::now();
            for message in finish(task) {
                if matches!(message, Message::Counted { .. }) {
                    counted.push(t.elapsed());
                }
                inbox.update(message, &mut session);
            }
        }
    }
    println!("\nsearch keystroke (after the debounce), median / p95 of 60:");
    println!("  update (search, ids, visible rows)    {}", stats(update));
    println!("  view                                  {}", stats(view));
    if !counted.is_empty() {
        println!(
            "  the count, in the background ({} of 60) {}",
            counted.len(),
            stats(counted)
        );
    }
}

/// Runs a task to its end as the window's runtime would, and returns its messages.
fn finish(task: iced::Task<Message>) -> Vec<Message> {
    use iced::futures::StreamExt;
    use iced_test::runtime::Action;
    let Some(stream) = iced_test::runtime::task::into_stream(task) else {
        return Vec::new();
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime");
    runtime.block_on(
        stream
            .filter_map(|action| async move {
                match action {
                    Action::Output(message) => Some(message),
                    _ => None,
                }
            })
            .collect(),
    )
}
