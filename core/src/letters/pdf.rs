//! Letters as A4 PDF (Swedish business-letter layout with a window-envelope address), via printpdf.

mod block;
mod layout;
mod logo;
#[cfg(test)]
mod tests;
mod wrap;

pub use block::{Block, verbatim};

use chrono::{NaiveDate, NaiveTime, Utc};
use layout::{BOLD_ID, Face, PAGE_H, PAGE_W, REGULAR_ID};
use printpdf::{
    FontId, Mm, OffsetDateTime, Op, ParsedFont, PdfDocument, PdfFont, PdfPage, PdfSaveOptions,
};

/// Where the recipient's address must sit: the window of a C5/DL window envelope.
///
/// Measured in millimetres from the top left corner of the A4 sheet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Window {
    /// Distance from the sheet's left edge to the window's left edge.
    pub left_mm: f32,
    /// Distance from the sheet's top edge to the window's top edge.
    pub top_mm: f32,
    /// The window's width.
    pub width_mm: f32,
    /// The window's height.
    pub height_mm: f32,
}

impl Default for Window {
    /// The usual Swedish window position: 20 mm from the left, 45 mm from the top, 85 × 30 mm.
    fn default() -> Self {
        Self {
            left_mm: 20.0,
            top_mm: 45.0,
            width_mm: 85.0,
            height_mm: 30.0,
        }
    }
}

/// The words the layout itself prints, in the letter's language.
#[derive(Debug, Clone)]
pub struct Labels {
    /// "Datum".
    pub date: String,
    /// "Vårt ärendenummer".
    pub our_reference: String,
    /// "Er referens" (for a court, "Mål nr").
    pub your_reference: String,
    /// "Vårt inkassoärende" / "Våra inkassoärenden".
    pub collection_cases: String,
    /// "Sida {page} ({pages})": `{page}` and `{pages}` are replaced.
    pub page: String,
    /// "Org.nr".
    pub org_number: String,
    /// "Telefon".
    pub phone: String,
    /// "E-post".
    pub email: String,
    /// "Webb".
    pub web: String,
    /// "Provutskrift för fönsterkuvert".
    pub calibration_title: String,
    /// How to use the calibration sheet (hold it behind an envelope; the address must sit inside the frame).
    pub calibration_help: String,
}

/// The sender: letterhead and footer.
#[derive(Debug, Clone, Default)]
pub struct Sender {
    /// The company name (letterhead when there is no logo, footer, PDF author).
    pub name: String,
    /// Postal address lines, e.g. `["Box 123", "111 22 Stockholm"]`.
    pub address_lines: Vec<String>,
    /// Organisation number; left out of the footer when empty.
    pub org_number: String,
    /// Telephone number; left out of the footer when empty.
    pub phone: String,
    /// E-mail address; left out of the footer when empty.
    pub email: String,
    /// Web address; left out of the footer when empty.
    pub web: String,
    /// A PNG or JPEG logo, drawn instead of the name in the letterhead (fitted into 50 × 18 mm).
    pub logo_png_or_jpeg: Option<Vec<u8>>,
}

/// One letter, ready to lay out; `Body` is its text: a letter's from its template (a `String`,
/// read by [`Block::from_text`]), or the blocks a document puts together itself (see
/// [`DocumentLayout`]).
#[derive(Debug, Clone)]
pub struct LetterLayout<Body = String> {
    /// The document language, e.g. "sv-SE" or "en" (written as the PDF's /Lang).
    pub language_tag: String,
    /// Printed top right, e.g. "Slutligt besked".
    pub document_name: String,
    /// The letter date, printed ÅÅÅÅ-MM-DD.
    pub date: NaiveDate,
    /// Our case number, e.g. "K-2026-00042".
    pub our_reference: String,
    /// The recipient's own reference; the line is left out when empty.
    pub your_reference: String,
    /// Our collection case numbers, under their own label; the line is left out when empty.
    pub collection_cases: String,
    /// The recipient's address lines (no blank lines); at most 5 are printed.
    pub recipient: Vec<String>,
    /// The subject line, in bold.
    pub subject: String,
    /// The text between the subject and the closing.
    pub body: Body,
    /// "Med vänlig hälsning".
    pub closing: String,
    /// The officer's name, title (and company), one per line.
    pub signature: Vec<String>,
    /// The sender (letterhead and footer).
    pub sender: Sender,
    /// The words the layout prints.
    pub labels: Labels,
    /// Where the address goes.
    pub window: Window,
}

/// A document the export writes (the printed case, a message), its text given as blocks.
pub type DocumentLayout = LetterLayout<Vec<Block>>;

/// A letter's text as the layout reads it.
pub trait Body {
    /// The text as blocks.
    fn blocks(&self) -> Vec<Block>;
    /// The text as one string, which (with the date and references) decides the file's
    /// identifier: the same text, the same bytes.
    fn seed(&self) -> String;
}

impl Body for String {
    fn blocks(&self) -> Vec<Block> {
        Block::from_text(self)
    }

    fn seed(&self) -> String {
        self.clone()
    }
}

impl Body for Vec<Block> {
    fn blocks(&self) -> Vec<Block> {
        self.clone()
    }

    fn seed(&self) -> String {
        format!("{self:?}")
    }
}

/// Why a PDF could not be made.
#[derive(Debug, Clone, thiserror::Error)]
pub enum PdfError {
    /// An embedded font could not be parsed.
    #[error("the embedded font could not be read")]
    Font,
    /// The sender's logo is neither a readable PNG nor a readable JPEG.
    #[error("the logo is not a readable PNG or JPEG image")]
    Logo,
    /// Writing the PDF failed.
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

/// Recipient lines longer than this many characters do not fit the window (flag them to the user).
pub const MAX_ADDRESS_CHARS: usize = 35;

/// The lines of `recipient` longer than [`MAX_ADDRESS_CHARS`] (their indexes).
pub fn long_address_lines(recipient: &[String]) -> Vec<usize> {
    recipient
        .iter()
        .enumerate()
        .filter(|(_, line)| line.chars().count() > MAX_ADDRESS_CHARS)
        .map(|(i, _)| i)
        .collect()
}

/// The two parsed faces of Liberation Sans.
struct Fonts {
    regular: ParsedFont,
    bold: ParsedFont,
}

impl Fonts {
    fn load() -> Result<Self, PdfError> {
        let parse = |bytes: &[u8]| ParsedFont::from_bytes(bytes, 0, &mut Vec::new());
        let regular = parse(include_bytes!(
            "../../../assets/fonts/LiberationSans-Regular.ttf"
        ));
        let bold = parse(include_bytes!(
            "../../../assets/fonts/LiberationSans-Bold.ttf"
        ));
        match (regular, bold) {
            (Some(regular), Some(bold)) => Ok(Self { regular, bold }),
            _ => Err(PdfError::Font),
        }
    }

    /// `text` in `face` at `size` pt, wrapped to `max_mm`.
    fn wrap(&self, face: Face, text: &str, size: f32, max_mm: f32) -> Vec<String> {
        let font = if face == Face::Bold {
            &self.bold
        } else {
            &self.regular
        };
        wrap::wrap(font, text, size, max_mm)
    }
}

/// What goes into the document information dictionary (and the catalog's /Lang).
struct Meta<'a> {
    title: String,
    author: &'a str,
    subject: &'a str,
    identifier: &'a str,
    date: NaiveDate,
    language: Option<&'a str>,
}

/// A document with the metadata set and the fonts (and the logo, if any) registered under
/// fixed names, and the ops every first page starts with (the footer rule and the logo).
fn new_document(
    meta: &Meta,
    fonts: &Fonts,
    sender: &Sender,
) -> Result<(PdfDocument, Vec<Op>), PdfError> {
    let mut doc = PdfDocument::new(&meta.title);
    let noon = meta.date.and_time(NaiveTime::MIN).and_utc().timestamp() + 12 * 3600;
    let when = OffsetDateTime::from_unix_timestamp(noon).map_err(write)?;
    let info = &mut doc.metadata.info;
    info.author = meta.author.to_string();
    info.subject = meta.subject.to_string();
    info.identifier = meta.identifier.to_string();
    info.creator = "Klagomål".into();
    info.producer = "printpdf 0.12".into();
    (
        info.creation_date,
        info.modification_date,
        info.metadata_date,
    ) = (when, when, when);
    for (id, font) in [(REGULAR_ID, &fonts.regular), (BOLD_ID, &fonts.bold)] {
        doc.resources
            .fonts
            .map
            .insert(FontId(id.into()), PdfFont::new(font.clone()));
    }
    let mut first_page = layout::rule_ops();
    if let Some(bytes) = &sender.logo_png_or_jpeg {
        let (id, xobject, draw) = logo::logo(bytes)?;
        doc.resources.xobjects.map.insert(id, xobject);
        first_page.push(draw);
    }
    Ok((doc, first_page))
}

/// Serializes like printpdf's `save` (subset fonts, compress, write), but through its lopdf
/// document, to set /Lang, drop the PDF/X claim printpdf makes in the info dictionary, and
/// give the file a fixed identifier (printpdf's is random): the same letter gives the same bytes.
fn save(doc: &PdfDocument, meta: &Meta, seed: &str) -> Result<Vec<u8>, PdfError> {
    let options = PdfSaveOptions {
        subset_fonts: true,
        ..PdfSaveOptions::default()
    };
    let mut pdf = doc.to_lopdf_document(&options, &mut Vec::new());
    let info_id = pdf
        .trailer
        .get(b"Info")
        .and_then(|o| o.as_reference())
        .map_err(write)?;
    let info = pdf.get_dictionary_mut(info_id).map_err(write)?;
    info.remove(b"GTS_PDFXVersion");
    // lopdf is no direct dependency, so its types cannot be named here: to make a literal
    // string, copy one printpdf wrote and change its bytes.
    let mut text = info.get(b"Identifier").map_err(write)?.clone();
    if let Some(language) = meta.language.filter(|l| !l.is_empty()) {
        *text.as_str_mut().map_err(write)? = language.as_bytes().to_vec();
        pdf.catalog_mut().map_err(write)?.set("Lang", text.clone());
        pdf.version = "1.4".into();
    }
    let id = format!(
        "{:016x}{:016x}",
        fnv1a(seed.as_bytes()),
        fnv1a(meta.title.as_bytes())
    );
    *text.as_str_mut().map_err(write)? = id.into_bytes();
    pdf.trailer.set("ID", vec![text.clone(), text]);
    pdf.compress();
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes).map_err(write)?;
    Ok(bytes)
}

/// Any error on the way to the bytes as a write error.
fn write<E: std::fmt::Display>(error: E) -> PdfError {
    PdfError::Write(error.to_string())
}

/// A 64-bit FNV-1a hash, for the file identifier.
fn fnv1a(bytes: &[u8]) -> u64 {
    let step = |h: u64, b: &u8| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, step)
}

/// The letter (or document) as PDF bytes.
pub fn letter_pdf<B: Body>(letter: &LetterLayout<B>) -> Result<Vec<u8>, PdfError> {
    let fonts = Fonts::load()?;
    let meta = Meta {
        title: format!("{} {}", letter.document_name, letter.our_reference),
        author: &letter.sender.name,
        subject: &letter.subject,
        identifier: &letter.our_reference,
        date: letter.date,
        language: Some(&letter.language_tag),
    };
    let (mut doc, first_page) = new_document(&meta, &fonts, &letter.sender)?;
    let flow = layout::flow_pages(letter, &letter.body.blocks(), &fonts);
    let footer = layout::footer(&letter.sender, &letter.labels, &fonts);
    let pages = flow.len();
    let mut pdf_pages = Vec::with_capacity(pages);
    for (i, body) in flow.into_iter().enumerate() {
        let mut texts = layout::info_block(letter, &fonts, i + 1, pages);
        if i == 0 {
            texts.extend(layout::letterhead(&letter.sender, &fonts));
            texts.extend(layout::address(&letter.window, &letter.recipient));
        }
        texts.extend(body);
        texts.extend(footer.iter().cloned());
        let mut ops = if i == 0 {
            first_page.clone()
        } else {
            layout::rule_ops()
        };
        ops.extend(layout::text_ops(&texts));
        pdf_pages.push(PdfPage::new(Mm(PAGE_W), Mm(PAGE_H), ops));
    }
    doc.with_pages(pdf_pages);
    let seed = format!(
        "{}\n{}\n{}\n{}",
        letter.our_reference,
        letter.date,
        letter.subject,
        letter.body.seed()
    );
    save(&doc, &meta, &seed)
}

/// One A4 page that draws the window rectangle (with its measures in mm printed beside it) and a sample address inside it, for holding against an envelope.
pub fn calibration_pdf(
    window: &Window,
    labels: &Labels,
    sender: &Sender,
) -> Result<Vec<u8>, PdfError> {
    let fonts = Fonts::load()?;
    let meta = Meta {
        title: labels.calibration_title.clone(),
        author: &sender.name,
        subject: &labels.calibration_help,
        identifier: "",
        date: Utc::now().date_naive(),
        language: None,
    };
    let (mut doc, mut ops) = new_document(&meta, &fonts, sender)?;
    ops.extend(layout::window_frame_ops(window));
    let sample = [
        "Anna Andersson",
        "c/o Berg",
        "Storgatan 12 A lgh 1102",
        "123 45 Göteborg",
        "SVERIGE",
    ];
    let mut texts = layout::letterhead(sender, &fonts);
    texts.extend(layout::address(window, &sample.map(String::from)));
    texts.extend(layout::calibration_texts(window, labels, &fonts));
    texts.extend(layout::footer(sender, labels, &fonts));
    ops.extend(layout::text_ops(&texts));
    doc.with_pages(vec![PdfPage::new(Mm(PAGE_W), Mm(PAGE_H), ops)]);
    save(&doc, &meta, &format!("{window:?}"))
}
