//! The one presenter of a case: sections of named values, lists and text, for the command
//! line, the printed case and the overview tab alike.

use chrono::NaiveDate;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use crate::domain::{Case, DeadlineKind, Escalation, EscalationId, Note, Officer, Settings};
use crate::i18n::label_id;

/// A part of the case under a heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// What the section is, whatever the language: the message id of its heading
    /// (`summary-section-parties`), or `escalation` for an escalation.
    pub key: &'static str,
    /// Its heading, translated (an escalation's names the body and its reference).
    pub title: String,
    /// What it holds, in order.
    pub parts: Vec<Part>,
}

/// One piece of a section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// Facts with their names, to be shown side by side.
    Rows(Vec<Row>),
    /// Items, one each (a claim, a note), to be shown as a list.
    List(Vec<String>),
    /// Running text to be shown as written (the complainant's own words).
    Text(String),
}

/// One fact: its name and its value, already formatted (dates ISO, money `1 234,50 kr`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The message id of its name (`show-status`, `deadline-final-answer`), for tests and views.
    pub key: String,
    /// Its name, translated.
    pub label: String,
    /// Its value; "–" when there is none. May hold line breaks.
    pub value: String,
    /// The deadline that falls due next, which a view may point out.
    pub next: bool,
}

/// How personnummer and samordningsnummer are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdNumbers {
    /// `811218-9876`, for the officer's own eyes.
    Full,
    /// `811218-XXXX` (`+` for people 100 or older on the date), for anything that leaves the
    /// company.
    MaskedOn(NaiveDate),
}

/// Presents one case in the language of `loader`.
#[derive(Clone, Copy)]
pub struct Presenter<'a> {
    /// The language: the interface's, or the fixed one of a document.
    pub loader: &'a FluentLanguageLoader,
    /// The case presented.
    pub case: &'a Case,
    /// For the deadlines.
    pub settings: &'a Settings,
    /// For the names of the assignee and of the notes' authors.
    pub officers: &'a [Officer],
    /// Personnummer in full or masked.
    pub ids: IdNumbers,
}

impl Presenter<'_> {
    /// The case's one-line name: `K-2026-00042 – Felaktig påminnelseavgift`.
    pub fn title(&self) -> String {
        let subject = self.case.details.subject.trim();
        if subject.is_empty() {
            return self.case.number.to_string();
        }
        format!("{} – {subject}", self.case.number)
    }

    /// Every fact of the case: the case, the parties, the claim, the description and the
    /// deadlines, in that order.
    pub fn sections(&self) -> Vec<Section> {
        let l = self.loader;
        vec![
            self.rows_section("summary-section-case", self.case_rows()),
            self.rows_section("summary-section-parties", self.party_rows()),
            self.rows_section("summary-section-claim", self.claim_rows()),
            Section {
                key: "show-description",
                title: fl!(l, "show-description"),
                parts: vec![Part::Text(self.or_none(&self.case.details.description))],
            },
            self.rows_section("show-deadlines", self.deadline_rows()),
        ]
    }

    /// One section for each escalation: its dates, the complainant's claims there, the amount
    /// claimed and the decision.
    pub fn escalations(&self, escalations: &[(EscalationId, Escalation)]) -> Vec<Section> {
        let l = self.loader;
        let none = || fl!(l, "show-none");
        escalations
            .iter()
            .map(|(_, e)| {
                let body = self.name("escalation-body", e.body.code());
                let mut parts = vec![Part::Text(fl!(
                    l,
                    "escalation-dates",
                    received = e.received_on.to_string(),
                    due = e.statement_due.map_or_else(none, |d| d.to_string())
                ))];
                if !e.claims.is_empty() {
                    parts.push(Part::List(e.claims.clone()));
                }
                let mut outcome = Vec::new();
                if let Some(m) = e.amount_claimed {
                    outcome.push(fl!(l, "escalation-amount", amount = m.to_string()));
                }
                if let (Some(decision), Some(on)) = (e.decision, e.decided_on) {
                    let decision = self.name("escalation-decision", decision.code());
                    let date = on.to_string();
                    outcome.push(fl!(
                        l,
                        "escalation-decided",
                        decision = decision,
                        date = date
                    ));
                }
                if !outcome.is_empty() {
                    parts.push(Part::Text(outcome.join("\n")));
                }
                Section {
                    key: "escalation",
                    title: format!("{body} {}", e.reference.trim()).trim().to_owned(),
                    parts,
                }
            })
            .collect()
    }

    /// The investigation notes, oldest first: `2026-01-16 07:22 · Anteckning · Eva Berg`, then
    /// the text on the lines below.
    pub fn notes(&self, notes: &[Note]) -> Section {
        let l = self.loader;
        let part = if notes.is_empty() {
            Part::Text(fl!(l, "show-no-notes"))
        } else {
            let items = notes.iter().map(|n| {
                let head = format!(
                    "{} · {} · {}",
                    n.at.format("%Y-%m-%d %H:%M"),
                    self.name("note-kind", n.kind.code()),
                    self.officer(n.author).unwrap_or_default()
                );
                format!("{head}\n{}", n.text.trim_end())
            });
            Part::List(items.collect())
        };
        Section {
            key: "show-notes",
            title: fl!(l, "show-notes"),
            parts: vec![part],
        }
    }

    fn case_rows(&self) -> Vec<Row> {
        let (case, d) = (self.case, &self.case.details);
        let officer = case.assignee.and_then(|id| self.officer(id));
        vec![
            self.row("show-status", self.name("status", case.status.code())),
            self.row("show-kind", self.name("kind", d.kind.code())),
            self.row(
                "show-category",
                self.some(d.category.map(|c| self.name("category", c.code()))),
            ),
            self.row("show-channel", self.name("channel", d.channel.code())),
            self.row(
                "show-received",
                d.received_at.format("%Y-%m-%d %H:%M").to_string(),
            ),
            self.row("show-first-complaint", d.first_complaint().to_string()),
            self.row(
                "show-outcome",
                self.some(case.outcome.map(|o| self.name("outcome", o.code()))),
            ),
            self.row("show-assignee", self.some(officer)),
        ]
    }

    fn party_rows(&self) -> Vec<Row> {
        let l = self.loader;
        let d = &self.case.details;
        let c = &d.complainant;
        let id = c.id_number.as_ref().map(|i| match self.ids {
            IdNumbers::Full => i.short(),
            IdNumbers::MaskedOn(date) => i.masked_on(date),
        });
        let representative = d.representative.as_ref().map(|r| {
            let poa = if r.power_of_attorney {
                fl!(l, "show-power-of-attorney")
            } else {
                fl!(l, "show-no-power-of-attorney")
            };
            format!("{} ({poa})", r.name.trim())
        });
        vec![
            self.row("show-complainant", self.or_none(&c.name)),
            self.row("show-id-number", self.some(id)),
            self.row("show-address", self.or_none(&address(&c.address))),
            self.row("show-email", self.or_none(&c.email)),
            self.row("show-phone", self.or_none(&c.phone)),
            self.row("show-language", self.name("language", c.language.code())),
            self.row("show-representative", self.some(representative)),
        ]
    }

    fn claim_rows(&self) -> Vec<Row> {
        let d = &self.case.details;
        vec![
            self.row(
                "show-debt-cases",
                self.or_none(&d.debt_case_numbers.join(", ")),
            ),
            self.row("show-creditor", self.or_none(&d.creditor)),
            self.row(
                "show-amount",
                self.some(d.amount_in_dispute.map(|m| m.to_string())),
            ),
            self.row("show-remedy", self.or_none(&d.requested_remedy)),
        ]
    }

    fn deadline_rows(&self) -> Vec<Row> {
        let rules = &self.settings.deadlines;
        let d = self.case.deadlines(rules);
        let next = self.case.next_deadline(rules);
        let mut dates = vec![
            (DeadlineKind::Acknowledgement, d.acknowledgement),
            (DeadlineKind::FinalAnswer, d.final_answer),
            (DeadlineKind::ArnWindow, d.arn_window_ends),
        ];
        if let Some(due) = self.case.statement_due {
            dates.push((DeadlineKind::Statement, due));
        }
        dates
            .into_iter()
            .map(|(kind, date)| {
                let key = label_id("deadline", kind.code());
                Row {
                    label: self.loader.get(&key),
                    key,
                    value: date.to_string(),
                    next: next.is_some_and(|n| n.kind == kind && n.date == date),
                }
            })
            .collect()
    }

    fn rows_section(&self, key: &'static str, rows: Vec<Row>) -> Section {
        Section {
            key,
            title: self.loader.get(key),
            parts: vec![Part::Rows(rows)],
        }
    }

    fn row(&self, key: &str, value: String) -> Row {
        Row {
            key: key.to_owned(),
            label: self.loader.get(key),
            value,
            next: false,
        }
    }

    /// The translated name of a domain code.
    fn name(&self, prefix: &str, code: &str) -> String {
        self.loader.get(&label_id(prefix, code))
    }

    fn officer(&self, id: crate::domain::OfficerId) -> Option<String> {
        let officer = self.officers.iter().find(|o| o.id == id);
        officer.map(|o| o.name.clone())
    }

    /// The value, or "–".
    fn some(&self, value: Option<String>) -> String {
        value.unwrap_or_else(|| fl!(self.loader, "show-none"))
    }

    /// The text trimmed, or "–" when it is blank.
    fn or_none(&self, text: &str) -> String {
        let text = text.trim();
        self.some((!text.is_empty()).then(|| text.to_owned()))
    }
}

/// A postal address on one line: `Storgatan 1, 123 45 Göteborg, Norge`.
pub fn address(a: &crate::domain::Address) -> String {
    a.lines().join(", ")
}
