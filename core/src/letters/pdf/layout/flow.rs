//! The text flowing from the subject to the signature, cut into pages: no paragraph leaves a
//! single line alone on a page, a heading never ends one, and the closing keeps company.

use super::super::wrap::{Item, paragraphs};
use super::super::{Fonts, LetterLayout};
use super::{
    BODY, BULLET_INDENT, CONTINUATION_TOP, FLOW_BOTTOM, HEADING, LEFT, REPORT_TOP, RIGHT,
    SIGNATURE_SPACE, SUBJECT, SUBJECT_TOP, Style, Text,
};

/// The text flowing from the subject to the signature, cut into pages.
pub(super) struct Flow<'a> {
    fonts: &'a Fonts,
    pub(super) pages: Vec<Vec<Text>>,
    /// Top of the next line box, in mm from the top of the sheet.
    y: f32,
}

impl<'a> Flow<'a> {
    pub(super) fn new(fonts: &'a Fonts, top: f32) -> Self {
        Self {
            fonts,
            pages: vec![Vec::new()],
            y: top,
        }
    }

    fn at_page_top(&self) -> bool {
        self.pages.len() > 1 && self.y <= CONTINUATION_TOP
    }

    /// Continues on a new page unless `height` mm still fit above the footer.
    fn keep(&mut self, height: f32) {
        if self.y + height > FLOW_BOTTOM && !self.at_page_top() {
            self.pages.push(Vec::new());
            self.y = CONTINUATION_TOP;
        }
    }

    /// Vertical space, dropped at the top of a continuation page.
    pub(super) fn gap(&mut self, height: f32) {
        if !self.at_page_top() {
            self.y += height;
        }
    }

    /// `text` wrapped between `x` and the right margin, never leaving a paragraph's first or
    /// last line alone on a page; `marker` (a bullet) hangs in front of the first line.
    pub(super) fn lines(&mut self, x: f32, style: Style, text: &str, marker: Option<&str>) {
        self.lines_then(x, style, text, marker, 0.0);
    }

    /// As [`Flow::lines`], keeping the last lines together with `tail` mm of what follows.
    fn lines_then(&mut self, x: f32, style: Style, text: &str, marker: Option<&str>, tail: f32) {
        let lines = self.fonts.wrap(style.face, text, style.size, RIGHT - x);
        let n = lines.len();
        for (i, line) in lines.into_iter().enumerate() {
            // A page may break only after the 2nd line and before the 2nd last.
            let together = match i {
                0 if n <= 3 => n,
                0 => 2,
                _ if i + 2 == n => 2,
                _ => 1,
            };
            let last_lines = i + together >= n;
            let tail = if last_lines { tail } else { 0.0 };
            self.keep(together as f32 * style.line() + tail);
            let baseline = self.y + style.ascent();
            self.y += style.line();
            let Some(page) = self.pages.last_mut() else {
                return;
            };
            if let (0, Some(marker)) = (i, marker) {
                page.push(Text::at(LEFT + 1.0, baseline, style, marker));
            }
            page.push(Text::at(x, baseline, style, line));
        }
    }
}

/// Subject, body, closing and signature, laid out into pages.
pub(in crate::letters::pdf) fn flow_pages(letter: &LetterLayout, fonts: &Fonts) -> Vec<Vec<Text>> {
    let top = if letter.recipient.is_empty() {
        REPORT_TOP
    } else {
        SUBJECT_TOP
    };
    let signature: Vec<&String> = letter
        .signature
        .iter()
        .filter(|s| !s.trim().is_empty())
        .collect();
    let has_closing = !letter.closing.trim().is_empty() || !signature.is_empty();
    let closing_height = if has_closing {
        BODY.line() * (2.0 + signature.len() as f32) + SIGNATURE_SPACE
    } else {
        0.0
    };
    let mut flow = Flow::new(fonts, top);
    flow.lines(LEFT, SUBJECT, &letter.subject, None);
    flow.gap(BODY.line() * 0.5);
    let paragraphs = paragraphs(&letter.body);
    let count = paragraphs.len();
    for (p, paragraph) in paragraphs.into_iter().enumerate() {
        flow.gap(BODY.line() * 0.5);
        let items = paragraph.len();
        for (i, item) in paragraph.into_iter().enumerate() {
            // The closing never stands alone on a page: the text's last lines go with it.
            let tail = if p + 1 == count && i + 1 == items {
                closing_height
            } else {
                0.0
            };
            match item {
                Item::Text(text) => flow.lines_then(LEFT, BODY, &text, None, tail),
                Item::Bullet(text) => {
                    flow.lines_then(LEFT + BULLET_INDENT, BODY, &text, Some("•"), tail);
                }
                Item::Heading(text) => {
                    // A heading never ends a page: keep it with two lines of what follows.
                    flow.keep(HEADING.line() + BODY.line() * 2.5);
                    flow.lines_then(LEFT, HEADING, &text, None, tail);
                }
            }
        }
    }
    if !has_closing {
        return flow.pages;
    }
    // The closing and the signature stay together.
    flow.keep(closing_height);
    flow.gap(BODY.line());
    flow.lines(LEFT, BODY, &letter.closing, None);
    flow.gap(SIGNATURE_SPACE);
    for line in signature {
        flow.lines(LEFT, BODY, line, None);
    }
    flow.pages
}
