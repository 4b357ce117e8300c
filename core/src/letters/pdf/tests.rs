//! Real PDFs read back with poppler-utils (`pdftotext`, `pdfinfo`, `pdffonts`, `pdfimages`).

use super::*;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

const PT_PER_MM: f32 = 72.0 / 25.4;
/// A 4 × 2 px RGB PNG and a 1 × 1 px greyscale JPEG.
const PNG: &str = "89504e470d0a1a0a0000000d4948445200000004000000020802000000f0caea34000000104944415478da6338212707470cc81c006f0a0821eea47df90000000049454e44ae426082";
const JPEG: &str = concat!(
    "ffd8ffe000104a46494600010100000100010000ffdb00430050373c463c32504641465a55505f78c882786e6e78f5",
    "afb991c8ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc0000b08",
    "0001000101011100ffc40014000100000000000000000000000000000000ffc400141001000000000000000000000000",
    "00000000ffda0008010100003f003fffd9"
);

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex"))
        .collect()
}

fn labels() -> Labels {
    Labels {
        date: "Datum".into(),
        our_reference: "Vårt ärendenummer".into(),
        your_reference: "Er referens".into(),
        collection_cases: "Vårt inkassoärende".into(),
        page: "Sida {page} ({pages})".into(),
        org_number: "Org.nr".into(),
        phone: "Telefon".into(),
        email: "E-post".into(),
        web: "Webb".into(),
        calibration_title: "Provutskrift för fönsterkuvert".into(),
        calibration_help:
            "Håll utskriften bakom ett fönsterkuvert: adressen ska synas innanför ramen.".into(),
    }
}

fn letter(body: &str) -> LetterLayout {
    LetterLayout {
        language_tag: "sv-SE".into(),
        document_name: "Slutligt besked".into(),
        date: NaiveDate::from_ymd_opt(2026, 3, 15).expect("date"),
        our_reference: "K-2026-00042".into(),
        your_reference: String::new(),
        collection_cases: String::new(),
        recipient: vec![
            "Åsa Öberg".into(),
            "Storgatan 12 A lgh 1102".into(),
            "412 58 Göteborg".into(),
        ],
        subject: "Svar på ert klagomål".into(),
        body: body.into(),
        closing: "Med vänlig hälsning".into(),
        signature: vec!["Eva Lindqvist".into(), "Klagomålsansvarig".into()],
        sender: Sender {
            name: "Norrström Inkasso AB".into(),
            address_lines: vec!["Box 123".into(), "111 22 Stockholm".into()],
            org_number: "556677-8899".into(),
            email: "klagomal@example.se".into(),
            ..Sender::default()
        },
        labels: labels(),
        window: Window::default(),
    }
}

/// Runs a poppler tool on `pdf` and returns its standard output.
fn poppler(tool: &str, args: &[&str], pdf: &[u8]) -> String {
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    let n = COUNT.fetch_add(1, Ordering::Relaxed);
    let name = format!("klagomal-pdf-test-{}-{n}.pdf", std::process::id());
    let path = std::env::temp_dir().join(name);
    std::fs::write(&path, pdf).expect("temporary PDF written");
    let mut command = Command::new(tool);
    command.args(args).arg(&path);
    if tool == "pdftotext" {
        command.arg("-");
    }
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("`{tool}` could not be run ({e}): install poppler-utils"));
    let _ = std::fs::remove_file(&path);
    assert!(
        output.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// pdfinfo's page count.
fn page_count(pdf: &[u8]) -> usize {
    let info = poppler("pdfinfo", &[], pdf);
    let line = info
        .lines()
        .find(|l| l.starts_with("Pages:"))
        .expect("Pages: line");
    line["Pages:".len()..].trim().parse().expect("page count")
}

/// A word from `pdftotext -bbox`: its text and xMin, yMin, xMax, yMax in points from the top left.
struct Word {
    text: String,
    rect: [f32; 4],
}

fn words(pdf: &[u8]) -> Vec<Word> {
    let html = poppler("pdftotext", &["-bbox"], pdf);
    let attribute = |line: &str, name: &str| -> f32 {
        let start = line.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
        line[start..]
            .split('"')
            .next()
            .and_then(|v| v.parse().ok())
            .expect("number")
    };
    html.lines()
        .map(str::trim)
        .filter(|l| l.starts_with("<word "))
        .map(|l| Word {
            text: l[l.find('>').expect(">") + 1..l.rfind("</word>").expect("</word>")].to_string(),
            rect: ["xMin", "yMin", "xMax", "yMax"].map(|a| attribute(l, a)),
        })
        .collect()
}

#[test]
fn swedish_characters_round_trip() {
    let pdf = letter_pdf(&letter("Åsa bor i Göteborg: åäöÅÄÖé– och så vidare.")).expect("pdf");
    let text = poppler("pdftotext", &[], &pdf);
    assert!(
        text.contains("Åsa bor i Göteborg: åäöÅÄÖé– och så vidare."),
        "{text}"
    );
    assert!(text.contains("Vårt ärendenummer"), "{text}");
}

#[test]
fn a_long_body_continues_on_numbered_pages() {
    let paragraph =
        "Vi har gått igenom ärendet och funnit att avgiften togs ut i enlighet med avtalet.";
    let pdf = letter_pdf(&letter(&vec![paragraph; 60].join("\n\n"))).expect("pdf");
    let pages = page_count(&pdf);
    assert!(pages >= 2, "{pages} pages");
    let text = poppler("pdftotext", &[], &pdf);
    assert!(text.contains(&format!("Sida 2 ({pages})")), "{text}");
    assert!(text.contains(&format!("Sida {pages} ({pages})")), "{text}");
    assert_eq!(text.matches(paragraph).count(), 60);
}

#[test]
fn the_address_lies_inside_the_window() {
    let letter = letter("Kort brev.");
    let pdf = letter_pdf(&letter).expect("pdf");
    let w = letter.window;
    let window = [
        w.left_mm,
        w.top_mm,
        w.left_mm + w.width_mm,
        w.top_mm + w.height_mm,
    ]
    .map(|v| v * PT_PER_MM);
    let words = words(&pdf);
    for line in &letter.recipient {
        for part in line.split(' ') {
            let word = words
                .iter()
                .find(|w| w.text == part)
                .unwrap_or_else(|| panic!("{part} missing"));
            let [x0, y0, x1, y1] = word.rect;
            let inside = x0 >= window[0] && y0 >= window[1] && x1 <= window[2] && y1 <= window[3];
            assert!(
                inside,
                "{part} at {:?} is outside the window {window:?}",
                word.rect
            );
        }
    }
}

#[test]
fn fonts_are_embedded_as_subsets() {
    let fonts = poppler("pdffonts", &[], &letter_pdf(&letter("Hej.")).expect("pdf"));
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(rows.len(), 2, "{fonts}");
    for row in rows {
        // name, type (two words), encoding, then emb sub uni.
        let columns: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(&columns[4..7], ["yes", "yes", "yes"], "{fonts}");
        assert!(columns[0].contains('+'), "not a subset: {row}");
    }
}

#[test]
fn wrapped_lines_stay_inside_the_margin_and_lose_no_word() {
    let long_word = "Skuldsaneringsförhandlingsprotokollsbilagedokumentationsreferens".repeat(3);
    let sentence =
        "Vi har tagit emot ert klagomål och gått igenom ärendet, WWWWW MMMMM www.exempel.se.";
    let bullet =
        "- En punkt som är så lång att den måste brytas på flera rader med hängande indrag.";
    let body = format!(
        "Se {long_word}.\n{} \n\n{}",
        sentence.repeat(4),
        bullet.repeat(3)
    );
    let pdf = letter_pdf(&letter(&body)).expect("pdf");
    let words = words(&pdf);
    let right = (210.0 - 20.0) * PT_PER_MM;
    for word in &words {
        assert!(
            word.rect[2] <= right + 0.01,
            "{} ends at {} > {right}",
            word.text,
            word.rect[2]
        );
    }
    let printed: String = words.iter().map(|w| w.text.as_str()).collect();
    eprintln!(
        "widest: {:?}",
        words.iter().map(|w| w.rect[2]).fold(0.0, f32::max)
    );
    let mut rest = printed.as_str();
    for word in body.split_whitespace().filter(|w| *w != "-") {
        let at = rest
            .find(word)
            .unwrap_or_else(|| panic!("{word} is missing or cut"));
        rest = &rest[at + word.len()..];
    }
}

#[test]
fn closing_and_signature_stay_on_one_page() {
    let fonts = Fonts::load().expect("fonts");
    let paragraph = "Vi har gått igenom ärendet och funnit att avgiften togs ut enligt avtalet.";
    for n in 10..40 {
        let letter = letter(&vec![paragraph; n].join("\n\n"));
        let pages = layout::flow_pages(&letter, &letter.body.blocks(), &fonts);
        let page_of = |wanted: &str| {
            pages
                .iter()
                .position(|p| p.iter().any(|t| t.text == wanted))
        };
        assert_eq!(
            page_of("Med vänlig hälsning"),
            page_of("Klagomålsansvarig"),
            "{n} paragraphs"
        );
    }
}

#[test]
fn the_closing_never_stands_alone_on_a_page() {
    let fonts = Fonts::load().expect("fonts");
    let paragraph = "Vi har gått igenom ärendet och funnit att avgiften togs ut enligt avtalet.";
    let last = "Hör av dig till oss om du har frågor.";
    let mut broke = false;
    for n in 10..40 {
        let mut body = vec![paragraph; n];
        body.push(last);
        let letter = letter(&body.join("\n\n"));
        let pages = layout::flow_pages(&letter, &letter.body.blocks(), &fonts);
        let page_of = |wanted: &str| {
            pages
                .iter()
                .position(|p| p.iter().any(|t| t.text == wanted))
        };
        broke |= pages.len() > 1;
        assert_eq!(
            page_of(last),
            page_of("Med vänlig hälsning"),
            "{n} paragraphs"
        );
    }
    assert!(broke, "some of these letters run onto a second page");
}

#[test]
fn long_address_lines_are_flagged() {
    let lines = vec![
        "a".repeat(20),
        "b".repeat(40),
        "c".repeat(MAX_ADDRESS_CHARS),
    ];
    assert_eq!(long_address_lines(&lines), vec![1]);
}

#[test]
fn the_calibration_sheet_is_one_page_with_its_title() {
    let sender = letter("").sender;
    let pdf = calibration_pdf(&Window::default(), &labels(), &sender).expect("pdf");
    assert_eq!(page_count(&pdf), 1);
    let text = poppler("pdftotext", &[], &pdf);
    assert!(text.contains("Provutskrift för fönsterkuvert"), "{text}");
    assert!(text.contains("85 × 30 mm"), "{text}");
}

#[test]
fn metadata_language_and_deterministic_bytes() {
    let pdf = letter_pdf(&letter("Hej.")).expect("pdf");
    assert_eq!(
        pdf,
        letter_pdf(&letter("Hej.")).expect("pdf"),
        "same letter, same bytes"
    );
    let info = poppler("pdfinfo", &[], &pdf);
    for expected in [
        "Slutligt besked K-2026-00042",
        "Norrström Inkasso AB",
        "Klagomål",
        "Mar 15 12:00:00 2026",
    ] {
        assert!(info.contains(expected), "{expected} not in {info}");
    }
    assert!(!info.contains("PDF/X"), "{info}");
    assert!(pdf.windows(12).any(|w| w == b"/Lang(sv-SE)"), "no /Lang");
}

#[test]
fn png_and_jpeg_logos_are_drawn_and_other_bytes_refused() {
    for (logo, expected) in [
        (hex(PNG), "4     2  rgb"),
        (hex(JPEG), "1     1  gray    1   8  jpeg"),
    ] {
        let mut with_logo = letter("Hej.");
        with_logo.sender.logo_png_or_jpeg = Some(logo);
        let images = poppler(
            "pdfimages",
            &["-list"],
            &letter_pdf(&with_logo).expect("pdf"),
        );
        assert!(images.contains(expected), "{expected} not in {images}");
    }
    let mut broken = letter("Hej.");
    broken.sender.logo_png_or_jpeg = Some(b"GIF89a".to_vec());
    assert!(matches!(letter_pdf(&broken), Err(PdfError::Logo)));
}

/// A document (no recipient, no closing) with `blocks` for its text.
fn document(blocks: Vec<Block>) -> DocumentLayout {
    let l = letter("");
    LetterLayout {
        language_tag: l.language_tag,
        document_name: "Ärendesammanställning".into(),
        date: l.date,
        our_reference: l.our_reference,
        your_reference: String::new(),
        collection_cases: String::new(),
        recipient: Vec::new(),
        subject: "K-2026-00042 – Felaktig avgift".into(),
        body: blocks,
        closing: String::new(),
        signature: Vec::new(),
        sender: l.sender,
        labels: l.labels,
        window: l.window,
    }
}

#[test]
fn blocks_come_out_as_rows_lists_and_paragraphs() {
    let rows = |pairs: &[(&str, &str)]| {
        Block::Rows(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    };
    let long_value = "Att påminnelseavgiften på 60 kr som uppstod genom ert fel tas bort, och att ni ber om ursäkt skriftligt.";
    let pdf = letter_pdf(&document(vec![
        Block::Heading("Ärendet".into()),
        rows(&[("Status", "Under utredning"), ("Kategori", "Avgifter")]),
        Block::Heading("Parter".into()),
        rows(&[
            ("Person-/organisationsnummer", "811218-XXXX"),
            ("Klaganden begär", long_value),
            ("Bilagor", "kvitto.pdf (4 kB)\nfaktura.pdf (12 kB)"),
        ]),
        Block::bullets(vec!["Första punkten".into(), "Andra punkten".into()]),
        Block::List {
            numbered: true,
            items: vec!["Ett krav".into(), "Ett annat krav".into()],
        },
        Block::Paragraph("Status: inte en rad att tolka.\n- inte en punkt".into()),
    ]))
    .expect("pdf");
    let text = poppler("pdftotext", &["-layout"], &pdf);
    let lines: Vec<String> = text
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    // (a laid-out line, read back with its words spaced out) for each block.
    let cases = [
        ("a heading on a line of its own", "Ärendet"),
        ("a row: name, then value", "Status Under utredning"),
        ("another row", "Kategori Avgifter"),
        ("a long name", "Person-/organisationsnummer 811218-XXXX"),
        ("a value's own line break", "faktura.pdf (12 kB)"),
        ("a bullet item", "• Första punkten"),
        ("a numbered item", "1. Ett krav"),
        ("the next number", "2. Ett annat krav"),
        ("a paragraph, as written", "Status: inte en rad att tolka."),
        ("no bullet made of a dash", "- inte en punkt"),
    ];
    for (what, line) in cases {
        assert!(
            lines.iter().any(|l| l == line),
            "{what}: {line:?} in\n{text}"
        );
    }
    // Every value starts in one column, for all the rows of the document, and a long value
    // wraps inside it.
    let words = words(&pdf);
    let x_of = |w: &str| {
        words
            .iter()
            .find(|word| word.text == w)
            .unwrap_or_else(|| panic!("{w} missing"))
            .rect[0]
    };
    let column = x_of("Under");
    for first in [
        "Avgifter",
        "811218-XXXX",
        "Att",
        "kvitto.pdf",
        "faktura.pdf",
    ] {
        assert!(
            (x_of(first) - column).abs() < 0.5,
            "{first} is not in the value column"
        );
    }
    let value_lines = lines
        .iter()
        .filter(|l| long_value.contains(l.as_str()))
        .count();
    assert!(
        value_lines >= 1,
        "the long value wraps onto lines of its own"
    );
    assert!(x_of("Klaganden") < column && x_of("Person-/organisationsnummer") < column);
}
