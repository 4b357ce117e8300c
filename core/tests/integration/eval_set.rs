//! The intake evaluation set (tests/fixtures/intake-eval): each mail parsed and read as the
//! import does, its suggested kind and category against its labels, and the figures. Shared by
//! the accuracy test and `cargo bench --bench intake_eval`.

use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use klagomal_core::domain::{CaseKind, Category, DEFAULT_REFERENCE_PATTERN};
use klagomal_core::intake;

/// One mail: its labels and what the intake suggested.
pub struct Row {
    pub file: String,
    pub kind: CaseKind,
    pub suggested_kind: CaseKind,
    pub category: Category,
    /// `Other` when nothing was suggested.
    pub suggested_category: Category,
    pub phrase: Option<String>,
}

/// The set's folder.
pub fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/intake-eval")
}

/// Every labelled mail of the set, read.
pub fn evaluate() -> Vec<Row> {
    let dir = folder();
    let labels = std::fs::read_to_string(dir.join("labels.tsv")).expect("labels.tsv");
    let references = intake::reference_regex(DEFAULT_REFERENCE_PATTERN);
    let mut rows = Vec::new();
    for line in labels.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let mut cols = line.split('\t');
        let (Some(file), Some(kind), Some(category)) = (cols.next(), cols.next(), cols.next())
        else {
            panic!("a line of labels.tsv without three columns: {line}");
        };
        let bytes = std::fs::read(dir.join(file)).expect("a labelled file");
        let mail = intake::parse(&bytes, 25 * 1024 * 1024).expect("an e-mail");
        let today = mail
            .date
            .map(|d| d.date())
            .unwrap_or(NaiveDate::from_ymd_opt(2026, 12, 1).expect("date"));
        let found = intake::prefill_mail(&mail, today, references.as_ref());
        rows.push(Row {
            file: file.to_owned(),
            kind: kind.parse().expect("a kind"),
            suggested_kind: found.suggestion.kind,
            category: category.parse().expect("a category"),
            suggested_category: found.suggestion.category.unwrap_or(Category::Other),
            phrase: found.suggestion.phrase,
        });
    }
    rows
}

const KINDS: [CaseKind; 3] = [
    CaseKind::Complaint,
    CaseKind::Objection,
    CaseKind::PersonalData,
];

const CATEGORIES: [Category; 8] = [
    Category::Treatment,
    Category::HandlingError,
    Category::Fees,
    Category::DisputedClaim,
    Category::PaymentPlan,
    Category::Communication,
    Category::PersonalData,
    Category::Other,
];

/// The figures of a run over the set.
pub struct Report<'a>(pub &'a [Row]);

impl Report<'_> {
    /// The share of mails whose kind was suggested right.
    pub fn kind_accuracy(&self) -> f64 {
        share(
            self.0.iter().filter(|r| r.kind == r.suggested_kind).count(),
            self.0.len(),
        )
    }

    /// The share of mails whose category was suggested right.
    pub fn category_accuracy(&self) -> f64 {
        let right = self.0.iter().filter(|r| r.category == r.suggested_category);
        share(right.count(), self.0.len())
    }

    fn precision_recall(&self, kind: CaseKind) -> (f64, f64, usize) {
        let suggested = self.0.iter().filter(|r| r.suggested_kind == kind).count();
        let actual = self.0.iter().filter(|r| r.kind == kind).count();
        let right = self
            .0
            .iter()
            .filter(|r| r.kind == kind && r.suggested_kind == kind)
            .count();
        (share(right, suggested), share(right, actual), actual)
    }
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rows = self.0;
        writeln!(f, "intake evaluation set: {} mails", rows.len())?;
        writeln!(
            f,
            "kind accuracy      {:5.1} %",
            self.kind_accuracy() * 100.0
        )?;
        writeln!(
            f,
            "category accuracy  {:5.1} %",
            self.category_accuracy() * 100.0
        )?;
        writeln!(
            f,
            "\n{:<14} {:>9} {:>7} {:>5}",
            "kind", "precision", "recall", "n"
        )?;
        for kind in KINDS {
            let (p, r, n) = self.precision_recall(kind);
            writeln!(
                f,
                "{:<14} {:>8.1}% {:>6.1}% {n:>5}",
                kind.code(),
                p * 100.0,
                r * 100.0
            )?;
        }
        writeln!(f, "\nkind confusion (rows: label, columns: suggested)")?;
        matrix(f, rows, &KINDS, |r| (r.kind, r.suggested_kind))?;
        writeln!(f, "\ncategory confusion (rows: label, columns: suggested)")?;
        matrix(f, rows, &CATEGORIES, |r| (r.category, r.suggested_category))?;
        writeln!(f, "\nkind wrong:")?;
        for r in rows.iter().filter(|r| r.kind != r.suggested_kind) {
            let phrase = r.phrase.as_deref().unwrap_or("–");
            let (label, got) = (r.kind.code(), r.suggested_kind.code());
            writeln!(f, "  {:<48} {label:<13} → {got:<13} ({phrase})", r.file)?;
        }
        writeln!(f, "\ncategory wrong:")?;
        for r in rows.iter().filter(|r| r.category != r.suggested_category) {
            let (label, got) = (r.category.code(), r.suggested_category.code());
            writeln!(f, "  {:<48} {label:<14} → {got}", r.file)?;
        }
        Ok(())
    }
}

fn matrix<T: Copy + PartialEq + fmt::Display>(
    f: &mut fmt::Formatter<'_>,
    rows: &[Row],
    values: &[T],
    pair: impl Fn(&Row) -> (T, T),
) -> fmt::Result {
    let short = |v: &T| v.to_string().chars().take(9).collect::<String>();
    write!(f, "{:<15}", "")?;
    for v in values {
        write!(f, "{:>10}", short(v))?;
    }
    writeln!(f)?;
    for label in values {
        write!(f, "{:<15}", label.to_string())?;
        for got in values {
            let n = rows.iter().filter(|r| pair(r) == (*label, *got)).count();
            write!(f, "{n:>10}")?;
        }
        writeln!(f)?;
    }
    Ok(())
}
