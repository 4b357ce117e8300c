//! The kind and category a mail suggests: its words matched against weighed cues
//! ([`super::cues`]), a cue that is negated or hypothetical counting nothing, the subject
//! counting half again as much as the text.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::cues::{CUES, Cue};
use super::words::{Token, fold, tokens};
use crate::domain::{CaseKind, Category, Suggestion};

/// Words that negate a cue a few words before it, or right after its verb ("bestrider inte").
const NEGATIONS: &[&str] = &[
    "inte", "ej", "icke", "aldrig", "inga", "ingen", "inget", "not", "don't", "dont", "doesn't",
    "didn't", "never", "isn't", "wasn't", "haven't", "hasn't", "cannot", "can't", "won't",
];

/// Negations that stand after the verb they negate (Swedish word order).
const NEGATIONS_AFTER: &[&str] = &["inte", "ej", "icke", "aldrig"];

/// Subjects that stand between a verb and its negation ("det bestrider jag inte").
const PRONOUNS: &[&str] = &[
    "jag", "vi", "ni", "du", "han", "hon", "de", "man", "det", "den",
];

/// How many words before a cue a negation reaches.
const NEGATION_REACH: usize = 3;

/// A special kind (objection, personal data) is suggested when its score is at least this
/// (one cue of weight 2 in the text; a bare "it is paid" is a hint of weight 1, since complaints
/// often tell of a payment) …
const SPECIAL_MIN: u32 = 4;

/// … and at least this share (in thirds) of the complaint's score.
const SPECIAL_THIRDS_OF_COMPLAINT: u32 = 2;

/// One place a cue matched.
#[derive(Debug, Clone)]
struct Hit {
    cue: usize,
    points: u32,
    phrase: String,
    /// Where it stands: the subject (0) or the text (1), then the byte offset.
    place: (u8, usize),
}

/// The kind and category the subject and the new text suggest, each with the words that
/// suggested it.
pub fn suggest(subject: &str, text: &str) -> Suggestion {
    let mut hits = hits_in(subject, 3, 0);
    hits.extend(hits_in(text, 2, 1));
    decide(&hits)
}

/// Every cue found in `text`, each once at most, weighed by `points` per unit of weight. A
/// word belongs to one cue only: the heaviest (then the longest) takes it first.
fn hits_in(text: &str, points: u32, part: u8) -> Vec<Hit> {
    let tokens = tokens(text);
    let mut taken = vec![false; tokens.len()];
    let mut hits = Vec::new();
    // Where each first letter stands: a cue is tried only where its first word could start.
    let mut by_letter: HashMap<char, Vec<usize>> = HashMap::new();
    for (i, t) in tokens.iter().enumerate() {
        if let Some(c) = t.word.chars().next() {
            by_letter.entry(c).or_default().push(i);
        }
    }
    for &i in ORDER.iter() {
        let cue = &CUES[i];
        let (Some(pattern), Some(letters)) = (PATTERNS.get(i), LETTERS.get(i)) else {
            continue;
        };
        let starts: Vec<usize> = match letters {
            Some(letters) => {
                let mut at: Vec<usize> = letters
                    .iter()
                    .filter_map(|c| by_letter.get(c))
                    .flatten()
                    .copied()
                    .collect();
                at.sort_unstable();
                at
            }
            None => (0..tokens.len()).collect(),
        };
        for start in starts {
            let Some(end) = matches(&tokens, pattern, start, 0) else {
                continue;
            };
            if taken[start..end].iter().any(|t| *t) {
                continue;
            }
            taken[start..end].fill(true);
            if counts(&tokens, start, end) {
                let phrase = text[tokens[start].start..tokens[end - 1].end]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                hits.push(Hit {
                    cue: i,
                    points: u32::from(cue.weight) * points,
                    phrase,
                    place: (part, tokens[start].start),
                });
                break;
            }
        }
    }
    hits
}

fn decide(hits: &[Hit]) -> Suggestion {
    let score = |kind: CaseKind| -> u32 {
        hits.iter()
            .filter(|h| CUES[h.cue].kind == Some(kind))
            .map(|h| h.points)
            .sum()
    };
    let (objection, personal, complaint) = (
        score(CaseKind::Objection),
        score(CaseKind::PersonalData),
        score(CaseKind::Complaint),
    );
    // Of two special kinds with the same score, the one the mail speaks of first.
    let first = |kind: CaseKind| {
        hits.iter()
            .filter(|h| CUES[h.cue].kind == Some(kind))
            .map(|h| h.place)
            .min()
    };
    let personal_first = personal > objection
        || (personal == objection && first(CaseKind::PersonalData) < first(CaseKind::Objection));
    let (special, special_score) = match personal_first {
        true => (CaseKind::PersonalData, personal),
        false => (CaseKind::Objection, objection),
    };
    let kind = if special_score >= SPECIAL_MIN
        && special_score * 3 >= complaint * SPECIAL_THIRDS_OF_COMPLAINT
    {
        special
    } else {
        CaseKind::Complaint
    };
    let category = category(hits, kind);
    Suggestion {
        kind,
        phrase: strongest(hits, |c| c.kind == Some(kind)),
        category,
        category_phrase: category.and_then(|cat| strongest(hits, |c| c.category == Some(cat))),
    }
}

/// The category with the highest score; a tie goes to the kind's own category. With no cue,
/// an objection is a disputed claim and a personal-data request is about personal data. A
/// complaint is not about a disputed claim (that would make it an objection): the objection's
/// cues do not decide its category.
fn category(hits: &[Hit], kind: CaseKind) -> Option<Category> {
    let own = match kind {
        CaseKind::Objection => Some(Category::DisputedClaim),
        CaseKind::PersonalData => Some(Category::PersonalData),
        CaseKind::Complaint => None,
    };
    let mut scores: Vec<(Category, u32)> = Vec::new();
    for h in hits {
        let Some(cat) = CUES[h.cue].category else {
            continue;
        };
        if kind == CaseKind::Complaint && cat == Category::DisputedClaim {
            continue;
        }
        match scores.iter_mut().find(|(c, _)| *c == cat) {
            Some((_, s)) => *s += h.points,
            None => scores.push((cat, h.points)),
        }
    }
    let best = scores.iter().map(|(_, s)| *s).max().unwrap_or(0);
    if best == 0 {
        return own;
    }
    let tied = scores.iter().filter(|(_, s)| *s == best).map(|(c, _)| *c);
    let tied: Vec<Category> = tied.collect();
    match own {
        Some(o) if tied.contains(&o) => Some(o),
        _ => tied.first().copied(),
    }
}

/// The words of the heaviest hit of a cue that `wanted` accepts (of equals, the first in the
/// mail).
fn strongest(hits: &[Hit], wanted: impl Fn(&Cue) -> bool) -> Option<String> {
    hits.iter()
        .filter(|h| wanted(&CUES[h.cue]))
        .min_by_key(|h| (std::cmp::Reverse(h.points), h.place))
        .map(|h| h.phrase.clone())
}

/// Whether a match counts: not negated ("inte", "never" a few words before in its clause, or
/// "inte" right after it) and not a hypothetical addressed to the reader ("om du bestrider").
/// A negation after "om" is a demand ("om ni inte tar bort avgiften …") and counts.
fn counts(tokens: &[Token], start: usize, end: usize) -> bool {
    let clause = tokens[start].clause;
    let from = start.saturating_sub(NEGATION_REACH);
    let before: Vec<&str> = tokens[from..start]
        .iter()
        .filter(|t| t.clause == clause)
        .map(|t| t.word.as_str())
        .collect();
    let conditional = before.iter().any(|w| matches!(*w, "om" | "ifall" | "if"));
    let negated_before = before.iter().any(|w| NEGATIONS.contains(w));
    // "bestrider inte", and with the subject after the verb "bestrider jag inte".
    let same_clause = |t: &&Token| t.clause == tokens[end - 1].clause;
    let after: Vec<&str> = tokens[end..tokens.len().min(end + 2)]
        .iter()
        .take_while(same_clause)
        .map(|t| t.word.as_str())
        .collect();
    let negated_after = match after.as_slice() {
        [first, ..] if NEGATIONS_AFTER.contains(first) => true,
        [first, second] => PRONOUNS.contains(first) && NEGATIONS_AFTER.contains(second),
        _ => false,
    };
    let to_reader = before
        .windows(2)
        .any(|w| matches!(w[0], "om" | "ifall" | "if") && matches!(w[1], "du" | "man" | "you"));
    if conditional && negated_before {
        return true;
    }
    !(negated_before || negated_after || to_reader)
}

/// Does `pattern` match from token `at`? The end of the match (exclusive) if so.
fn matches(tokens: &[Token], pattern: &[Slot], at: usize, k: usize) -> Option<usize> {
    let slot = pattern.get(k)?;
    let token = tokens.get(at)?;
    if !slot.words.iter().any(|w| w.accepts(&token.word)) {
        return None;
    }
    let Some(next) = pattern.get(k + 1) else {
        return Some(at + 1);
    };
    (at + 1..=at + 1 + next.gap)
        .take_while(|&j| tokens.get(j).is_some_and(|t| t.sentence == token.sentence))
        .find_map(|j| matches(tokens, pattern, j, k + 1))
}

/// One word of a cue: alternatives, each whole, a prefix (`betal*`), a suffix or an infix
/// (`*avgift*`), and how many words may stand between it and the word before (`..`).
#[derive(Debug)]
struct Slot {
    words: Vec<Word>,
    gap: usize,
}

#[derive(Debug)]
enum Word {
    Whole(String),
    Prefix(String),
    Suffix(String),
    Infix(String),
}

impl Word {
    fn accepts(&self, word: &str) -> bool {
        match self {
            Word::Whole(w) => word == w,
            Word::Prefix(w) => word.starts_with(w.as_str()),
            Word::Suffix(w) => word.ends_with(w.as_str()),
            Word::Infix(w) => word.contains(w.as_str()),
        }
    }
}

/// Words between two slots joined by `..`.
const GAP: usize = 2;

fn parse(cue: &'static str) -> Vec<Slot> {
    let mut slots = Vec::new();
    let mut gap = 0;
    for part in cue.split_whitespace() {
        if part == ".." {
            gap = GAP;
            continue;
        }
        let words = part
            .split('|')
            .map(|w| match (w.strip_prefix('*'), w.strip_suffix('*')) {
                (Some(rest), Some(_)) => Word::Infix(fold(rest.trim_end_matches('*'))),
                (Some(rest), None) => Word::Suffix(fold(rest)),
                (None, Some(rest)) => Word::Prefix(fold(rest)),
                (None, None) => Word::Whole(fold(w)),
            })
            .collect();
        slots.push(Slot { words, gap });
        gap = 0;
    }
    slots
}

static PATTERNS: LazyLock<Vec<Vec<Slot>>> =
    LazyLock::new(|| CUES.iter().map(|c| parse(c.words)).collect());

/// The letters a cue's first word can begin with (`None`: any, for a suffix or an infix).
static LETTERS: LazyLock<Vec<Option<Vec<char>>>> = LazyLock::new(|| {
    let first = |w: &Word| match w {
        Word::Whole(w) | Word::Prefix(w) => w.chars().next(),
        Word::Suffix(_) | Word::Infix(_) => None,
    };
    PATTERNS
        .iter()
        .map(|slots| {
            let words = &slots.first()?.words;
            let mut letters: Vec<char> = words.iter().map(first).collect::<Option<_>>()?;
            letters.sort_unstable();
            letters.dedup();
            Some(letters)
        })
        .collect()
});

/// The cues in the order they take words: heaviest first, then the longest.
static ORDER: LazyLock<Vec<usize>> = LazyLock::new(|| {
    let mut order: Vec<usize> = (0..CUES.len()).collect();
    order.sort_by_key(|&i| {
        let slots = PATTERNS.get(i).map_or(0, Vec::len);
        (std::cmp::Reverse(CUES[i].weight), std::cmp::Reverse(slots))
    });
    order
});

#[cfg(test)]
mod tests;
