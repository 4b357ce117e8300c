//! A retention sweep in words, shared by `klagomal retention sweep` and the window's
//! confirmation: the summary, the counts per year of closure, and the cases listed.

use klagomal_core::fl;
use klagomal_core::i18n::FluentLanguageLoader;
use klagomal_core::store::Sweep;

/// The sweep's first line: what it did, would do, or that nothing is due.
pub fn summary(l: &FluentLanguageLoader, sweep: &Sweep) -> String {
    let (cases, months) = (sweep.cases.len(), sweep.months);
    if sweep.cases.is_empty() && sweep.held.is_empty() {
        fl!(in l, "retention-nothing", months = months)
    } else if sweep.dry_run {
        fl!(in l, "retention-would", cases = cases, months = months)
    } else {
        fl!(in l, "retention-done", cases = cases, months = months)
    }
}

/// One line per year of closure: cases anonymised (or to be) and kept.
pub fn years(l: &FluentLanguageLoader, sweep: &Sweep) -> Vec<String> {
    sweep
        .report
        .per_year
        .iter()
        .map(|(&year, c)| match sweep.dry_run {
            true => fl!(
                in l, "retention-year-row",
                year = year,
                anonymised = c.anonymised,
                held = c.held
            ),
            false => fl!(
                in l, "retention-year-done",
                year = year,
                anonymised = c.anonymised,
                held = c.held
            ),
        })
        .collect()
}

/// The cases anonymised (or to be), one line each: number and closure date.
pub fn cases(l: &FluentLanguageLoader, sweep: &Sweep) -> Vec<String> {
    sweep
        .cases
        .iter()
        .map(|c| {
            fl!(
                in l, "retention-case-row",
                number = c.number.to_string(),
                closed = c.closed_on.to_string()
            )
        })
        .collect()
}

/// The cases kept under a hold, one line each with the hold; empty when none is.
pub fn held(l: &FluentLanguageLoader, sweep: &Sweep) -> Vec<String> {
    sweep
        .held
        .iter()
        .map(|h| {
            fl!(
                in l, "retention-held-row",
                number = h.case.number.to_string(),
                closed = h.case.closed_on.to_string(),
                hold = super::legal_hold(l, &h.hold)
            )
        })
        .collect()
}
