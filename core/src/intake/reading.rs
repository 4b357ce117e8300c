//! Reading a mail as an officer does: the writer's new words apart from quoted replies and
//! forwarded messages, the signature and legal footers.

use std::sync::LazyLock;

use regex::Regex;

/// The most of a mail's text that is read, in bytes; the rest of a huge body is the officer's.
pub const MAX_TEXT: usize = 256 * 1024;

/// A forward whose own new text has fewer words than this is read for the message it forwards.
const FORWARD_WORDS: usize = 25;

/// A signature is at most this many lines after its closing line; more is the mail going on.
const SIGNATURE_LINES: usize = 10;

/// A mail's text in its parts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reading {
    /// What the writer wrote now, greeting included.
    pub new_text: String,
    /// The closing line and what follows it: name, address, phone.
    pub signature: String,
    /// Quoted replies and forwarded or copied messages.
    pub quoted: String,
    /// Legal, confidentiality and privacy footers.
    pub footer: String,
    /// True when the writer forwarded a message with hardly a word of their own, so that the
    /// forwarded message's new text and signature are read as theirs.
    pub forwarded: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    New,
    Quoted,
    Signature,
    Footer,
}

/// Separates a mail's text into its parts. A forward (a `Fwd:`/`VB:` subject or a forwarding
/// line) with hardly any text of its own is read for the forwarded message.
pub fn read(subject: &str, text: &str) -> Reading {
    let forward_subject = FORWARD_SUBJECT
        .as_ref()
        .is_some_and(|r| r.is_match(subject));
    read_at(text, forward_subject, 0)
}

fn read_at(text: &str, forward_subject: bool, depth: u8) -> Reading {
    let text = within(text, MAX_TEXT);
    let lines: Vec<&str> = text.lines().collect();
    let (mut parts, forward_line) = quotes(&lines);
    footers(&lines, &mut parts);
    signature(&lines, &mut parts);
    let outer = collect(&lines, &parts);
    let forward = forward_subject || forward_line;
    if !forward || depth >= 3 || words(&outer.new_text) >= FORWARD_WORDS {
        return outer;
    }
    let inner = read_at(&unquote(&outer.quoted), false, depth + 1);
    if inner.new_text.trim().is_empty() {
        return outer;
    }
    Reading {
        new_text: join(&outer.new_text, &inner.new_text),
        signature: match inner.signature.trim().is_empty() {
            true => outer.signature,
            false => inner.signature,
        },
        quoted: inner.quoted,
        footer: join(&outer.footer, &inner.footer),
        forwarded: true,
    }
}

/// Marks quoted lines: `>` lines one by one; from an attribution line ("Den … skrev:") with no
/// `>` lines after it, a separator or an Outlook header block, everything to the end. Also
/// says whether the quote is a forward.
fn quotes(lines: &[&str]) -> (Vec<Part>, bool) {
    let mut parts = vec![Part::New; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.trim_start().starts_with('>') {
            parts[i] = Part::Quoted;
        } else if let Some(rule) = quote_start(lines, i) {
            let quoted_lines_follow = rule.attribution
                && lines[i + rule.lines..]
                    .iter()
                    .find(|l| !l.trim().is_empty())
                    .is_some_and(|l| l.trim_start().starts_with('>'));
            if quoted_lines_follow {
                parts[i..i + rule.lines].fill(Part::Quoted);
                i += rule.lines;
                continue;
            }
            parts[i..].fill(Part::Quoted);
            return (parts, rule.forward);
        }
        i += 1;
    }
    (parts, false)
}

struct QuoteStart {
    lines: usize,
    attribution: bool,
    forward: bool,
}

fn quote_start(lines: &[&str], i: usize) -> Option<QuoteStart> {
    let line = lines[i].trim();
    let next = lines.get(i + 1).map_or("", |l| l.trim());
    let is = |r: &LazyLock<Option<Regex>>, s: &str| r.as_ref().is_some_and(|r| r.is_match(s));
    if is(&SEPARATOR, line) {
        let forward = is(&FORWARD_WORD, line);
        return Some(QuoteStart {
            lines: 1,
            attribution: false,
            forward,
        });
    }
    if line.len() <= 300 && is(&ATTRIBUTION, line) {
        return Some(QuoteStart {
            lines: 1,
            attribution: true,
            forward: false,
        });
    }
    // An attribution wrapped over two lines: "Den 10 mars 2026 skrev Anna <" / "anna@x.se>:".
    if is(&ATTRIBUTION_START, line) && line.len() + next.len() <= 300 {
        let joined = format!("{line} {next}");
        if is(&ATTRIBUTION, &joined) {
            return Some(QuoteStart {
                lines: 2,
                attribution: true,
                forward: false,
            });
        }
    }
    // Outlook's line of underscores, then the header block (after a blank line, perhaps).
    let underline = line.len() >= 8 && line.chars().all(|c| c == '_');
    let header = match underline {
        true => outlook_header(lines, i + 1) || outlook_header(lines, i + 2),
        false => outlook_header(lines, i),
    };
    header.then_some(QuoteStart {
        lines: 1,
        attribution: false,
        forward: false,
    })
}

/// "Från: …" followed within a few lines by "Skickat: …"/"Datum: …" and "Till: …"/"Ämne: …"
/// (Outlook's header block of the message replied to or forwarded), or all on one line.
fn outlook_header(lines: &[&str], i: usize) -> bool {
    let field = |l: &str, names: &[&str]| {
        let l = l.trim().trim_start_matches('*').to_lowercase();
        names.iter().any(|n| {
            l.strip_prefix(n)
                .is_some_and(|rest| rest.trim_start_matches('*').trim_start().starts_with(':'))
        })
    };
    let Some(first) = lines.get(i) else {
        return false;
    };
    if !field(first, &["från", "from"]) {
        return false;
    }
    let lower = first.to_lowercase();
    if ["skickat:", "sent:"].iter().any(|s| lower.contains(s)) {
        return true;
    }
    let block = &lines[i + 1..lines.len().min(i + 7)];
    let sent = block
        .iter()
        .any(|l| field(l, &["skickat", "sent", "datum", "date"]));
    let to = block
        .iter()
        .any(|l| field(l, &["till", "to", "ämne", "subject"]));
    sent && to
}

/// Marks footer lines: in any paragraph but the first, from a line with a footer's wording to
/// the paragraph's end.
fn footers(lines: &[&str], parts: &mut [Part]) {
    let mut paragraph = 0;
    let mut in_footer = false;
    let mut blank_before = true;
    for (i, line) in lines.iter().enumerate() {
        if parts[i] != Part::New {
            continue;
        }
        if line.trim().is_empty() {
            blank_before = true;
            in_footer = false;
            continue;
        }
        if blank_before {
            paragraph += 1;
            blank_before = false;
        }
        let lower = line.to_lowercase();
        if paragraph > 1 && FOOTER.iter().any(|m| lower.contains(m)) {
            in_footer = true;
        }
        if in_footer {
            parts[i] = Part::Footer;
        }
    }
}

/// Marks the signature: from the first closing line ("Med vänliga hälsningar", "Mvh Anna",
/// "-- ") followed by a short block, or else a last paragraph of short lines that holds a
/// postcode, a phone number or an e-mail address.
fn signature(lines: &[&str], parts: &mut [Part]) {
    let new: Vec<usize> = (0..lines.len())
        .filter(|&i| parts[i] == Part::New)
        .collect();
    let is = |r: &LazyLock<Option<Regex>>, s: &str| r.as_ref().is_some_and(|r| r.is_match(s));
    for (n, &i) in new.iter().enumerate() {
        let line = lines[i].trim_end();
        let delimiter = line == "--" || line == "-- ";
        let after = new[n + 1..]
            .iter()
            .filter(|&&j| !lines[j].trim().is_empty())
            .count();
        let closing = line.trim().len() <= 60 && is(&CLOSING, line.trim());
        if delimiter || (closing && n > 0 && after <= SIGNATURE_LINES) {
            for &j in &new[n..] {
                parts[j] = Part::Signature;
            }
            return;
        }
    }
    // No closing line: a trailing block of short contact lines.
    let Some(&last) = new.iter().rev().find(|&&i| !lines[i].trim().is_empty()) else {
        return;
    };
    let mut first = last;
    while first > 0 && parts[first - 1] == Part::New && !lines[first - 1].trim().is_empty() {
        first -= 1;
    }
    let block = &lines[first..=last];
    let before = new
        .iter()
        .any(|&i| i < first && !lines[i].trim().is_empty());
    let short = block.len() <= 6 && block.iter().all(|l| l.trim().chars().count() <= 50);
    let sentence = block
        .iter()
        .any(|l| l.trim_end().ends_with(['.', '!', '?']));
    let contact = block.iter().any(|l| is(&CONTACT, l));
    if before && short && !sentence && contact {
        parts[first..=last].fill(Part::Signature);
    }
}

fn collect(lines: &[&str], parts: &[Part]) -> Reading {
    let take = |part: Part| {
        let kept: Vec<&str> = lines
            .iter()
            .zip(parts)
            .filter(|(_, p)| **p == part)
            .map(|(l, _)| *l)
            .collect();
        kept.join("\n").trim().to_owned()
    };
    Reading {
        new_text: take(Part::New),
        signature: take(Part::Signature),
        quoted: take(Part::Quoted),
        footer: take(Part::Footer),
        forwarded: false,
    }
}

/// A quoted block as the message it was: `>` marks, the separator and the header block gone.
fn unquote(quoted: &str) -> String {
    let is = |r: &LazyLock<Option<Regex>>, s: &str| r.as_ref().is_some_and(|r| r.is_match(s));
    let mut out = Vec::new();
    let mut in_head = true;
    for line in quoted.lines() {
        let line = line.trim_start().trim_start_matches(['>', ' ']);
        let trimmed = line.trim();
        if in_head {
            let header = is(&HEADER_FIELD, trimmed)
                || is(&SEPARATOR, trimmed)
                || is(&ATTRIBUTION, trimmed)
                || trimmed.chars().all(|c| c == '_')
                || trimmed.is_empty();
            if header {
                continue;
            }
            in_head = false;
        }
        out.push(line);
    }
    out.join("\n")
}

fn words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
}

fn join(a: &str, b: &str) -> String {
    match (a.trim().is_empty(), b.trim().is_empty()) {
        (true, _) => b.to_owned(),
        (_, true) => a.to_owned(),
        _ => format!("{a}\n\n{b}"),
    }
}

/// The first `max` bytes of `text`, cut at a character boundary.
pub fn within(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn regex(pattern: &str) -> Option<Regex> {
    Regex::new(pattern).ok()
}

static SEPARATOR: LazyLock<Option<Regex>> = LazyLock::new(|| {
    regex(
        r"(?i)^\s*(?:-{2,}|_{2,})\s*(?:ursprungligt meddelande|original message|vidarebefordrat meddelande|forwarded message|videresendt melding|videresendt meddelelse)\s*(?:-{2,}|_{2,})\s*$|^\s*(?:början på vidarebefordrat meddelande|begin forwarded message|vidarebefordrat meddelande)\s*:?\s*$",
    )
});

static FORWARD_WORD: LazyLock<Option<Regex>> =
    LazyLock::new(|| regex(r"(?i)vidarebefordra|forward|videresend"));

static FORWARD_SUBJECT: LazyLock<Option<Regex>> =
    LazyLock::new(|| regex(r"(?i)^\s*(?:(?:re|sv|aw)\s*:\s*)*(?:fwd?|vb|vs|wg|tr)\s*:"));

/// "Den 10 mars 2026 kl. 09:15 skrev Anna Andersson <anna@example.com>:", "On … wrote:".
static ATTRIBUTION: LazyLock<Option<Regex>> = LazyLock::new(|| {
    regex(r"(?i)^.{0,250}\b(?:skrev|wrote|schrieb|a écrit|kirjoitti)\b.{0,200}:\s*$")
});

static ATTRIBUTION_START: LazyLock<Option<Regex>> =
    LazyLock::new(|| regex(r"(?i)^(?:den|on|am|le|\d{1,4}[-./ ])\s*\S"));

static HEADER_FIELD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    regex(
        r"(?i)^\**(?:från|from|skickat|sent|datum|date|till|to|kopia|cc|ämne|subject|svara till|reply-to)\**\s*:",
    )
});

/// A closing line: "Med vänliga hälsningar", "Mvh Anna", "Best regards", "/Anna",
/// "Skickat från min iPhone".
static CLOSING: LazyLock<Option<Regex>> = LazyLock::new(|| {
    regex(
        r"(?i)^(?:(?:med\s+)?(?:vänlig|vänliga|bästa|varma|hjärtliga|hjärtlig|trevlig|trevliga)\s+hälsning(?:ar)?|mvh|m\.v\.h\.?|hälsningar|hälsning|hälsn|(?:with\s+)?(?:best|kind|warm|warmest|kindest)\s+(?:regards|wishes)|regards|(?:yours\s+)?(?:sincerely|faithfully|truly)|cheers|tack på förhand|(?:skickat|sent)\s+(?:från|from)\s+(?:min|my)\b.*)(?:\W.*)?$|^/\s*\p{L}|^best[,.!]?$",
    )
});

/// A line of contact details: a postcode and town, a phone number or an e-mail address.
static CONTACT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    regex(r"(?i)\b\d{3}\s?\d{2}\s+\p{L}|(?:\+46|\b0)[\d\s-]{7,}\d|\S+@\S+\.\S+|\b(?:tel|mobil)")
});

/// Wording of legal, confidentiality and privacy footers (matched in lower case).
const FOOTER: &[&str] = &[
    "konfidentiell information",
    "är konfidentiellt",
    "konfidentiellt och",
    "kan innehålla konfidentiell",
    "omfattas av sekretess",
    "sekretessbelagd information",
    "detta e-postmeddelande och",
    "detta e-postmeddelande kan",
    "detta e-postmeddelande är",
    "detta e-mail är",
    "detta meddelande är avsett",
    "detta meddelande kan innehålla",
    "avsett endast för",
    "avsedd endast för",
    "endast avsett för",
    "enbart avsett för",
    "avsett för mottagaren",
    "om du har fått detta",
    "om du fått detta",
    "av misstag, vänligen",
    "vi behandlar personuppgifter",
    "vi behandlar dina personuppgifter",
    "hur vi behandlar",
    "behandlar personuppgifter enligt",
    "vår integritetspolicy",
    "vår personuppgiftspolicy",
    "vår dataskyddspolicy",
    "tänk på miljön",
    "ansvarsfriskrivning",
    "confidential information",
    "is confidential",
    "may contain confidential",
    "privileged",
    "intended recipient",
    "intended solely",
    "intended only for",
    "if you have received this",
    "received this e-mail in error",
    "received this email in error",
    "received this message in error",
    "our privacy policy",
    "our privacy notice",
    "we process personal data",
    "disclaimer",
    "consider the environment",
];

#[cfg(test)]
mod tests;
