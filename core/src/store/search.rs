//! The full-text index and its vocabulary.
//!
//! `case_fts` holds one row per case: its number, texts, parties, references, notes, the
//! correspondence and the names of its kind, category, status (in both languages) and officer.
//! `search_words` holds every word of three letters or more once, with a trigram index
//! (`search_words_fts`): a query word is looked up there as a substring and stands for every
//! word that contains it, so that "avgift" finds "påminnelseavgiften" and "betalningsplan"
//! finds "avbetalningsplanen". A trigram index over the words rather than over the texts
//! costs megabytes instead of gigabytes.

use std::collections::BTreeSet;

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::Result;
use crate::domain::{CaseDetails, CaseId, CaseNumber, Language};

/// A query word stands for at most this many words that contain it (the shortest first); past
/// that, for these and every word that begins with it. A three-letter fragment can be part of
/// thousands of words, and every word named slows the count of a common search (at a million
/// cases, "and" took 342 ms to count with 300 words named, 159 ms with 60 and a prefix).
const MAX_EXPANSION: usize = 60;

/// Rebuilds a case's row in the index from the case, its notes and its messages, and adds its
/// words to `words` (the caller keeps them in the vocabulary, see [`remember`]).
pub(super) fn reindex(
    tx: &Transaction<'_>,
    id: CaseId,
    words: &mut BTreeSet<String>,
) -> Result<()> {
    let Some(row) = IndexRow::read(tx, id)? else {
        // Nothing to index: the case is gone.
        return Ok(());
    };
    tx.prepare_cached("DELETE FROM case_fts WHERE rowid = ?1")?
        .execute([id.0])?;
    tx.prepare_cached(
        "INSERT INTO case_fts (rowid, number, subject, description, parties, refs, notes,
             messages, labels)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        id.0,
        row.number,
        row.details.subject,
        row.details.description,
        row.parties,
        row.refs,
        row.notes,
        row.messages,
        row.labels
    ])?;
    for text in [
        row.details.subject.as_str(),
        &row.details.description,
        &row.parties,
        &row.notes,
        &row.messages,
        &row.labels,
    ] {
        collect_words(text, words);
    }
    Ok(())
}

/// The words a case's row of the index holds now (before its texts are erased).
pub(super) fn words_of(tx: &Transaction<'_>, id: CaseId) -> Result<BTreeSet<String>> {
    let mut words = BTreeSet::new();
    if let Some(row) = IndexRow::read(tx, id)? {
        for text in [
            row.details.subject.as_str(),
            &row.details.description,
            &row.parties,
            &row.notes,
            &row.messages,
        ] {
            collect_words(text, &mut words);
        }
    }
    Ok(words)
}

/// Takes out of the vocabulary those of `words` that no case's row holds any more (after an
/// erasure: a name must not outlive the cases it was in). Returns how many went.
pub(super) fn forget_unused(tx: &Transaction<'_>, words: &BTreeSet<String>) -> Result<usize> {
    tx.execute(
        "INSERT INTO search_words_fts (search_words_fts, rank) VALUES ('secure-delete', 1)",
        [],
    )?;
    let mut used = tx.prepare_cached("SELECT 1 FROM case_fts WHERE case_fts MATCH ?1 LIMIT 1")?;
    let mut find = tx.prepare_cached("SELECT id FROM search_words WHERE word = ?1")?;
    let mut gone = 0;
    for word in words {
        if used.exists([format!("\"{word}\"")])? {
            continue;
        }
        let Some(id) = find.query_row([word], |r| r.get::<_, i64>(0)).optional()? else {
            continue;
        };
        tx.execute(
            "INSERT INTO search_words_fts (search_words_fts, rowid, word) VALUES ('delete', ?1, ?2)",
            params![id, word],
        )?;
        tx.execute("DELETE FROM search_words WHERE id = ?1", [id])?;
        gone += 1;
    }
    Ok(gone)
}

/// Rebuilds every case's row and the vocabulary (the migration that brought them in).
pub(super) fn rebuild(tx: &Transaction<'_>) -> Result<()> {
    tx.execute("DELETE FROM case_fts", [])?;
    let ids: Vec<i64> = tx
        .prepare("SELECT id FROM cases ORDER BY id")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut words = BTreeSet::new();
    for id in ids {
        reindex(tx, CaseId(id), &mut words)?;
    }
    remember(tx, &words)?;
    // One segment instead of hundreds: smaller, and every query looks in one place.
    tx.execute("INSERT INTO case_fts (case_fts) VALUES ('optimize')", [])?;
    Ok(())
}

/// Keeps words in the vocabulary; the trigram index follows by trigger.
pub(super) fn remember(tx: &Transaction<'_>, words: &BTreeSet<String>) -> Result<()> {
    let mut insert = tx.prepare_cached("INSERT OR IGNORE INTO search_words (word) VALUES (?1)")?;
    for word in words {
        insert.execute([word])?;
    }
    Ok(())
}

/// What a case's row in the index holds, column by column.
struct IndexRow {
    number: String,
    details: CaseDetails,
    parties: String,
    refs: String,
    notes: String,
    messages: String,
    labels: String,
}

impl IndexRow {
    fn read(tx: &Transaction<'_>, id: CaseId) -> Result<Option<IndexRow>> {
        let found = tx
            .prepare_cached(
                "SELECT c.year, c.seq, c.details, c.kind, c.category, c.status, o.name
                 FROM cases c LEFT JOIN officers o ON o.id = c.assignee_id WHERE c.id = ?1",
            )?
            .query_row([id.0], |r| {
                Ok((
                    CaseNumber {
                        year: r.get(0)?,
                        seq: r.get(1)?,
                    },
                    r.get::<_, String>(2)?,
                    [r.get(3)?, r.get(4)?, r.get(5)?],
                    r.get::<_, Option<String>>(6)?,
                ))
            })
            .optional()?;
        let Some((number, details, codes, officer)) = found else {
            return Ok(None);
        };
        let details: CaseDetails = serde_json::from_str(&details)?;
        let notes: String = tx
            .prepare_cached(
                "SELECT coalesce(group_concat(text, char(10)), '') FROM notes WHERE case_id = ?1",
            )?
            .query_row([id.0], |r| r.get(0))?;
        // An imported mail's text is the case's description already: indexed once.
        let messages: String = tx
            .prepare_cached(
                "SELECT coalesce(group_concat(subject || char(10) || body, char(10)), '')
                 FROM messages WHERE case_id = ?1 AND body <> ?2",
            )?
            .query_row(params![id.0, details.description], |r| r.get(0))?;
        Ok(Some(IndexRow {
            number: number.to_string(),
            parties: parties(&details),
            refs: refs(&details),
            labels: labels(codes, officer),
            details,
            notes,
            messages,
        }))
    }
}

fn parties(d: &CaseDetails) -> String {
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
    parties.join(" ")
}

fn refs(d: &CaseDetails) -> String {
    let mut refs = d.debt_case_numbers.clone();
    if let Some(idn) = &d.complainant.id_number {
        // Both forms, so that `800101-1234` and `19800101-1234` find the case.
        refs.extend([idn.as_str().to_owned(), idn.short()]);
    }
    refs.join(" ")
}

/// The names of the case's kind, category and status in both languages, and its officer's name:
/// "Bemötande" and "Treatment" find the same cases.
fn labels(codes: [Option<String>; 3], officer: Option<String>) -> String {
    let mut labels = Vec::new();
    for (prefix, code) in ["kind", "category", "status"].iter().zip(codes) {
        let Some(code) = code else { continue };
        for language in [Language::Sv, Language::En] {
            labels.push(crate::i18n::label_in(
                crate::i18n::loader_for(language),
                prefix,
                &code,
            ));
        }
    }
    labels.extend(officer);
    labels.join(" ")
}

/// Adds the words of `text` that the vocabulary keeps: runs of three letters or more, in lower
/// case. Numbers and words with digits are found whole through the index itself.
fn collect_words(text: &str, words: &mut BTreeSet<String>) {
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if word.chars().count() >= 3 && word.chars().all(char::is_alphabetic) {
            words.insert(word.to_lowercase());
        }
    }
}

/// One word of a query as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
struct QueryWord {
    /// Without quotes and without the trailing `*`.
    text: String,
    /// Typed with a trailing `*`.
    prefix: bool,
}

/// Splits what a person typed into words; quotes go, a trailing `*` is kept as a prefix mark,
/// and words with nothing searchable are left out.
fn query_words(input: &str) -> Vec<QueryWord> {
    input
        .split_whitespace()
        .filter_map(|word| {
            let text: String = word
                .trim_end_matches('*')
                .chars()
                .filter(|c| *c != '"')
                .collect();
            text.chars().any(char::is_alphanumeric).then(|| QueryWord {
                prefix: word.ends_with('*'),
                text,
            })
        })
        .collect()
}

impl QueryWord {
    /// Whether the vocabulary can stand in for the word: letters only, three or more (or any
    /// number with a `*`).
    fn expands(&self) -> bool {
        let letters = self.text.chars().all(char::is_alphabetic);
        letters && (self.prefix || self.text.chars().count() >= 3)
    }

    /// The word as an FTS5 string: quoted, so that it cannot be syntax (`K-2026-00042` is a
    /// phrase, `OR` a word), with its `*` when typed.
    fn quoted(&self) -> String {
        format!("\"{}\"{}", self.text, if self.prefix { "*" } else { "" })
    }
}

/// Turns what a person typed into an FTS5 query that cannot be a syntax error: every word must
/// match. A word of three letters or more matches any word that contains it, and a word with a
/// trailing `*` any word that begins with it (both from the vocabulary in `conn`); any other
/// word matches itself (a number, a case number as a phrase, `4711*` as a prefix). `None` when
/// nothing searchable is left.
pub(super) fn match_expression(conn: &Connection, input: &str) -> Result<Option<String>> {
    let mut groups = Vec::new();
    for word in query_words(input) {
        if !word.expands() {
            groups.push(word.quoted());
            continue;
        }
        let fragment = word.text.to_lowercase();
        let mut found = BTreeSet::new();
        let mut capped = false;
        if word.text.chars().count() >= 3 {
            let words = containing(conn, &fragment)?;
            capped = words.len() >= MAX_EXPANSION;
            found.extend(words);
        }
        if word.prefix && !capped {
            let words = beginning(conn, &fragment)?;
            capped = words.len() >= MAX_EXPANSION;
            found.extend(words);
        }
        if capped {
            // More words than a query should name: the index itself finds every word that
            // begins so (one merged list, cheaper than naming them all).
            found.insert(format!("{fragment}*"));
        }
        found.remove(&fragment);
        let whole = QueryWord {
            prefix: false,
            ..word
        };
        let terms: Vec<String> = std::iter::once(whole.quoted())
            .chain(found.iter().map(|w| match w.strip_suffix('*') {
                Some(w) => format!("\"{w}\"*"),
                None => format!("\"{w}\""),
            }))
            .collect();
        groups.push(format!("({})", terms.join(" OR ")));
    }
    Ok((!groups.is_empty()).then(|| groups.join(" AND ")))
}

/// The vocabulary's words that contain `fragment` (in lower case), the shortest first.
fn containing(conn: &Connection, fragment: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT word FROM search_words WHERE id IN
             (SELECT rowid FROM search_words_fts WHERE search_words_fts MATCH ?1)
         ORDER BY length(word), word LIMIT ?2",
    )?;
    let rows = stmt.query_map(
        params![format!("\"{fragment}\""), MAX_EXPANSION as i64],
        |r| r.get(0),
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The vocabulary's words that begin with `prefix` (in lower case), in order.
fn beginning(conn: &Connection, prefix: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT word FROM search_words WHERE word >= ?1 AND word < ?1 || char(1114111)
         ORDER BY word LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![prefix, MAX_EXPANSION as i64], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_words_lose_their_syntax() {
        let word = |text: &str, prefix| QueryWord {
            text: text.to_owned(),
            prefix,
        };
        let table = [
            ("Göteborg", vec![word("Göteborg", false)]),
            ("klag*", vec![word("klag", true)]),
            (
                "  faktura   avgift ",
                vec![word("faktura", false), word("avgift", false)],
            ),
            ("K-2026-00042", vec![word("K-2026-00042", false)]),
            (
                "\"oj\" OR NOT",
                vec![word("oj", false), word("OR", false), word("NOT", false)],
            ),
            ("* - \" ( ) :", vec![]),
            ("", vec![]),
        ];
        for (input, expected) in table {
            assert_eq!(query_words(input), expected, "{input}");
        }
    }

    #[test]
    fn words_of_letters_stand_for_longer_words_from_three_letters_or_with_a_star() {
        let table = [
            ("avgift", false, true),
            ("Åre", false, true),
            ("av", false, false),
            ("av", true, true),
            ("Å", true, true),
            ("k-2026", true, false),
            ("4711", true, false),
            ("abc1", false, false),
        ];
        for (text, prefix, expands) in table {
            let w = QueryWord {
                text: text.to_owned(),
                prefix,
            };
            assert_eq!(w.expands(), expands, "{text} {prefix}");
        }
    }

    #[test]
    fn the_vocabulary_keeps_words_of_letters_in_lower_case() {
        let mut words = BTreeSet::new();
        collect_words(
            "Påminnelseavgiften på 60 kr, K-2026-00042, anna.berg@example.com ÅTERBETALNING x2y",
            &mut words,
        );
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        assert_eq!(
            words,
            [
                "anna",
                "berg",
                "com",
                "example",
                "påminnelseavgiften",
                "återbetalning"
            ]
        );
    }
}
