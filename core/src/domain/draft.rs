//! A case as typed into a form: text fields, turned into [`CaseDetails`] or a list of problems.

use chrono::{NaiveDate, NaiveDateTime};

use super::{
    Address, CaseDetails, CaseFile, CaseKind, Category, Channel, Complainant, ComplainantType,
    Field, IdNumber, Language, MandateScope, Money, Problem, ProblemKind, Representative,
    Suggestion,
};

/// Every field of the case form as the officer typed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseDraft {
    /// `ÅÅÅÅ-MM-DD TT:MM`, or a date alone.
    pub received_at: String,
    pub channel: Channel,
    pub kind: CaseKind,
    pub category: Option<Category>,
    pub subject: String,
    pub description: String,
    pub name: String,
    pub id_number: String,
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub country: String,
    pub email: String,
    pub phone: String,
    pub language: Language,
    /// Consumer or company as chosen; `None` follows the identity number.
    pub complainant_type: Option<ComplainantType>,
    /// A personal-data request: the requester's identity has been checked.
    pub identity_verified: bool,
    pub has_representative: bool,
    pub representative_name: String,
    pub representative_firm: String,
    pub representative_street: String,
    pub representative_postal_code: String,
    pub representative_city: String,
    pub representative_country: String,
    pub representative_email: String,
    pub representative_phone: String,
    pub power_of_attorney: bool,
    pub power_of_attorney_scope: Option<MandateScope>,
    /// `ÅÅÅÅ-MM-DD`, empty when the power of attorney states no end.
    pub power_of_attorney_until: String,
    /// Kept as it was: the power of attorney's file is attached by the store, not typed.
    pub power_of_attorney_document: Option<CaseFile>,
    /// Separated by commas, semicolons or new lines.
    pub debt_case_numbers: String,
    pub creditor: String,
    /// Kronor, `1 234,50`.
    pub amount: String,
    pub requested_remedy: String,
    /// `ÅÅÅÅ-MM-DD`, empty when the same as the date of receipt.
    pub first_complaint_on: String,
    /// Kept as it was: what an imported e-mail suggested (not edited in the form).
    pub suggestion: Option<Suggestion>,
}

impl CaseDraft {
    /// An empty form for a complaint received now by `channel`.
    pub fn new(now: NaiveDateTime, channel: Channel) -> CaseDraft {
        CaseDraft::from_details(&CaseDetails::new(now, channel, CaseKind::Complaint))
    }

    /// The form filled from a case's details, for editing.
    pub fn from_details(d: &CaseDetails) -> CaseDraft {
        let c = &d.complainant;
        let rep = d.representative.clone().unwrap_or_default();
        CaseDraft {
            received_at: format_date_time(d.received_at),
            channel: d.channel,
            kind: d.kind,
            category: d.category,
            subject: d.subject.clone(),
            description: d.description.clone(),
            name: c.name.clone(),
            id_number: c
                .id_number
                .as_ref()
                .map(IdNumber::short)
                .unwrap_or_default(),
            street: c.address.street.clone(),
            postal_code: c.address.postal_code.clone(),
            city: c.address.city.clone(),
            country: c.address.country.clone(),
            email: c.email.clone(),
            phone: c.phone.clone(),
            language: c.language,
            complainant_type: c.chosen_type,
            identity_verified: d.identity_verified,
            has_representative: d.representative.is_some(),
            representative_name: rep.name,
            representative_firm: rep.firm,
            representative_street: rep.address.street,
            representative_postal_code: rep.address.postal_code,
            representative_city: rep.address.city,
            representative_country: rep.address.country,
            representative_email: rep.email,
            representative_phone: rep.phone,
            power_of_attorney: rep.power_of_attorney,
            power_of_attorney_scope: rep.scope,
            power_of_attorney_until: rep.valid_until.map(|x| x.to_string()).unwrap_or_default(),
            power_of_attorney_document: rep.document,
            debt_case_numbers: d.debt_case_numbers.join(", "),
            creditor: d.creditor.clone(),
            amount: d
                .amount_in_dispute
                .map(Money::format_number)
                .unwrap_or_default(),
            requested_remedy: d.requested_remedy.clone(),
            first_complaint_on: d
                .first_complaint_on
                .map(|x| x.to_string())
                .unwrap_or_default(),
            suggestion: d.suggestion.clone(),
        }
    }

    /// The details this form describes, or every problem that keeps it from being saved.
    pub fn parse(&self, today: NaiveDate) -> Result<CaseDetails, Vec<Problem>> {
        let mut problems = Vec::new();
        let received_at = parse_date_time(&self.received_at).unwrap_or_else(|| {
            problems.push(Problem::new(Field::ReceivedAt, ProblemKind::Date));
            today.and_hms_opt(0, 0, 0).unwrap_or_default()
        });
        let id_number = match self.id_number.trim() {
            "" => None,
            text => IdNumber::parse(text, today)
                .map_err(|p| problems.push(Problem::new(Field::IdNumber, ProblemKind::IdNumber(p))))
                .ok(),
        };
        let amount_in_dispute = match self.amount.trim() {
            "" => None,
            text => Money::parse_kr(text)
                .map_err(|p| problems.push(Problem::new(Field::Amount, ProblemKind::Money(p))))
                .ok(),
        };
        let first_complaint_on = match self.first_complaint_on.trim() {
            "" => None,
            text => text
                .parse::<NaiveDate>()
                .map_err(|_| problems.push(Problem::new(Field::FirstComplaint, ProblemKind::Date)))
                .ok(),
        };
        let valid_until = match self.power_of_attorney_until.trim() {
            "" => None,
            text => text
                .parse::<NaiveDate>()
                .map_err(|_| {
                    problems.push(Problem::new(Field::PowerOfAttorneyUntil, ProblemKind::Date));
                })
                .ok(),
        };
        let details = CaseDetails {
            received_at,
            channel: self.channel,
            kind: self.kind,
            category: self.category,
            subject: self.subject.trim().to_owned(),
            description: self.description.trim().to_owned(),
            complainant: self.complainant(id_number),
            representative: self
                .has_representative
                .then(|| self.representative(valid_until)),
            debt_case_numbers: split_list(&self.debt_case_numbers),
            creditor: self.creditor.trim().to_owned(),
            amount_in_dispute,
            requested_remedy: self.requested_remedy.trim().to_owned(),
            first_complaint_on,
            identity_verified: self.identity_verified,
            suggestion: self.suggestion.clone(),
        };
        // Rules on the parsed values, for the fields that did parse.
        let rules: Vec<Problem> = details
            .validate(today)
            .into_iter()
            .filter(|p| !problems.iter().any(|q| q.field == p.field))
            .collect();
        problems.extend(rules);
        if problems.is_empty() {
            Ok(details)
        } else {
            Err(problems)
        }
    }

    /// The problems of one field, for showing beside it.
    pub fn problems_of(problems: &[Problem], field: Field) -> impl Iterator<Item = &Problem> {
        problems.iter().filter(move |p| p.field == field)
    }

    fn complainant(&self, id_number: Option<IdNumber>) -> Complainant {
        Complainant {
            name: self.name.trim().to_owned(),
            id_number,
            address: Address {
                street: self.street.trim().to_owned(),
                postal_code: self.postal_code.trim().to_owned(),
                city: self.city.trim().to_owned(),
                country: self.country.trim().to_owned(),
            },
            email: self.email.trim().to_owned(),
            phone: self.phone.trim().to_owned(),
            language: self.language,
            chosen_type: self.complainant_type,
        }
    }

    /// Consumer or company: as chosen, else what the identity number typed so far says.
    pub fn effective_complainant_type(&self, today: NaiveDate) -> ComplainantType {
        self.complainant_type.unwrap_or_else(|| {
            ComplainantType::inferred(IdNumber::parse(self.id_number.trim(), today).ok().as_ref())
        })
    }

    fn representative(&self, valid_until: Option<NaiveDate>) -> Representative {
        Representative {
            name: self.representative_name.trim().to_owned(),
            firm: self.representative_firm.trim().to_owned(),
            address: Address {
                street: self.representative_street.trim().to_owned(),
                postal_code: self.representative_postal_code.trim().to_owned(),
                city: self.representative_city.trim().to_owned(),
                country: self.representative_country.trim().to_owned(),
            },
            email: self.representative_email.trim().to_owned(),
            phone: self.representative_phone.trim().to_owned(),
            power_of_attorney: self.power_of_attorney,
            scope: self.power_of_attorney_scope,
            valid_until,
            document: self.power_of_attorney_document.clone(),
        }
    }
}

/// `ÅÅÅÅ-MM-DD TT:MM`, with the seconds only where there are any (an imported e-mail's time),
/// so that saving the form unchanged changes nothing.
fn format_date_time(at: NaiveDateTime) -> String {
    let format = match chrono::Timelike::second(&at) {
        0 => "%Y-%m-%d %H:%M",
        _ => "%Y-%m-%d %H:%M:%S",
    };
    at.format(format).to_string()
}

fn parse_date_time(text: &str) -> Option<NaiveDateTime> {
    let t = text.trim();
    NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M:%S"))
        .ok()
        .or_else(|| {
            t.parse::<NaiveDate>()
                .ok()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
        })
}

fn split_list(text: &str) -> Vec<String> {
    text.split([',', ';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{IdNumberProblem, MoneyProblem};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
    }

    fn filled() -> CaseDraft {
        let mut d = CaseDraft::new(
            today().and_hms_opt(9, 15, 0).unwrap_or_default(),
            Channel::Letter,
        );
        d.subject = "Felaktig avgift".into();
        d.name = "Åsa Öberg".into();
        d.id_number = "811218-9876".into();
        d.amount = "1 234,50".into();
        d.debt_case_numbers = "40077442; 123456789\n".into();
        d
    }

    #[test]
    fn a_filled_form_parses() {
        let details = filled().parse(today());
        let details = details.as_ref().map_err(|p| format!("{p:?}"));
        assert_eq!(
            details.map(|d| d.amount_in_dispute),
            Ok(Some(Money(123_450)))
        );
        let d = filled().parse(today()).unwrap_or_else(|_| {
            CaseDetails::new(
                NaiveDateTime::default(),
                Channel::Other,
                CaseKind::Complaint,
            )
        });
        assert_eq!(d.debt_case_numbers, ["40077442", "123456789"]);
        assert_eq!(
            d.complainant.id_number,
            Some(IdNumber::Personnummer("19811218-9876".into()))
        );
        assert_eq!(CaseDraft::from_details(&d).parse(today()), Ok(d.clone()));
        let mut with_rep = d;
        with_rep.representative = Some(Representative {
            name: "Karin Lund".into(),
            firm: "Advokatbyrån Lag & Rätt".into(),
            address: Address {
                street: "Box 12".into(),
                postal_code: "111 22".into(),
                city: "Stockholm".into(),
                country: String::new(),
            },
            email: "karin@example.se".into(),
            phone: "08-123 45".into(),
            power_of_attorney: true,
            scope: Some(MandateScope::ThisComplaint),
            valid_until: NaiveDate::from_ymd_opt(2027, 6, 30),
            document: Some(CaseFile {
                id: crate::domain::CaseFileId(3),
                file_name: "fullmakt.pdf".into(),
                size: 1234,
            }),
        });
        with_rep.received_at = today().and_hms_opt(9, 15, 27).unwrap_or_default();
        let edited = CaseDraft::from_details(&with_rep).parse(today());
        assert_eq!(
            edited,
            Ok(with_rep),
            "the representative's address, power of attorney and the seconds survive an edit"
        );
    }

    #[test]
    fn the_complainant_type_follows_the_number_until_chosen_and_survives_an_edit() {
        use ComplainantType::{Company, Consumer};
        let table = [
            ("811218-9876", None, Consumer),
            ("556016-0680", None, Company),
            ("", None, Consumer),
            ("5560", None, Consumer),
            ("556016-0680", Some(Consumer), Consumer),
            ("811218-9876", Some(Company), Company),
        ];
        for (number, chosen, expected) in table {
            let mut draft = filled();
            draft.id_number = number.into();
            draft.complainant_type = chosen;
            assert_eq!(
                draft.effective_complainant_type(today()),
                expected,
                "{number}"
            );
            if let Ok(d) = draft.parse(today()) {
                assert_eq!(d.complainant.complainant_type(), expected, "{number}");
                assert_eq!(CaseDraft::from_details(&d).complainant_type, chosen);
            }
        }
        let mut draft = filled();
        draft.identity_verified = true;
        let d = draft.parse(today()).map(|d| d.identity_verified);
        assert_eq!(d, Ok(true));
    }

    #[test]
    fn each_bad_field_is_named() {
        type Case = (fn(&mut CaseDraft), Problem);
        let table: Vec<Case> = vec![
            (
                |d| d.id_number = "811218-9877".into(),
                Problem::new(
                    Field::IdNumber,
                    ProblemKind::IdNumber(IdNumberProblem::Checksum),
                ),
            ),
            (
                |d| d.id_number = "abc".into(),
                Problem::new(
                    Field::IdNumber,
                    ProblemKind::IdNumber(IdNumberProblem::Format),
                ),
            ),
            (
                |d| d.amount = "12,345".into(),
                Problem::new(Field::Amount, ProblemKind::Money(MoneyProblem::Decimals)),
            ),
            (
                |d| d.amount = "tusen".into(),
                Problem::new(Field::Amount, ProblemKind::Money(MoneyProblem::Format)),
            ),
            (
                |d| d.received_at = "i går".into(),
                Problem::new(Field::ReceivedAt, ProblemKind::Date),
            ),
            (
                |d| {
                    d.has_representative = true;
                    d.representative_name = "Karin Lund".into();
                    d.power_of_attorney_until = "30 juni".into();
                },
                Problem::new(Field::PowerOfAttorneyUntil, ProblemKind::Date),
            ),
            (
                |d| d.first_complaint_on = "2026-13-01".into(),
                Problem::new(Field::FirstComplaint, ProblemKind::Date),
            ),
            (
                |d| d.email = "asa@".into(),
                Problem::new(Field::Email, ProblemKind::InvalidEmail),
            ),
            (
                |d| d.name = " ".into(),
                Problem::new(Field::ComplainantName, ProblemKind::Required),
            ),
        ];
        for (mutate, expected) in table {
            let mut d = filled();
            mutate(&mut d);
            assert_eq!(d.parse(today()), Err(vec![expected]));
        }
    }
}
