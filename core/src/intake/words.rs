//! A text's words as the classifier compares them: lower case, without diacritics, each with
//! where it stands and which sentence and clause it belongs to.

/// Words that end a clause: a negation does not reach past them.
const CLAUSE_WORDS: &[&str] = &["men", "utan", "but", "however", "fast"];

/// A word of the text: lower case, where it stands, its sentence and clause.
#[derive(Debug, Clone)]
pub struct Token {
    pub word: String,
    pub start: usize,
    pub end: usize,
    pub sentence: u32,
    pub clause: u32,
}

/// A word without its diacritics, as people write who have no Swedish keyboard ("ratta min
/// adress"): cues and text are compared in this form.
pub fn fold(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'å' | 'ä' | 'á' | 'à' | 'æ' => 'a',
            'ö' | 'ø' | 'ó' => 'o',
            'é' | 'è' => 'e',
            'ü' => 'u',
            '’' => '\'',
            c => c,
        })
        .collect()
}

/// The text's words in lower case, folded. A sentence ends at `.`, `!` or `?` before a capital or a
/// line's end (so "art. 15" and "t.ex." stay in theirs), at a blank line and at a list item;
/// a clause also at `,`, `;`, `:`, brackets, dashes and "men"/"but".
pub fn tokens(text: &str) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::new();
    let (mut sentence, mut clause) = (0u32, 0u32);
    let mut chars = text.char_indices().peekable();
    let mut word_start: Option<usize> = None;
    let mut newlines = 0;
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let inner = matches!(c, '-' | '\'' | '’') && word_start.is_some();
        if c.is_alphanumeric() || (inner && next.is_some_and(char::is_alphanumeric)) {
            if word_start.is_none() {
                word_start = Some(i);
                newlines = 0;
            }
            continue;
        }
        if let Some(s) = word_start.take() {
            push(&mut tokens, text, s, i, sentence, &mut clause);
        }
        match c {
            '\n' => {
                newlines += 1;
                let item = text[i + 1..]
                    .trim_start_matches([' ', '\t'])
                    .starts_with(['-', '•', '*']);
                if newlines >= 2 || item {
                    sentence += 1;
                    clause += 1;
                }
            }
            '.' | '!' | '?' => {
                let rest = text[i + c.len_utf8()..].trim_start_matches([' ', '\t']);
                let ends = rest
                    .chars()
                    .next()
                    .is_none_or(|n| n.is_uppercase() || n == '\n' || n == '\r' || c != '.');
                if ends {
                    sentence += 1;
                }
                clause += 1;
            }
            ',' | ';' | ':' | '(' | ')' | '–' | '—' | '"' | '”' | '“' => clause += 1,
            '-' if next.is_some_and(char::is_whitespace) => clause += 1,
            _ => {}
        }
    }
    if let Some(s) = word_start {
        push(&mut tokens, text, s, text.len(), sentence, &mut clause);
    }
    tokens
}

fn push(tokens: &mut Vec<Token>, text: &str, start: usize, end: usize, s: u32, c: &mut u32) {
    let word = fold(&text[start..end].to_lowercase());
    let ends_clause = CLAUSE_WORDS.contains(&word.as_str());
    if ends_clause {
        *c += 1;
    }
    tokens.push(Token {
        word,
        start,
        end,
        sentence: s,
        clause: *c,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_sentences_and_clauses() {
        let text = "Jag bestrider INTE skulden, men ID-kapning.\nEnligt art. 15 GDPR. Don’t Rätta";
        let t = tokens(text);
        let words: Vec<&str> = t.iter().map(|t| t.word.as_str()).collect();
        assert_eq!(
            words,
            [
                "jag",
                "bestrider",
                "inte",
                "skulden",
                "men",
                "id-kapning",
                "enligt",
                "art",
                "15",
                "gdpr",
                "don't",
                "ratta"
            ]
        );
        let sentence = |w: &str| t.iter().find(|t| t.word == w).map(|t| t.sentence);
        let clause = |w: &str| t.iter().find(|t| t.word == w).map(|t| t.clause);
        assert_eq!(sentence("art"), sentence("15"), "art. 15 is one sentence");
        assert_ne!(sentence("gdpr"), sentence("don't"));
        assert_eq!(clause("bestrider"), clause("skulden"));
        assert_ne!(
            clause("skulden"),
            clause("id-kapning"),
            "a comma and men end a clause"
        );
        assert_eq!(
            &text[t[10].start..t[11].end],
            "Don’t Rätta",
            "offsets in the text"
        );
    }
}
