//! A document's text as blocks (headings, paragraphs, named rows, lists), and a letter's
//! text read into them.

/// One piece of a document's text. The layout sets each as it is and guesses nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A subheading, printed bold and kept with what follows.
    Heading(String),
    /// Running text, printed as written; a line break in it is kept.
    Paragraph(String),
    /// Names and values side by side: the names in a column as wide as the widest (up to
    /// a limit), each value wrapped beside its name. A line break in a value is kept.
    Rows(Vec<(String, String)>),
    /// Items with a hanging indent, marked `•` or numbered `1.`, `2.`, …
    List {
        /// Numbers instead of bullets.
        numbered: bool,
        /// The items; a line break in one is kept.
        items: Vec<String>,
    },
}

impl Block {
    /// A bulleted list.
    pub fn bullets(items: Vec<String>) -> Block {
        Block::List {
            numbered: false,
            items,
        }
    }

    /// The block with `f` applied to every text in it (to mask personnummer, say).
    pub fn map_text(self, f: impl Fn(String) -> String) -> Block {
        match self {
            Block::Heading(t) => Block::Heading(f(t)),
            Block::Paragraph(t) => Block::Paragraph(f(t)),
            Block::Rows(rows) => Block::Rows(rows.into_iter().map(|(k, v)| (f(k), f(v))).collect()),
            Block::List { numbered, items } => Block::List {
                numbered,
                items: items.into_iter().map(f).collect(),
            },
        }
    }

    /// A letter's text (from its template, perhaps edited) as blocks: paragraphs are separated
    /// by blank lines; lines starting "- " are bullet items; a paragraph of one short line
    /// without closing punctuation ("Om du inte är nöjd") is a heading. Lines marked by
    /// [`verbatim`] are a paragraph as written.
    pub fn from_text(text: &str) -> Vec<Block> {
        let mut blocks = Vec::new();
        let mut current = Vec::new();
        let mut quoted = false;
        for line in text.lines().map(str::trim_end) {
            if line.trim().is_empty() {
                end_paragraph(&mut blocks, std::mem::take(&mut current), quoted);
                quoted = false;
            } else if let Some(rest) = line.strip_prefix(VERBATIM) {
                current.push(Line::Text(rest.to_owned()));
                quoted = true;
            } else if let Some(rest) = line.trim_start().strip_prefix("- ") {
                current.push(Line::Bullet(rest.trim().to_owned()));
            } else {
                current.push(Line::Text(line.to_owned()));
            }
        }
        end_paragraph(&mut blocks, current, quoted);
        blocks
    }
}

/// One source line of a letter's text.
enum Line {
    Text(String),
    Bullet(String),
}

/// The longest line taken for a subheading.
const HEADING_MAX_CHARS: usize = 60;

/// A paragraph of the text as blocks: a heading, or runs of text lines and of bullet items.
fn end_paragraph(blocks: &mut Vec<Block>, lines: Vec<Line>, quoted: bool) {
    if let [Line::Text(line)] = lines.as_slice()
        && !quoted
        && line.chars().count() <= HEADING_MAX_CHARS
        && !line.trim_end().ends_with(['.', '!', '?', ':', ',', ';'])
    {
        blocks.push(Block::Heading(line.trim().to_owned()));
        return;
    }
    let mut runs: Vec<Block> = Vec::new();
    for line in lines {
        match (line, runs.last_mut()) {
            (Line::Text(t), Some(Block::Paragraph(p))) => {
                p.push('\n');
                p.push_str(&t);
            }
            (Line::Bullet(b), Some(Block::List { items, .. })) => items.push(b),
            (Line::Text(t), _) => runs.push(Block::Paragraph(t)),
            (Line::Bullet(b), _) => runs.push(Block::bullets(vec![b])),
        }
    }
    blocks.extend(runs);
}

/// Marks a line to be printed as written (see [`verbatim`]); never printed itself.
const VERBATIM: char = '\u{E000}';

/// Text to put into a letter's text as written — a quoted e-mail, the complainant's own words:
/// none of its lines becomes a heading or a bullet.
pub fn verbatim(text: &str) -> String {
    text.lines()
        .map(|l| {
            if l.trim().is_empty() {
                String::new()
            } else {
                format!("{VERBATIM}{l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Block {
        Block::Paragraph(text.into())
    }

    fn h(text: &str) -> Block {
        Block::Heading(text.into())
    }

    fn bullets(items: &[&str]) -> Block {
        Block::bullets(items.iter().map(|i| i.to_string()).collect())
    }

    #[test]
    fn a_letters_text_reads_into_blocks() {
        let cases: Vec<(&str, Vec<Block>)> = vec![
            ("Om du inte är nöjd", vec![h("Om du inte är nöjd")]),
            (
                "Du kan vända dig till ARN.",
                vec![p("Du kan vända dig till ARN.")],
            ),
            ("Hej Åsa,", vec![p("Hej Åsa,")]),
            ("- punkt", vec![bullets(&["punkt"])]),
            (
                "Första stycket\nandra raden\n\n\n- punkt ett\n- punkt två\n  \nSlut.",
                vec![
                    p("Första stycket\nandra raden"),
                    bullets(&["punkt ett", "punkt två"]),
                    p("Slut."),
                ],
            ),
            (
                "Det här behöver vi:\n- kvitto\n- fullmakt\nTack.",
                vec![
                    p("Det här behöver vi:"),
                    bullets(&["kvitto", "fullmakt"]),
                    p("Tack."),
                ],
            ),
            ("- ett\n\n- två", vec![bullets(&["ett"]), bullets(&["två"])]),
            ("", vec![]),
        ];
        for (text, expected) in cases {
            assert_eq!(Block::from_text(text), expected, "{text:?}");
        }
    }

    #[test]
    fn verbatim_text_has_no_headings_or_bullets() {
        let body = format!("Rubrik\n\n{}", verbatim("Hej!\n\n- inte en punkt\n\nÅsa"));
        assert_eq!(
            Block::from_text(&body),
            vec![h("Rubrik"), p("Hej!"), p("- inte en punkt"), p("Åsa")]
        );
    }

    #[test]
    fn map_text_reaches_every_text() {
        let rows = Block::Rows(vec![("a".into(), "b".into())]).map_text(|t| t.to_uppercase());
        assert_eq!(rows, Block::Rows(vec![("A".into(), "B".into())]));
        let list = bullets(&["x"]).map_text(|t| format!("{t}!"));
        assert_eq!(list, bullets(&["x!"]));
    }
}
