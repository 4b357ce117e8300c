//! Texts that fit a width: measured with the app's font's advances, and cut at a whole character
//! with "…" when they do not fit.

/// The mark that ends a clipped text.
pub const ELLIPSIS: char = '…';

/// A character's advance in Liberation Sans, in thousandths of an em. Liberation Sans is
/// metric-compatible with Arial, whose widths are published; a character missing here counts as
/// wide, so that a guess clips early rather than late.
fn advance(c: char) -> u16 {
    match c {
        'i' | 'j' | 'l' | '\'' | '’' => 222,
        ' ' | '!' | ',' | '.' | '/' | ':' | ';' | '[' | '\\' | ']' | 'f' | 't' | 'I' | '·' => 278,
        'ì'..='ï' | 'Ì'..='Ï' => 278,
        '(' | ')' | '-' | 'r' | '`' | '"' | '“' | '”' => 333,
        '{' | '}' | '*' => 389,
        'c' | 'k' | 's' | 'v' | 'x' | 'y' | 'z' | 'J' | 'ç' | 'ý' | 'ÿ' => 500,
        '0'..='9' | 'a' | 'b' | 'd' | 'e' | 'g' | 'h' | 'n' | 'o' | 'p' | 'q' | 'u' => 556,
        '#' | '$' | '?' | '_' | 'L' | '–' => 556,
        'à'..='å' | 'è'..='ë' | 'ñ'..='ö' | 'ù'..='ü' => 556,
        '+' | '<' | '=' | '>' | '~' => 584,
        'F' | 'T' | 'Z' | 'ß' | 'ø' => 611,
        '&' | 'A' | 'B' | 'E' | 'K' | 'P' | 'S' | 'V' | 'X' | 'Y' => 667,
        'À'..='Å' | 'È'..='Ë' | 'Ý' => 667,
        'C' | 'D' | 'H' | 'N' | 'R' | 'U' | 'w' | 'Ç' | 'Ð' | 'Ñ' | 'Ù'..='Ü' => 722,
        'G' | 'O' | 'Q' | 'Ò'..='Ö' | 'Ø' => 778,
        'M' | 'm' => 833,
        '%' | 'æ' => 889,
        'W' => 944,
        '…' | '—' | 'Æ' | '▲' | '▼' => 1000,
        '@' => 1015,
        _ => 1000,
    }
}

/// How wide `text` is at font `size`, in logical pixels.
pub fn width(text: &str, size: f32) -> f32 {
    text.chars().map(|c| f32::from(advance(c))).sum::<f32>() * size / 1000.0
}

/// `text` cut to fit `max` pixels at font `size` and ended with "…"; `None` when it fits whole.
/// Trailing spaces before the mark go, so that it reads "Väntar på…", not "Väntar på …".
pub fn clip(text: &str, max: f32, size: f32) -> Option<String> {
    if width(text, size) <= max {
        return None;
    }
    let budget = max - width("…", size);
    let mut used = 0.0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        used += f32::from(advance(c)) * size / 1000.0;
        if used > budget {
            break;
        }
        end = i + c.len_utf8();
    }
    let mut clipped = text[..end].trim_end().to_owned();
    clipped.push(ELLIPSIS);
    Some(clipped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_that_fit_stay_whole_and_others_end_in_an_ellipsis() {
        // (text, width in px at 14 px, expected: None when it fits)
        let cases: &[(&str, f32, Option<&str>)] = &[
            ("Avslutat", 200.0, None),
            ("", 10.0, None),
            ("K-2026-00042", 90.0, None),
            ("Väntar på komplettering", 150.0, None),
            ("Väntar på komplettering", 100.0, Some("Väntar på ko…")),
            ("Väntar på komplettering", 80.0, Some("Väntar på…")),
            ("Väntar på komplettering", 60.0, Some("Väntar…")),
            (
                "Hänvisat till kundtjänst",
                120.0,
                Some("Hänvisat till kund…"),
            ),
            ("Invändning mot skulden", 60.0, Some("Invänd…")),
            ("Åsa Öberg", 40.0, Some("Åsa…")),
            ("WWWWWW", 30.0, Some("W…")),
            ("Lindqvist", 10.0, Some("…")),
        ];
        for (text, max, expected) in cases {
            let got = clip(text, *max, 14.0);
            assert_eq!(got.as_deref(), *expected, "{text:?} in {max} px");
            if let Some(short) = &got {
                assert!(width(short, 14.0) <= *max || short == "…", "{short:?} fits");
                assert!(short.ends_with(ELLIPSIS));
            }
        }
    }

    #[test]
    fn widths_follow_the_font() {
        // Arial's published advances: "Handläggare" is 5 725 thousandths of an em.
        assert!((width("Handläggare", 14.0) - 80.15).abs() < 0.01);
        assert!(width("iiii", 14.0) < width("MMMM", 14.0));
        assert_eq!(width("å", 10.0), width("a", 10.0));
        assert_eq!(width("Ö", 10.0), width("O", 10.0));
        assert_eq!(
            width("中", 10.0),
            10.0,
            "an unknown character counts as one em"
        );
    }
}
