//! The full-text index: one row per case over its number, texts, parties, references and notes.

use rusqlite::{Transaction, params};

use super::Result;
use crate::domain::{CaseDetails, CaseId, CaseNumber};

/// Rebuilds a case's row in the index from the case and its notes.
pub(super) fn reindex(tx: &Transaction<'_>, id: CaseId) -> Result<()> {
    let (year, seq, details): (i32, u32, String) = tx
        .prepare_cached("SELECT year, seq, details FROM cases WHERE id = ?1")?
        .query_row([id.0], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    let d: CaseDetails = serde_json::from_str(&details)?;
    let notes: String = tx
        .prepare_cached(
            "SELECT coalesce(group_concat(text, char(10)), '') FROM notes WHERE case_id = ?1",
        )?
        .query_row([id.0], |r| r.get(0))?;
    let number = CaseNumber { year, seq }.to_string();
    let c = &d.complainant;
    let mut parties = vec![
        c.name.as_str(),
        c.email.as_str(),
        c.phone.as_str(),
        c.address.city.as_str(),
        d.creditor.as_str(),
    ];
    if let Some(r) = &d.representative {
        parties.extend([r.name.as_str(), r.email.as_str()]);
    }
    let mut refs = d.debt_case_numbers.clone();
    if let Some(idn) = &c.id_number {
        // Both forms, so that `800101-1234` and `19800101-1234` find the case.
        refs.extend([idn.as_str().to_owned(), idn.short()]);
    }
    tx.prepare_cached("DELETE FROM case_fts WHERE rowid = ?1")?
        .execute([id.0])?;
    tx.prepare_cached(
        "INSERT INTO case_fts (rowid, number, subject, description, parties, refs, notes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        id.0,
        number,
        d.subject,
        d.description,
        parties.join(" "),
        refs.join(" "),
        notes
    ])?;
    Ok(())
}

/// Turns what a person typed into an FTS5 query that cannot be a syntax error: each word is
/// quoted (so `K-2026-00042` is a phrase), a trailing `*` keeps its meaning as a prefix, and all
/// words must match. `None` when nothing searchable is left.
pub fn fts_query(input: &str) -> Option<String> {
    let terms: Vec<String> = input
        .split_whitespace()
        .filter_map(|word| {
            let prefix = word.ends_with('*');
            let core: String = word
                .trim_end_matches('*')
                .chars()
                .filter(|c| *c != '"')
                .collect();
            if !core.chars().any(char::is_alphanumeric) {
                return None;
            }
            Some(format!("\"{core}\"{}", if prefix { "*" } else { "" }))
        })
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn queries_are_quoted() {
        let table = [
            ("Göteborg", Some("\"Göteborg\"")),
            ("klag*", Some("\"klag\"*")),
            ("  faktura   avgift ", Some("\"faktura\" \"avgift\"")),
            ("K-2026-00042", Some("\"K-2026-00042\"")),
            ("\"oj\" OR NOT", Some("\"oj\" \"OR\" \"NOT\"")),
            ("* - \"", None),
            ("", None),
        ];
        for (input, expected) in table {
            assert_eq!(fts_query(input).as_deref(), expected, "{input}");
        }
    }
}
