//! `cargo bench --bench letters`: one letter's PDF (a final answer with the escalation routes and
//! the Liberation Sans subset embedded), laid out from facts read once and a text rendered once
//! from its template: median time and size of the layout and PDF alone.

use std::time::{Duration, Instant};

use klagomal_core::domain::{Language, LetterKind, Outcome};
use klagomal_core::letters::{LetterInput, issuing};
use klagomal_core::store::{OpenOptions, Secret, Store};

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::create(
        &dir.path().join("brev.db"),
        Secret::Passphrase("bänkprov brev"),
        &OpenOptions::default(),
    )
    .expect("store");
    klagomal_core::demo::prepare(&mut store, 20).expect("demo data");
    let id = store
        .inbox_ids(&Default::default(), Default::default(), false)
        .expect("ids")[0];
    let mut input = LetterInput::new(LetterKind::FinalAnswer, Language::Sv, store.today());
    input.outcome = Outcome::Rejected;
    input.reasons = "Vi har gått igenom betalningarna. Påminnelseavgiften på 60 kr togs ut enligt inkassolagen.".into();
    let facts = issuing::read_facts(&store, id).expect("facts");
    let text = issuing::render_text(&store, &facts, &input).expect("text");

    let mut times: Vec<Duration> = Vec::new();
    let mut size = 0;
    for _ in 0..50 {
        let start = Instant::now();
        let pdf = issuing::pdf(&facts, &input, &text).expect("pdf");
        times.push(start.elapsed());
        size = pdf.len();
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "letter PDF (final answer, {} lines of text): median {:.2} ms (min {:.2}, max {:.2}) over 50 runs, {:.1} KB",
        text.lines().count(),
        ms(times[25]),
        ms(times[0]),
        ms(times[49]),
        size as f64 / 1024.0
    );
}
