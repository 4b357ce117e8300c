//! The intake evaluation set: the kind is suggested right for at least 90 % of its mails.

use crate::eval_set::{Report, evaluate};

/// The share of mails whose kind must be suggested right.
const KIND_ACCURACY: f64 = 0.90;

#[test]
fn the_kind_is_suggested_right_for_nine_mails_in_ten() {
    let rows = evaluate();
    assert!(rows.len() >= 150, "the set has {} mails", rows.len());
    let report = Report(&rows);
    println!("{report}");
    assert!(
        report.kind_accuracy() >= KIND_ACCURACY,
        "kind accuracy below {:.0} %:\n{report}",
        KIND_ACCURACY * 100.0
    );
}
