//! The statement (*yttrande*) to the body a case was escalated to: whom it goes to, which of
//! the complainant's points are still unanswered, the position it takes and its enclosures.

use serde::Serialize;

use super::{LetterInput, iso};
use crate::domain::{
    Direction, Escalation, EscalationBody, Language, Letter, LetterKind, Message, Position,
    clean_subject,
};
use crate::i18n::{label_id, loader_for};

/// Something a statement must answer and does not yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unanswered {
    /// The complainant's point at this index (from 0) of [`Escalation::claims`].
    Claim(usize),
    /// The amount claimed.
    Amount,
    /// The statement takes no position on the claim (admits, admits in part, disputes).
    Position,
    /// It admits in part, but the amount admitted is nothing, or not less than the claim.
    AdmittedAmount,
}

/// What is still unanswered, in the letter's order: each claim without an answer, then the
/// amount when one is claimed and has no answer, then the position. `answers` follow the
/// claims by index; a missing or blank answer is no answer.
pub fn unanswered(
    escalation: &Escalation,
    answers: &[String],
    amount_answer: &str,
    position: Option<Position>,
) -> Vec<Unanswered> {
    let blank = |s: Option<&String>| s.is_none_or(|s| s.trim().is_empty());
    let mut open: Vec<Unanswered> = (0..escalation.claims.len())
        .filter(|&i| blank(answers.get(i)))
        .map(Unanswered::Claim)
        .collect();
    if escalation.amount_claimed.is_some() && amount_answer.trim().is_empty() {
        open.push(Unanswered::Amount);
    }
    match position {
        None => open.push(Unanswered::Position),
        Some(p) if !p.is_consistent(escalation.amount_claimed) => {
            open.push(Unanswered::AdmittedAmount);
        }
        Some(_) => {}
    }
    open
}

/// What a statement encloses by default, in the statement's language: the case summary, each
/// message in or out with its files, and each letter we kept (other than statements) — the
/// documents the dossier holds. The officer edits the list.
pub fn default_enclosures(
    messages: &[Message],
    letters: &[Letter],
    language: Language,
) -> Vec<String> {
    use i18n_embed_fl::fl;
    let l = loader_for(language);
    let mut out = vec![fl!(l, "statement-enclosure-summary")];
    let mut dated: Vec<(chrono::NaiveDateTime, Vec<String>)> = Vec::new();
    for m in messages {
        let (date, subject) = (m.at.date().to_string(), clean_subject(&m.subject).trim());
        let line = match m.direction {
            Direction::Inbound => fl!(
                l,
                "statement-enclosure-inbound",
                date = date.clone(),
                subject = subject
            ),
            Direction::Outbound => fl!(
                l,
                "statement-enclosure-outbound",
                date = date.clone(),
                subject = subject
            ),
        };
        let files = m.attachments.iter().map(|a| {
            fl!(
                l,
                "statement-enclosure-attachment",
                name = a.file_name.as_str(),
                date = date.clone()
            )
        });
        dated.push((m.at, std::iter::once(line).chain(files).collect()));
    }
    for letter in letters
        .iter()
        .filter(|l| l.kind != LetterKind::ArnStatement)
    {
        let kind = l.get(&label_id("letter-kind", letter.kind.code()));
        let line = fl!(
            l,
            "statement-enclosure-letter",
            date = letter.date.to_string(),
            kind = kind
        );
        dated.push((letter.created_at, vec![line]));
    }
    dated.sort_by_key(|(at, _)| *at);
    out.extend(dated.into_iter().flat_map(|(_, lines)| lines));
    out
}

/// The points a statement answers: one per claim, and the amount when one is claimed.
pub fn point_count(escalation: &Escalation) -> usize {
    escalation.claims.len() + usize::from(escalation.amount_claimed.is_some())
}

/// The body's postal address where it is fixed (ARN, FI, IMY): name, box and town. A district
/// court, Inkassonämnden or another body has none here; the officer gives it.
pub fn known_address(body: EscalationBody) -> Option<[&'static str; 3]> {
    match body {
        EscalationBody::Arn => Some([
            "Allmänna reklamationsnämnden",
            "Box 174",
            "101 23 Stockholm",
        ]),
        EscalationBody::Fi => Some(["Finansinspektionen", "Box 7821", "103 97 Stockholm"]),
        EscalationBody::Imy => Some([
            "Integritetsskyddsmyndigheten",
            "Box 8114",
            "104 20 Stockholm",
        ]),
        EscalationBody::DistrictCourt | EscalationBody::Inkassonamnden | EscalationBody::Other => {
            None
        }
    }
}

/// The name on the envelope of a body without a fixed address: the court's own name ("Stockholms
/// tingsrätt") when the escalation gives it; empty for another body.
fn envelope_name(escalation: &Escalation) -> &str {
    match escalation.body {
        EscalationBody::DistrictCourt if !escalation.court.trim().is_empty() => &escalation.court,
        EscalationBody::DistrictCourt => "Tingsrätten",
        EscalationBody::Inkassonamnden => "Inkassonämnden",
        _ => "",
    }
}

/// The address block of a statement: the body's fixed address, or its name followed by the
/// lines the officer typed. No blank lines.
pub fn recipient_lines(escalation: &Escalation, typed: &[String]) -> Vec<String> {
    let lines: Vec<&str> = match known_address(escalation.body) {
        Some(address) => address.to_vec(),
        None => std::iter::once(envelope_name(escalation))
            .chain(typed.iter().map(String::as_str))
            .collect(),
    };
    lines
        .into_iter()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// One of the complainant's points in a statement, with our answer.
#[derive(Debug, Serialize)]
struct Point {
    claim: String,
    answer: String,
}

/// The statement's part of the context; empty for other letters, so that every template
/// renders under strict undefined.
#[derive(Debug, Default, Serialize)]
pub(super) struct Fields {
    body: &'static str,
    body_name: String,
    body_reference: String,
    escalation_received: String,
    statement_due: String,
    points: Vec<Point>,
    amount_claimed: String,
    amount_answer: String,
    /// `admits`, `admits_partly` or `disputes`; empty while none is taken.
    position: &'static str,
    /// The amount admitted in part.
    amount_admitted: String,
    /// The court's name, for a district court.
    court: String,
    /// The enclosures, in order (*bilageförteckning*).
    enclosures: Vec<String>,
}

/// The statement's fields of the template context.
pub(super) fn fields(input: &LetterInput) -> Fields {
    let Some(e) = input.statement_escalation() else {
        return Fields::default();
    };
    let answer = |i: usize| input.answers.get(i).map(|a| a.trim().to_owned());
    Fields {
        body: e.body.code(),
        body_name: match e.court.trim() {
            court if e.body == EscalationBody::DistrictCourt && !court.is_empty() => {
                court.to_owned()
            }
            _ => body_name(e.body, input.language),
        },
        body_reference: e.reference.trim().to_owned(),
        escalation_received: iso(e.received_on),
        statement_due: e.statement_due.map(iso).unwrap_or_default(),
        points: e
            .claims
            .iter()
            .enumerate()
            .map(|(i, claim)| Point {
                claim: claim.trim().to_owned(),
                answer: answer(i).unwrap_or_default(),
            })
            .collect(),
        amount_claimed: e.amount_claimed.map(|m| m.to_string()).unwrap_or_default(),
        amount_answer: input.amount_answer.trim().to_owned(),
        position: input.position.map_or("", Position::code),
        amount_admitted: input
            .position
            .and_then(Position::admitted)
            .map(|m| m.to_string())
            .unwrap_or_default(),
        court: match e.body {
            EscalationBody::DistrictCourt => e.court.trim().to_owned(),
            _ => String::new(),
        },
        enclosures: input
            .enclosures
            .iter()
            .map(|l| l.trim())
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
    }
}

/// The body as a letter names it in running text (empty for another body).
pub fn body_name(body: EscalationBody, language: Language) -> String {
    if body == EscalationBody::Other {
        return String::new();
    }
    loader_for(language).get(&label_id("statement-body", body.code()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Money;

    fn escalation(claims: usize, amount: Option<Money>) -> Escalation {
        let received = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default();
        Escalation {
            claims: (1..=claims).map(|i| format!("Krav {i}")).collect(),
            amount_claimed: amount,
            ..Escalation::new(EscalationBody::Arn, received)
        }
    }

    #[test]
    fn the_checklist_names_each_open_point_in_order() {
        use Unanswered::{Amount, Claim};
        let s = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let kr = Some(Money::kr(492));
        let table: Vec<(Escalation, Vec<String>, &str, Vec<Unanswered>)> = vec![
            (escalation(0, None), s(&[]), "", vec![]),
            (escalation(0, kr), s(&[]), "", vec![Amount]),
            (escalation(0, kr), s(&[]), "Vi medger 150 kr.", vec![]),
            (escalation(2, None), s(&[]), "", vec![Claim(0), Claim(1)]),
            (escalation(2, None), s(&["Svar", "  "]), "", vec![Claim(1)]),
            (escalation(2, None), s(&["", "Svar"]), "", vec![Claim(0)]),
            (
                escalation(3, kr),
                s(&["a", "b"]),
                " ",
                vec![Claim(2), Amount],
            ),
            (escalation(2, kr), s(&["a", "b", "extra"]), "c", vec![]),
            (
                escalation(1, None),
                s(&[]),
                "ignored: no amount",
                vec![Claim(0)],
            ),
        ];
        for (e, answers, amount, expected) in table {
            assert_eq!(
                unanswered(&e, &answers, amount, Some(Position::Disputes)),
                expected,
                "{answers:?} {amount:?}"
            );
        }
    }

    #[test]
    fn the_statement_must_take_a_position() {
        use Unanswered::{AdmittedAmount, Position as NoPosition};
        let kr = Some(Money::kr(492));
        let table: Vec<(Option<Money>, Option<Position>, Vec<Unanswered>)> = vec![
            (kr, None, vec![NoPosition]),
            (kr, Some(Position::Admits), vec![]),
            (kr, Some(Position::Disputes), vec![]),
            (kr, Some(Position::AdmitsPartly(Money::kr(150))), vec![]),
            (
                kr,
                Some(Position::AdmitsPartly(Money(0))),
                vec![AdmittedAmount],
            ),
            (
                kr,
                Some(Position::AdmitsPartly(Money::kr(492))),
                vec![AdmittedAmount],
            ),
            (None, Some(Position::AdmitsPartly(Money::kr(492))), vec![]),
            (None, None, vec![NoPosition]),
        ];
        for (claimed, position, expected) in table {
            let e = escalation(0, claimed);
            let amount = if claimed.is_some() { "Se nedan." } else { "" };
            assert_eq!(
                unanswered(&e, &[], amount, position),
                expected,
                "{position:?}"
            );
        }
    }

    #[test]
    fn the_amount_counts_as_a_point_only_when_claimed() {
        assert_eq!(point_count(&escalation(2, None)), 2);
        assert_eq!(point_count(&escalation(2, Some(Money::kr(1)))), 3);
        assert_eq!(point_count(&escalation(0, None)), 0);
    }

    #[test]
    fn the_recipient_is_the_body() {
        let typed = vec![
            "Box 2290".to_owned(),
            " ".to_owned(),
            "103 17 Stockholm".to_owned(),
        ];
        let table: Vec<(EscalationBody, Vec<&str>)> = vec![
            (
                EscalationBody::Arn,
                vec![
                    "Allmänna reklamationsnämnden",
                    "Box 174",
                    "101 23 Stockholm",
                ],
            ),
            (
                EscalationBody::Fi,
                vec!["Finansinspektionen", "Box 7821", "103 97 Stockholm"],
            ),
            (
                EscalationBody::Imy,
                vec![
                    "Integritetsskyddsmyndigheten",
                    "Box 8114",
                    "104 20 Stockholm",
                ],
            ),
            (
                EscalationBody::DistrictCourt,
                vec!["Tingsrätten", "Box 2290", "103 17 Stockholm"],
            ),
            (
                EscalationBody::Inkassonamnden,
                vec!["Inkassonämnden", "Box 2290", "103 17 Stockholm"],
            ),
            (EscalationBody::Other, vec!["Box 2290", "103 17 Stockholm"]),
        ];
        for (body, expected) in table {
            let e = Escalation::new(body, chrono::NaiveDate::MIN);
            assert_eq!(recipient_lines(&e, &typed), expected, "{body}");
        }
        let mut court = Escalation::new(EscalationBody::DistrictCourt, chrono::NaiveDate::MIN);
        assert_eq!(recipient_lines(&court, &[]), ["Tingsrätten"]);
        court.court = "Stockholms tingsrätt".to_owned();
        assert_eq!(
            recipient_lines(&court, &typed),
            ["Stockholms tingsrätt", "Box 2290", "103 17 Stockholm"]
        );
    }
}
