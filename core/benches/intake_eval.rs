//! `cargo bench --bench intake_eval`: the intake suggestions on the evaluation set
//! (tests/fixtures/intake-eval): per-kind precision and recall, kind and category accuracy,
//! confusion matrices, the mails whose kind or category was wrong, and the time to read them.

#[path = "../tests/integration/eval_set.rs"]
mod eval_set;

use std::time::Instant;

fn main() {
    let started = Instant::now();
    let rows = eval_set::evaluate();
    let first = started.elapsed();
    // Again, with the patterns compiled: what each import pays.
    let started = Instant::now();
    let again = eval_set::evaluate();
    let warm = started.elapsed();
    print!("{}", eval_set::Report(&rows));
    println!(
        "\nparsed and read {} mails in {:.1} ms the first time (patterns compiled), {:.1} ms again ({:.0} µs a mail)",
        again.len(),
        first.as_secs_f64() * 1000.0,
        warm.as_secs_f64() * 1000.0,
        warm.as_secs_f64() * 1e6 / again.len().max(1) as f64
    );
}
