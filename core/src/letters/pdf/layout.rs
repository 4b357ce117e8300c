//! Where everything goes on the page: the header blocks, the address, the footer, and (in
//! `flow`) the text flowing from the subject to the signature.

use super::wrap::{MM_PER_PT, printable, width_mm};
use super::{Fonts, Labels, LetterLayout, Sender, Window};
use printpdf::{
    Color, FontId, Greyscale, Line, LinePoint, Mm, Op, PaintMode, PdfFontHandle, Point, Pt, Rect,
    TextItem, TextMatrix,
};

mod flow;

use flow::Flow;
pub(super) use flow::flow_pages;

// Page geometry in millimetres, y measured down from the top of the sheet.
pub(super) const PAGE_W: f32 = 210.0;
pub(super) const PAGE_H: f32 = 297.0;
pub(super) const LEFT: f32 = 20.0;
pub(super) const TOP: f32 = 15.0;
const RIGHT: f32 = 190.0;
const INFO_X: f32 = 120.0;
const SUBJECT_TOP: f32 = 100.0;
/// Where a document without a recipient (a report) starts: just below the info block.
const REPORT_TOP: f32 = 50.0;
const CONTINUATION_TOP: f32 = 35.0;
const FOOTER_RULE: f32 = PAGE_H - 25.0;
const FLOW_BOTTOM: f32 = FOOTER_RULE - 10.0;
const WINDOW_PADDING: f32 = 3.0;
const MAX_ADDRESS_LINES: usize = 5;
const SIGNATURE_SPACE: f32 = 12.0;
const BULLET_INDENT: f32 = 5.0;
/// Top of the line box to baseline, and baseline to bottom, in ems (Liberation Sans `hhea`).
const ASCENT: f32 = 0.905;
const DESCENT: f32 = 0.212;
/// The font resource names; their first six letters are also the subset tag.
pub(super) const REGULAR_ID: &str = "KLAGRG";
pub(super) const BOLD_ID: &str = "KLAGBD";

/// Which of the two embedded faces a text uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Face {
    Regular,
    Bold,
}

/// A face, a size in points and a line height (in multiples of the size).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Style {
    face: Face,
    size: f32,
    leading: f32,
}

const BODY: Style = style(Face::Regular, 11.0, 1.35);
const SUBJECT: Style = style(Face::Bold, 12.0, 1.35);
const HEADING: Style = style(Face::Bold, 11.0, 1.35);
const TITLE: Style = style(Face::Bold, 14.0, 1.35);
const ADDRESS: Style = style(Face::Regular, 11.0, 1.2);
const DOCUMENT_NAME: Style = style(Face::Bold, 12.0, 1.2);
const INFO: Style = style(Face::Regular, 9.0, 1.35);
const FOOTER: Style = style(Face::Regular, 8.0, 1.3);
const FOOTER_NAME: Style = style(Face::Bold, 8.0, 1.3);

const fn style(face: Face, size: f32, leading: f32) -> Style {
    Style {
        face,
        size,
        leading,
    }
}

impl Style {
    /// The line height in mm.
    fn line(self) -> f32 {
        self.size * MM_PER_PT * self.leading
    }

    /// Top of the line box to the baseline, in mm.
    fn ascent(self) -> f32 {
        self.size * MM_PER_PT * ASCENT
    }
}

/// One line of text placed on a page: x and baseline y in mm from the top left.
#[derive(Debug, Clone)]
pub(super) struct Text {
    x: f32,
    y: f32,
    style: Style,
    pub(super) text: String,
}

impl Text {
    fn at(x: f32, y: f32, style: Style, text: impl AsRef<str>) -> Self {
        let text = printable(text.as_ref());
        Self { x, y, style, text }
    }
}

/// The letterhead at the top left: the company name (clear of the info block), unless there is a logo.
pub(super) fn letterhead(sender: &Sender, fonts: &Fonts) -> Vec<Text> {
    if sender.logo_png_or_jpeg.is_some() {
        return Vec::new();
    }
    let lines = fonts.wrap(TITLE.face, &sender.name, TITLE.size, INFO_X - LEFT - 5.0);
    let y = |i: usize| TOP + TITLE.ascent() + i as f32 * TITLE.line();
    lines
        .into_iter()
        .enumerate()
        .map(|(i, l)| Text::at(LEFT, y(i), TITLE, l))
        .collect()
}

/// The top right block: document name, date and references (page 1 only: date and
/// "your reference"), and the page number.
pub(super) fn info_block<B>(
    letter: &LetterLayout<B>,
    fonts: &Fonts,
    page: usize,
    pages: usize,
) -> Vec<Text> {
    let labels = &letter.labels;
    let mut texts = Vec::new();
    let mut y = TOP + DOCUMENT_NAME.ascent();
    for line in fonts.wrap(
        Face::Bold,
        &letter.document_name,
        DOCUMENT_NAME.size,
        RIGHT - INFO_X,
    ) {
        texts.push(Text::at(INFO_X, y, DOCUMENT_NAME, line));
        y += DOCUMENT_NAME.line();
    }
    let date = letter.date.format("%Y-%m-%d").to_string();
    let mut pairs = vec![(&labels.our_reference, &letter.our_reference)];
    if page == 1 {
        pairs.insert(0, (&labels.date, &date));
        if !letter.your_reference.trim().is_empty() {
            pairs.push((&labels.your_reference, &letter.your_reference));
        }
        if !letter.collection_cases.trim().is_empty() {
            pairs.push((&labels.collection_cases, &letter.collection_cases));
        }
    }
    let label_w = pairs
        .iter()
        .map(|(l, _)| width_mm(&fonts.regular, l, INFO.size))
        .fold(0.0, f32::max);
    let value_x = INFO_X + label_w + 3.0;
    y += INFO.line() * 0.4;
    for (label, value) in pairs {
        texts.push(Text::at(INFO_X, y, INFO, label));
        for line in fonts.wrap(Face::Regular, value, INFO.size, RIGHT - value_x) {
            texts.push(Text::at(value_x, y, INFO, line));
            y += INFO.line();
        }
    }
    let page_text = labels
        .page
        .replace("{page}", &page.to_string())
        .replace("{pages}", &pages.to_string());
    texts.push(Text::at(INFO_X, y, INFO, page_text));
    texts
}

/// The recipient's address inside the envelope window: as many lines as fit, at most 5.
pub(super) fn address(window: &Window, lines: &[String]) -> Vec<Text> {
    let room =
        window.height_mm - 2.0 * WINDOW_PADDING - ADDRESS.size * MM_PER_PT * (ASCENT + DESCENT);
    let fit = (room / ADDRESS.line()).floor().max(0.0) as usize + 1;
    let first = window.top_mm + WINDOW_PADDING + ADDRESS.ascent();
    lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .take(fit.min(MAX_ADDRESS_LINES))
        .enumerate()
        .map(|(i, l)| {
            Text::at(
                window.left_mm + WINDOW_PADDING,
                first + i as f32 * ADDRESS.line(),
                ADDRESS,
                l,
            )
        })
        .collect()
}

/// The footer under the rule: three columns of 8 pt text, empty values left out.
pub(super) fn footer(sender: &Sender, labels: &Labels, fonts: &Fonts) -> Vec<Text> {
    let mut company = vec![(FOOTER_NAME, sender.name.clone())];
    company.extend(sender.address_lines.iter().map(|l| (FOOTER, l.clone())));
    let pairs = |pairs: [(&String, &String); 2]| -> Vec<(Style, String)> {
        let filled = pairs.into_iter().filter(|(_, v)| !v.trim().is_empty());
        filled
            .map(|(l, v)| (FOOTER, format!("{l} {}", v.trim())))
            .collect()
    };
    let columns = [
        company,
        pairs([
            (&labels.org_number, &sender.org_number),
            (&labels.phone, &sender.phone),
        ]),
        pairs([(&labels.email, &sender.email), (&labels.web, &sender.web)]),
    ];
    let column_w = (RIGHT - LEFT) / 3.0;
    let mut texts = Vec::new();
    for (c, column) in columns.iter().enumerate() {
        let x = LEFT + c as f32 * column_w;
        let mut y = FOOTER_RULE + 4.0;
        for (style, entry) in column.iter().filter(|(_, e)| !e.trim().is_empty()) {
            for line in fonts.wrap(style.face, entry, style.size, column_w - 2.0) {
                texts.push(Text::at(x, y, *style, line));
                y += style.line();
            }
        }
    }
    texts
}

/// The calibration sheet's title and help text below the window.
pub(super) fn calibration_texts(window: &Window, labels: &Labels, fonts: &Fonts) -> Vec<Text> {
    let mut flow = Flow::new(
        fonts,
        SUBJECT_TOP.max(window.top_mm + window.height_mm + 15.0),
    );
    flow.lines(LEFT, TITLE, &labels.calibration_title, None);
    flow.gap(BODY.line() * 0.5);
    flow.lines(LEFT, BODY, &labels.calibration_help, None);
    let mut texts: Vec<Text> = flow.pages.into_iter().flatten().collect();
    let (w, measure) = (window, FOOTER);
    let mid_y = w.top_mm + w.height_mm / 2.0;
    texts.push(Text::at(
        2.0,
        mid_y - 1.5,
        measure,
        format!("{} mm", w.left_mm),
    ));
    texts.push(Text::at(
        top_measure_x(w) + 1.5,
        w.top_mm / 2.0,
        measure,
        format!("{} mm", w.top_mm),
    ));
    let size = format!("{} × {} mm", w.width_mm, w.height_mm);
    texts.push(Text::at(w.left_mm + w.width_mm + 3.0, mid_y, measure, size));
    texts
}

/// A point in mm from the top left as a PDF point (origin bottom left).
pub(super) fn point(x: f32, y: f32) -> Point {
    Point::new(Mm(x), Mm(PAGE_H - y))
}

/// A straight line between two points given in mm from the top left.
fn line_op(from: (f32, f32), to: (f32, f32)) -> Op {
    let points = [from, to].map(|(x, y)| LinePoint {
        p: point(x, y),
        bezier: false,
    });
    Op::DrawLine {
        line: Line {
            points: points.to_vec(),
            is_closed: false,
        },
    }
}

/// The thin grey footer rule.
pub(super) fn rule_ops() -> Vec<Op> {
    vec![
        Op::SaveGraphicsState,
        Op::SetOutlineColor {
            col: Color::Greyscale(Greyscale::new(0.5, None)),
        },
        Op::SetOutlineThickness { pt: Pt(0.5) },
        line_op((LEFT, FOOTER_RULE), (RIGHT, FOOTER_RULE)),
        Op::RestoreGraphicsState,
    ]
}

/// The window's frame, and dimension lines to it from the sheet's left and top edges.
pub(super) fn window_frame_ops(w: &Window) -> Vec<Op> {
    let bottom_left = point(w.left_mm, w.top_mm + w.height_mm);
    let mid_y = w.top_mm + w.height_mm / 2.0;
    let frame = Rect {
        x: bottom_left.x,
        y: bottom_left.y,
        width: Mm(w.width_mm).into(),
        height: Mm(w.height_mm).into(),
        mode: Some(PaintMode::Stroke),
        winding_order: None,
    };
    vec![
        Op::SaveGraphicsState,
        Op::SetOutlineThickness { pt: Pt(0.75) },
        Op::DrawRectangle { rectangle: frame },
        Op::SetOutlineThickness { pt: Pt(0.3) },
        line_op((0.0, mid_y), (w.left_mm, mid_y)),
        line_op((top_measure_x(w), 0.0), (top_measure_x(w), w.top_mm)),
        Op::RestoreGraphicsState,
    ]
}

/// Where the window's distance from the top edge is drawn: near its right end, clear of the letterhead.
fn top_measure_x(w: &Window) -> f32 {
    w.left_mm + w.width_mm - 4.0
}

/// All `texts` in one text section, switching fonts only when needed.
pub(super) fn text_ops(texts: &[Text]) -> Vec<Op> {
    let mut ops = vec![Op::StartTextSection];
    let mut current = None;
    for t in texts.iter().filter(|t| !t.text.is_empty()) {
        if current != Some((t.style.face, t.style.size)) {
            let id = if t.style.face == Face::Bold {
                BOLD_ID
            } else {
                REGULAR_ID
            };
            let font = PdfFontHandle::External(FontId(id.into()));
            ops.push(Op::SetFont {
                font,
                size: Pt(t.style.size),
            });
            current = Some((t.style.face, t.style.size));
        }
        let p = point(t.x, t.y);
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(p.x, p.y),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(t.text.clone())],
        });
    }
    ops.push(Op::EndTextSection);
    ops
}
