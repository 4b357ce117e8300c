//! `cargo bench --bench intake_eval`: the intake suggestions on the evaluation set
//! (tests/fixtures/intake-eval): per-kind precision and recall, kind and category accuracy,
//! confusion matrices, the mails whose kind was wrong, and the time to read them.

#[path = "../tests/integration/eval_set.rs"]
mod eval_set;

use std::time::Instant;

fn main() {
    let started = Instant::now();
    let rows = eval_set::evaluate();
    let elapsed = started.elapsed();
    print!("{}", eval_set::Report(&rows));
    println!(
        "\nparsed and read {} mails in {:.1} ms",
        rows.len(),
        elapsed.as_secs_f64() * 1000.0
    );
}
