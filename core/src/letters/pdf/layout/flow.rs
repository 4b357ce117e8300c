//! The text flowing from the subject to the signature, cut into pages: no paragraph, list item
//! or set of rows leaves a single line alone on a page, a heading never ends one, and the
//! closing keeps company.

use super::super::wrap::width_mm;
use super::super::{Block, Fonts, LetterLayout};
use super::{
    BODY, BULLET_INDENT, CONTINUATION_TOP, FLOW_BOTTOM, HEADING, LEFT, REPORT_TOP, RIGHT,
    SIGNATURE_SPACE, SUBJECT, SUBJECT_TOP, Style, Text,
};

/// The widest a column of row names gets; longer names wrap.
const ROW_LABEL_MAX: f32 = 55.0;
/// The space between a row's name and its value.
const ROW_GAP: f32 = 4.0;
/// At most this many lines of one row are kept together when a page breaks.
const ROW_KEEP_LINES: usize = 3;

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
    /// last line alone on a page; `marker` (a bullet or a number) hangs in front of the first line.
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

    /// A heading, kept with two lines of what follows: a heading never ends a page.
    fn heading(&mut self, text: &str, tail: f32) {
        self.keep(HEADING.line() + BODY.line() * 2.5);
        self.lines_then(LEFT, HEADING, text, None, tail);
    }

    /// Running text, line by line as written; a blank line in it is a paragraph break.
    fn paragraph(&mut self, text: &str, tail: f32) {
        let lines: Vec<&str> = text.lines().collect();
        let last = lines.iter().rposition(|l| !l.trim().is_empty());
        let mut blank = false;
        for (i, line) in lines.iter().enumerate() {
            if line.trim().is_empty() {
                blank = true;
                continue;
            }
            if std::mem::take(&mut blank) {
                self.gap(BODY.line() * 0.5);
            }
            let tail = if Some(i) == last { tail } else { 0.0 };
            self.lines_then(LEFT, BODY, line, None, tail);
        }
    }

    /// Items with a hanging indent behind their bullets or numbers; an item's own lines
    /// follow the paragraph rules.
    fn list(&mut self, numbered: bool, items: &[String], tail: f32) {
        let markers: Vec<String> = (1..=items.len())
            .map(|n| {
                if numbered {
                    format!("{n}.")
                } else {
                    "•".to_owned()
                }
            })
            .collect();
        let widest = markers
            .iter()
            .map(|m| width_mm(&self.fonts.regular, m, BODY.size))
            .fold(0.0, f32::max);
        let x = LEFT + BULLET_INDENT.max(1.0 + widest + 2.0);
        for (i, (item, marker)) in items.iter().zip(&markers).enumerate() {
            let lines: Vec<&str> = item.lines().filter(|l| !l.trim().is_empty()).collect();
            for (k, line) in lines.iter().enumerate() {
                let last = i + 1 == items.len() && k + 1 == lines.len();
                let marker = (k == 0).then_some(marker.as_str());
                self.lines_then(x, BODY, line, marker, if last { tail } else { 0.0 });
            }
        }
    }

    /// Names in a column `label_w` wide, each value wrapped beside its name. The first two
    /// rows and the last two stay together, and so do (up to three of) the lines of one row.
    fn rows(&mut self, rows: &[(String, String)], label_w: f32, tail: f32) {
        let value_x = LEFT + label_w + ROW_GAP;
        let wrap = |text: &str, width: f32| -> Vec<String> {
            let lines = text.lines().filter(|l| !l.trim().is_empty());
            lines
                .flat_map(|l| self.fonts.wrap(BODY.face, l, BODY.size, width))
                .collect()
        };
        let laid: Vec<(Vec<String>, Vec<String>)> = rows
            .iter()
            .map(|(label, value)| (wrap(label, label_w), wrap(value, RIGHT - value_x)))
            .collect();
        let height = |(l, v): &(Vec<String>, Vec<String>)| {
            l.len().max(v.len()).clamp(1, ROW_KEEP_LINES) as f32 * BODY.line()
        };
        let n = laid.len();
        for (i, (labels, values)) in laid.iter().enumerate() {
            let together = match i {
                0 if n <= 3 => n,
                0 => 2,
                _ if i + 2 == n => 2,
                _ => 1,
            };
            let kept: f32 = laid[i..(i + together).min(n)].iter().map(height).sum();
            self.keep(kept + if i + together >= n { tail } else { 0.0 });
            for j in 0..labels.len().max(values.len()).max(1) {
                if j > 0 {
                    // A row taller than what is left goes on, without its name, overleaf.
                    self.keep(BODY.line());
                }
                let baseline = self.y + BODY.ascent();
                self.y += BODY.line();
                let Some(page) = self.pages.last_mut() else {
                    return;
                };
                if let Some(label) = labels.get(j) {
                    page.push(Text::at(LEFT, baseline, BODY, label));
                }
                if let Some(value) = values.get(j) {
                    page.push(Text::at(value_x, baseline, BODY, value));
                }
            }
        }
    }
}

/// Subject, body, closing and signature, laid out into pages.
pub(in crate::letters::pdf) fn flow_pages<B>(
    letter: &LetterLayout<B>,
    blocks: &[Block],
    fonts: &Fonts,
) -> Vec<Vec<Text>> {
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
    // One column of names for all the rows of the document, as wide as the widest name.
    let label_w = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Rows(rows) => Some(rows),
            _ => None,
        })
        .flatten()
        .map(|(label, _)| width_mm(&fonts.regular, label, BODY.size))
        .fold(0.0, f32::max)
        .min(ROW_LABEL_MAX);
    let mut flow = Flow::new(fonts, top);
    flow.lines(LEFT, SUBJECT, &letter.subject, None);
    flow.gap(BODY.line() * 0.5);
    for (b, block) in blocks.iter().enumerate() {
        flow.gap(BODY.line() * 0.5);
        // The closing never stands alone on a page: the text's last lines go with it.
        let tail = if b + 1 == blocks.len() {
            closing_height
        } else {
            0.0
        };
        match block {
            Block::Heading(text) => flow.heading(text, tail),
            Block::Paragraph(text) => flow.paragraph(text, tail),
            Block::Rows(rows) => flow.rows(rows, label_w, tail),
            Block::List { numbered, items } => flow.list(*numbered, items, tail),
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
