//! Text measuring with the font's own glyph advances, and greedy line wrapping.

use printpdf::ParsedFont;

/// Millimetres per PDF point.
pub(super) const MM_PER_PT: f32 = 25.4 / 72.0;

/// The width of `text` in millimetres when set in `font` at `size_pt`.
///
/// Sums the `hmtx` advance of every character's glyph (the same advances printpdf writes
/// into the font's `/W` array; printpdf applies no kerning to plain text), so what is
/// measured here is what a viewer draws. A character the font lacks counts as `.notdef`.
pub(super) fn width_mm(font: &ParsedFont, text: &str, size_pt: f32) -> f32 {
    let units_per_em = f32::from(font.pdf_font_metrics.units_per_em.max(1));
    let units: u32 = text
        .chars()
        .map(|c| {
            let glyph = font.lookup_glyph_index(u32::from(c)).unwrap_or(0);
            u32::from(font.get_horizontal_advance(glyph))
        })
        .sum();
    units as f32 / units_per_em * size_pt * MM_PER_PT
}

/// `text` without the invisible characters that pasted text brings along (soft hyphens,
/// zero-width and direction marks, byte-order marks, control characters) which the font has no
/// glyph for and would draw as boxes; a tab becomes a space.
pub(super) fn printable(text: &str) -> String {
    let invisible = |c: char| {
        matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}')
            || matches!(c, '\u{2060}'..='\u{206F}' | '\u{FEFF}')
            || (c.is_control() && c != '\t')
    };
    text.chars()
        .filter(|c| !invisible(*c))
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect()
}

/// `text` broken into lines no wider than `max_mm`.
///
/// Words are separated by spaces and tabs only, so a no-break space (U+00A0) keeps
/// "1 200 kr" together. A word wider than the line is broken between characters, as a
/// last resort. Never returns an empty vector.
pub(super) fn wrap(font: &ParsedFont, text: &str, size_pt: f32, max_mm: f32) -> Vec<String> {
    let text = printable(text);
    let space = width_mm(font, " ", size_pt);
    let mut lines = Vec::new();
    let (mut line, mut line_w) = (String::new(), 0.0);
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let w = width_mm(font, word, size_pt);
        if !line.is_empty() && line_w + space + w <= max_mm {
            line.push(' ');
            line.push_str(word);
            line_w += space + w;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        let mut pieces = if w <= max_mm {
            vec![word.to_string()]
        } else {
            break_word(font, word, size_pt, max_mm)
        };
        line = pieces.pop().unwrap_or_default();
        line_w = width_mm(font, &line, size_pt);
        lines.append(&mut pieces);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// A word too wide for the line, cut into pieces that fit (at least one character each).
fn break_word(font: &ParsedFont, word: &str, size_pt: f32, max_mm: f32) -> Vec<String> {
    let mut pieces = Vec::new();
    let (mut piece, mut piece_w) = (String::new(), 0.0);
    for c in word.chars() {
        let w = width_mm(font, c.encode_utf8(&mut [0; 4]), size_pt);
        if !piece.is_empty() && piece_w + w > max_mm {
            pieces.push(std::mem::take(&mut piece));
            piece_w = 0.0;
        }
        piece.push(c);
        piece_w += w;
    }
    if !piece.is_empty() {
        pieces.push(piece);
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn font() -> ParsedFont {
        let bytes = include_bytes!("../../../../assets/fonts/LiberationSans-Regular.ttf");
        ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).expect("font parses")
    }

    #[test]
    fn lines_fit_and_keep_every_word() {
        let font = font();
        let text = "Vi har tagit emot ert klagomål och gått igenom ärendet noggrant. ".repeat(8);
        let lines = wrap(&font, &text, 11.0, 60.0);
        assert!(lines.len() > 5);
        assert!(lines.iter().all(|l| width_mm(&font, l, 11.0) <= 60.0));
        assert_eq!(lines.join(" "), text.trim_end());
    }

    #[test]
    fn an_overlong_word_is_broken_by_characters() {
        let font = font();
        let word = "Skuldsaneringsförhandlingsprotokollsbilaga".repeat(3);
        let lines = wrap(&font, &word, 11.0, 40.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| width_mm(&font, l, 11.0) <= 40.0));
        assert_eq!(lines.concat(), word);
    }

    #[test]
    fn invisible_characters_are_dropped() {
        assert_eq!(
            printable("av\u{AD}gift\u{200B} 1\u{A0}200\tkr\u{FEFF}"),
            "avgift 1\u{A0}200 kr"
        );
    }
}
