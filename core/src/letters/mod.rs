//! Letters: the facts of a case and the officer's input become a template's context, the
//! rendered text becomes a laid-out A4 letter, and that becomes PDF bytes.

pub mod access;
pub mod eml;
pub mod gdpr;
pub mod issuing;
pub mod pdf;
pub mod print;
pub mod recipient;
pub mod review;
pub mod statement;
mod template;

use chrono::{Datelike, Days, NaiveDate};
use i18n_embed_fl::fl;
use minijinja::Value;
use serde::Serialize;

use crate::domain::{
    Address, Addressee, Case, Escalation, EscalationBody, Language, LetterKind, Officer, Outcome,
    Position, Route, Settings, clean_subject, person_name,
};
use crate::i18n::loader_for;
pub use recipient::{Recipient, RecipientError, RecipientReason, recipient};
pub use template::{TemplateError, TemplateProblem, default_template, render, split_subject, tidy};

/// What the officer decides for one letter, beyond the facts of the case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterInput {
    /// Which letter.
    pub kind: LetterKind,
    /// Written in.
    pub language: Language,
    /// The letter's date.
    pub date: NaiveDate,
    /// Final answer: the decision.
    pub outcome: Outcome,
    /// Final answer: the reasons, in the officer's words.
    pub reasons: String,
    /// Final answer: what the company will do.
    pub remedy_given: String,
    /// Delay notice: why the answer is late.
    pub delay_reason: String,
    /// Delay notice: the new date of the answer.
    pub new_answer_date: Option<NaiveDate>,
    /// Request for information: the date to reply by.
    pub reply_by: Option<NaiveDate>,
    /// Statement: the escalation it answers.
    pub escalation: Option<Escalation>,
    /// Statement: our answer to each of the escalation's claims, in the same order.
    pub answers: Vec<String>,
    /// Statement: our answer on the amount claimed.
    pub amount_answer: String,
    /// Statement: where we stand on the claim; required before the PDF is made.
    pub position: Option<Position>,
    /// Statement: the enclosures it lists (*bilageförteckning*), one per line.
    pub enclosures: Vec<String>,
    /// Statement: the body's address under its name, typed by the officer where the program
    /// does not know it (a court, Inkassonämnden, another body).
    pub body_address: Vec<String>,
    /// The officer's choice of recipient; `None` follows the rule (see [`recipient()`]).
    pub recipient: Option<Addressee>,
}

impl LetterInput {
    /// A letter of `kind` in `language`, dated `date`, with nothing decided yet.
    pub fn new(kind: LetterKind, language: Language, date: NaiveDate) -> LetterInput {
        LetterInput {
            kind,
            language,
            date,
            outcome: Outcome::Rejected,
            reasons: String::new(),
            remedy_given: String::new(),
            delay_reason: String::new(),
            new_answer_date: None,
            reply_by: None,
            escalation: None,
            answers: Vec::new(),
            amount_answer: String::new(),
            position: None,
            enclosures: Vec::new(),
            body_address: Vec::new(),
            recipient: None,
        }
    }

    /// The statement's escalation, when this is a statement and it has one.
    pub fn statement_escalation(&self) -> Option<&Escalation> {
        self.escalation
            .as_ref()
            .filter(|_| self.kind == LetterKind::ArnStatement)
    }

    /// Whom the letter goes to on `case`: the officer's choice or the rule; `None` for a
    /// statement (it goes to the body it answers).
    pub fn recipient(&self, case: &Case) -> Option<Result<Recipient, RecipientError>> {
        (self.kind != LetterKind::ArnStatement)
            .then(|| recipient::recipient(case, self.date, self.recipient))
    }

    /// The addressee this letter is written to: the officer's choice where allowed, else the
    /// rule's; `None` for a statement.
    pub fn addressee(&self, case: &Case) -> Option<Addressee> {
        self.recipient(case).map(|r| match r {
            Ok(r) => r.to,
            Err(_) => Addressee::Complainant,
        })
    }

    /// What the statement still leaves unanswered (nothing for other kinds).
    pub fn unanswered(&self) -> Vec<statement::Unanswered> {
        self.statement_escalation().map_or_else(Vec::new, |e| {
            statement::unanswered(e, &self.answers, &self.amount_answer, self.position)
        })
    }
}

/// The facts of a case a letter is written from. Read once (see [`issuing::read_facts`]), then
/// passed through rendering the text, laying out the PDF and keeping the letter.
#[derive(Debug, Clone)]
pub struct Facts {
    /// The case.
    pub case: Case,
    /// The company, its rules and the envelope window.
    pub settings: Settings,
    /// Who signs.
    pub officer: Officer,
    /// The company's logo for the letterhead (PNG or JPEG), if one is set.
    pub logo: Option<Vec<u8>>,
}

/// A delay notice's new date of the answer: the officer's, or by the rule
/// ([`Case::delayed_answer_due`]). The letter states it and issuing records the same date.
pub fn new_answer_date(facts: &Facts, input: &LetterInput) -> NaiveDate {
    input
        .new_answer_date
        .unwrap_or_else(|| facts.case.delayed_answer_due(&facts.settings.deadlines))
}

/// Something the officer should see before a letter goes out; the UI words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LetterWarning {
    /// The prisbasbelopp table has no figure for `year`, so the letter names no *småmål* limit
    /// (it says "half a prisbasbelopp" instead). Add the figure under Settings.
    NoPrisbasbelopp {
        /// The year of the letter's date.
        year: i32,
    },
    /// The letter goes to the representative, whose postal address is not on the case: the
    /// window holds only the name.
    RepresentativeWithoutAddress,
}

/// What the officer should know about a letter before creating it.
pub fn warnings(case: &Case, settings: &Settings, input: &LetterInput) -> Vec<LetterWarning> {
    let year = input.date.year();
    let names_court = input.kind == LetterKind::FinalAnswer
        && input.outcome != Outcome::Upheld
        && case
            .details
            .routes(settings.company.inkassonamnden_member)
            .contains(&Route::Court);
    let mut out = Vec::new();
    if names_court && settings.prisbasbelopp_missing(year) {
        out.push(LetterWarning::NoPrisbasbelopp { year });
    }
    let no_address = case
        .details
        .representative
        .as_ref()
        .is_none_or(|r| r.address.is_empty());
    if input.addressee(case) == Some(Addressee::Representative) && no_address {
        out.push(LetterWarning::RepresentativeWithoutAddress);
    }
    out
}

/// Dates in letters: ÅÅÅÅ-MM-DD.
fn iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// Everything a template may use. Field names are the templates' contract (see README).
#[derive(Debug, Serialize)]
struct Context {
    case_number: String,
    letter_date: String,
    received_date: String,
    first_name: String,
    person_name: String,
    complainant_name: String,
    complainant_genitive: String,
    recipient: &'static str,
    representative_name: String,
    representative_firm: String,
    complainant_type: &'static str,
    subject: String,
    creditor: String,
    debt_case_numbers: Vec<String>,
    amount: String,
    requested_remedy: String,
    kind: &'static str,
    answer_due: String,
    ack_due: String,
    company_name: String,
    company_phone: String,
    company_email: String,
    company_web: String,
    officer_name: String,
    officer_title: String,
    missing: Vec<String>,
    reply_by: String,
    delay_reason: String,
    new_answer_date: String,
    customer_service_phone: String,
    customer_service_email: String,
    customer_service_hours: String,
    outcome: &'static str,
    reasons: String,
    remedy_given: String,
    arn_last_date: String,
    small_claims_limit: String,
    small_claims_year: i32,
    routes: Vec<&'static str>,
    inkassonamnden: bool,
    #[serde(flatten)]
    statement: statement::Fields,
}

/// The template context for a letter.
pub fn context(facts: &Facts, input: &LetterInput) -> Value {
    let (case, settings) = (&facts.case, &facts.settings);
    let d = &case.details;
    let deadlines = case.deadlines(&settings.deadlines);
    let answer_due = deadlines.final_answer;
    let loader = loader_for(input.language);
    let company = &settings.company;
    let to = input.addressee(case).unwrap_or(Addressee::Complainant);
    let person = person_name(recipient::addressee_name(case, to));
    let representative = d.representative.clone().unwrap_or_default();
    Value::from_serialize(Context {
        case_number: case.number.to_string(),
        letter_date: iso(input.date),
        received_date: iso(d.received_on()),
        first_name: person.as_ref().map(|p| p.first.clone()).unwrap_or_default(),
        person_name: person.map(|p| p.full).unwrap_or_default(),
        complainant_name: d.complainant.name.trim().to_owned(),
        complainant_genitive: crate::domain::genitive(&d.complainant.name, input.language),
        recipient: to.code(),
        representative_name: representative.name.trim().to_owned(),
        representative_firm: representative.firm.trim().to_owned(),
        complainant_type: d.complainant.complainant_type().code(),
        subject: clean_subject(&d.subject).to_owned(),
        creditor: d.creditor.clone(),
        debt_case_numbers: d.debt_case_numbers.clone(),
        amount: d
            .amount_in_dispute
            .map(|m| m.to_string())
            .unwrap_or_default(),
        requested_remedy: d.requested_remedy.clone(),
        kind: d.kind.code(),
        answer_due: iso(answer_due),
        ack_due: iso(deadlines.acknowledgement),
        company_name: company.name.clone(),
        company_phone: company.phone.clone(),
        company_email: company.email.clone(),
        company_web: company.web.clone(),
        officer_name: facts.officer.name.clone(),
        officer_title: facts.officer.title.clone(),
        missing: d
            .missing_information()
            .iter()
            .map(|m| {
                // To a representative the items speak of "the person you represent".
                let args = std::collections::HashMap::from([("to", to.code())]);
                loader.get_args(&crate::i18n::label_id("missing", m.code()), args)
            })
            .collect(),
        reply_by: iso(input
            .reply_by
            .unwrap_or_else(|| crate::domain::reply_by(input.date))),
        delay_reason: input.delay_reason.trim().to_owned(),
        new_answer_date: iso(new_answer_date(facts, input)),
        customer_service_phone: company.customer_service.phone.trim().to_owned(),
        customer_service_email: company.customer_service.email.trim().to_owned(),
        customer_service_hours: company.customer_service.hours.trim().to_owned(),
        outcome: input.outcome.code(),
        reasons: input.reasons.trim().to_owned(),
        remedy_given: input.remedy_given.trim().to_owned(),
        arn_last_date: iso(deadlines.arn_window_ends),
        small_claims_limit: settings
            .small_claims_limit(input.date.year())
            .map(|m| m.to_string())
            .unwrap_or_default(),
        small_claims_year: input.date.year(),
        routes: d
            .routes(company.inkassonamnden_member)
            .into_iter()
            .map(Route::code)
            .collect(),
        inkassonamnden: company.inkassonamnden_member,
        statement: statement::fields(input),
    })
}

/// The address block of a letter: for a statement the body it answers, otherwise the
/// complainant or their representative by the rule of [`recipient()`].
pub fn letter_recipient(case: &Case, input: &LetterInput) -> Vec<String> {
    match (input.statement_escalation(), input.addressee(case)) {
        (Some(e), _) => statement::recipient_lines(e, &input.body_address),
        (None, to) => recipient::recipient_lines(case, to.unwrap_or(Addressee::Complainant)),
    }
}

fn address_lines(name: &str, a: &Address) -> Vec<String> {
    let name = name.trim();
    (!name.is_empty())
        .then(|| name.to_owned())
        .into_iter()
        .chain(a.lines())
        .collect()
}

/// Lays out a finished letter text (subject line, blank line, body) for the PDF.
pub fn layout(facts: &Facts, input: &LetterInput, text: &str) -> pdf::LetterLayout {
    let loader = loader_for(input.language);
    let company = &facts.settings.company;
    let (subject, body) = split_subject(text);
    let debt_cases = &facts.case.details.debt_case_numbers;
    let mut labels = labels(input.language);
    labels.collection_cases = fl!(
        loader,
        "letter-label-collection-cases",
        count = debt_cases.len()
    );
    let court = input
        .statement_escalation()
        .is_some_and(|e| e.body == EscalationBody::DistrictCourt);
    if court {
        labels.your_reference = fl!(loader, "letter-label-court-case");
    }
    let mut signature = vec![
        facts.officer.name.clone(),
        facts.officer.title.clone(),
        company.name.clone(),
    ];
    signature.retain(|l| !l.trim().is_empty());
    pdf::LetterLayout {
        language_tag: match input.language {
            Language::Sv => "sv-SE".to_owned(),
            Language::En => "en".to_owned(),
        },
        document_name: loader.get(&crate::i18n::label_id("letter-kind", input.kind.code())),
        date: input.date,
        our_reference: facts.case.number.to_string(),
        // "Er referens" is the recipient's own reference only: a body's case number. Our
        // collection cases have their own line.
        your_reference: input
            .statement_escalation()
            .map(|e| e.reference.trim().to_owned())
            .unwrap_or_default(),
        collection_cases: debt_cases.join(", "),
        recipient: letter_recipient(&facts.case, input),
        subject,
        body,
        closing: fl!(loader, "letter-closing"),
        signature,
        sender: sender(&facts.settings, facts.logo.clone()),
        labels,
        window: window(&facts.settings),
    }
}

/// The company as letterhead and footer.
pub fn sender(settings: &Settings, logo: Option<Vec<u8>>) -> pdf::Sender {
    let c = &settings.company;
    let mut lines = address_lines("", &c.address);
    lines.retain(|l| !l.is_empty());
    pdf::Sender {
        name: c.name.clone(),
        address_lines: lines,
        org_number: c.org_number.clone(),
        phone: c.phone.clone(),
        email: c.email.clone(),
        web: c.web.clone(),
        logo_png_or_jpeg: logo,
    }
}

/// The envelope window from the settings.
pub fn window(settings: &Settings) -> pdf::Window {
    pdf::Window {
        left_mm: settings.envelope_window.left_mm as f32,
        top_mm: settings.envelope_window.top_mm as f32,
        ..pdf::Window::default()
    }
}

/// The words the layout prints, in the letter's language.
pub fn labels(language: Language) -> pdf::Labels {
    let l = loader_for(language);
    pdf::Labels {
        date: fl!(l, "letter-label-date"),
        our_reference: fl!(l, "letter-label-our-reference"),
        your_reference: fl!(l, "letter-label-your-reference"),
        collection_cases: fl!(l, "letter-label-collection-cases", count = 1),
        page: fl!(l, "letter-label-page", page = "{page}", pages = "{pages}"),
        org_number: fl!(l, "letter-label-org-number"),
        phone: fl!(l, "letter-label-phone"),
        email: fl!(l, "letter-label-email"),
        web: fl!(l, "letter-label-web"),
        calibration_title: fl!(l, "letter-calibration-title"),
        calibration_help: fl!(l, "letter-calibration-help"),
    }
}

/// Renders a template against a made-up case, so that a syntax error or an unknown field is
/// found when an officer saves the template, not when a letter is due.
pub fn check(source: &str, kind: LetterKind, language: Language) -> Result<(), TemplateError> {
    use crate::domain::{CaseDetails, CaseKind, CaseNumber, Channel, OfficerId, Status};
    let received = NaiveDate::from_ymd_opt(2026, 1, 15)
        .and_then(|d| d.and_hms_opt(9, 0, 0))
        .unwrap_or_default();
    let mut details = CaseDetails::new(received, Channel::Email, CaseKind::Complaint);
    details.complainant.name = "Exempel Exempelsson".to_owned();
    let case = Case {
        status: Status::UnderInvestigation,
        ..Case::new(CaseNumber { year: 2026, seq: 1 }, details, received)
    };
    let facts = Facts {
        case,
        settings: Settings::default(),
        officer: Officer::new(OfficerId(1), "", ""),
        logo: None,
    };
    let mut input = LetterInput::new(kind, language, received.date());
    if kind == LetterKind::ArnStatement {
        // A made-up escalation, so that the loop over the points is rendered and checked too.
        let mut e = Escalation::new(EscalationBody::Arn, received.date());
        e.reference = "2026-00001".to_owned();
        e.statement_due = received.date().checked_add_days(Days::new(21));
        e.claims = vec!["Avgiften ska tas bort".to_owned()];
        e.amount_claimed = Some(crate::domain::Money::kr(180));
        input.escalation = Some(e);
        input.answers = vec!["Avgiften togs ut enligt lag.".to_owned()];
        input.amount_answer = "Vi bestrider kravet.".to_owned();
        input.position = Some(Position::Disputes);
        input.enclosures = vec!["Ärendesammanställning".to_owned()];
    }
    render(source, &context(&facts, &input)).map(|_| ())
}

#[cfg(test)]
mod tests;
