//! `klagomal new` and `klagomal edit`: a case's details from flags (the case form's fields,
//! checked as the form checks them) or whole from a JSON file in the schema of `show --json`.

use std::path::{Path, PathBuf};

use klagomal_core::domain::{
    CaseDetails, CaseDraft, CaseId, CaseKind, Category, Channel, ComplainantType, Language,
    MandateScope, Problem,
};
use klagomal_core::fl;
use klagomal_core::store::{NewCaseFile, Store, StoreError};

use super::values::codes;
use super::{Failure, case_number};

/// The case form's fields as flags; each one given replaces that field, the others stay.
#[derive(Debug, Default, clap::Args)]
pub struct CaseFields {
    #[arg(long, value_name = "DATE")]
    received: Option<String>,
    #[arg(long, value_name = "CHANNEL", value_parser = codes(Channel::ALL))]
    channel: Option<Channel>,
    #[arg(long, value_name = "KIND", value_parser = codes(CaseKind::ALL))]
    kind: Option<CaseKind>,
    #[arg(long, value_name = "CATEGORY", value_parser = codes(Category::ALL))]
    category: Option<Category>,
    #[arg(long, value_name = "TEXT")]
    subject: Option<String>,
    #[arg(long, value_name = "TEXT")]
    description: Option<String>,
    #[arg(long, value_name = "NAME")]
    name: Option<String>,
    #[arg(long, value_name = "NUMBER")]
    id_number: Option<String>,
    #[arg(long, value_name = "ADDRESS")]
    email: Option<String>,
    #[arg(long, value_name = "NUMBER")]
    phone: Option<String>,
    #[arg(long, value_name = "TEXT")]
    street: Option<String>,
    #[arg(long, value_name = "TEXT")]
    postal_code: Option<String>,
    #[arg(long, value_name = "TEXT")]
    city: Option<String>,
    #[arg(long, value_name = "TEXT")]
    country: Option<String>,
    #[arg(long, value_name = "sv|en", value_parser = codes(Language::ALL))]
    language: Option<Language>,
    #[arg(long, value_name = "consumer|company", value_parser = codes(ComplainantType::ALL))]
    complainant_type: Option<ComplainantType>,
    #[arg(long, value_name = "NAME")]
    representative: Option<String>,
    #[arg(long, value_name = "ADDRESS")]
    representative_email: Option<String>,
    #[arg(long, value_name = "NUMBER")]
    representative_phone: Option<String>,
    #[arg(long, value_name = "TEXT")]
    representative_firm: Option<String>,
    #[arg(long, value_name = "TEXT")]
    representative_street: Option<String>,
    #[arg(long, value_name = "TEXT")]
    representative_postal_code: Option<String>,
    #[arg(long, value_name = "TEXT")]
    representative_city: Option<String>,
    #[arg(long, value_name = "TEXT")]
    representative_country: Option<String>,
    #[arg(long, value_name = "yes|no", num_args = 0..=1, default_missing_value = "yes",
          value_parser = clap::builder::BoolishValueParser::new())]
    power_of_attorney: Option<bool>,
    #[arg(long, value_name = "SCOPE", value_parser = codes(MandateScope::ALL))]
    power_of_attorney_scope: Option<MandateScope>,
    #[arg(long, value_name = "DATE")]
    power_of_attorney_until: Option<String>,
    #[arg(long, value_name = "FILE")]
    power_of_attorney_file: Option<PathBuf>,
    #[arg(long, value_name = "LIST")]
    debt_cases: Option<String>,
    #[arg(long, value_name = "TEXT")]
    creditor: Option<String>,
    #[arg(long, value_name = "KR")]
    amount: Option<String>,
    #[arg(long, value_name = "TEXT")]
    remedy: Option<String>,
    #[arg(long, value_name = "DATE")]
    first_complaint: Option<String>,
}

impl CaseFields {
    /// Writes the given fields into the form.
    fn apply(self, d: &mut CaseDraft) {
        let texts = [
            (self.received, &mut d.received_at),
            (self.subject, &mut d.subject),
            (self.description, &mut d.description),
            (self.name, &mut d.name),
            (self.id_number, &mut d.id_number),
            (self.email, &mut d.email),
            (self.phone, &mut d.phone),
            (self.street, &mut d.street),
            (self.postal_code, &mut d.postal_code),
            (self.city, &mut d.city),
            (self.country, &mut d.country),
            (self.representative_email, &mut d.representative_email),
            (self.representative_phone, &mut d.representative_phone),
            (self.representative_firm, &mut d.representative_firm),
            (self.representative_street, &mut d.representative_street),
            (
                self.representative_postal_code,
                &mut d.representative_postal_code,
            ),
            (self.representative_city, &mut d.representative_city),
            (self.representative_country, &mut d.representative_country),
            (self.power_of_attorney_until, &mut d.power_of_attorney_until),
            (self.debt_cases, &mut d.debt_case_numbers),
            (self.creditor, &mut d.creditor),
            (self.amount, &mut d.amount),
            (self.remedy, &mut d.requested_remedy),
            (self.first_complaint, &mut d.first_complaint_on),
        ];
        for (given, slot) in texts {
            if let Some(value) = given {
                *slot = value;
            }
        }
        if let Some(name) = self.representative {
            // An empty name removes the representative.
            d.has_representative = !name.trim().is_empty();
            d.representative_name = name;
        }
        d.channel = self.channel.unwrap_or(d.channel);
        d.kind = self.kind.unwrap_or(d.kind);
        d.category = self.category.or(d.category);
        d.language = self.language.unwrap_or(d.language);
        d.power_of_attorney = self.power_of_attorney.unwrap_or(d.power_of_attorney);
        d.power_of_attorney_scope = self.power_of_attorney_scope.or(d.power_of_attorney_scope);
        d.complainant_type = self.complainant_type.or(d.complainant_type);
    }

    /// The power of attorney's file, read whole, when one was given.
    fn take_file(&mut self) -> Result<Option<NewCaseFile>, Failure> {
        let Some(path) = self.power_of_attorney_file.take() else {
            return Ok(None);
        };
        if !path.is_file() {
            return Err(Failure {
                message: fl!("error-no-file", path = path.display().to_string()),
                exit_code: 1,
            });
        }
        let bytes = std::fs::read(&path).map_err(|e| Failure::from(StoreError::from(e)))?;
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok(Some(NewCaseFile { file_name, bytes }))
    }
}

/// Saves the details (a new case when `id` is `None`), with the power of attorney's file.
fn save(
    store: &mut Store,
    id: Option<CaseId>,
    details: CaseDetails,
    file: Option<&NewCaseFile>,
) -> Result<klagomal_core::domain::Case, Failure> {
    Ok(store.save_case_with_power_of_attorney(id, details, file)?)
}

/// Registers a case and prints its number alone on standard output (for scripts), with the
/// confirmation on standard error.
pub fn new(
    store: &mut Store,
    mut fields: CaseFields,
    json: Option<PathBuf>,
) -> Result<(), Failure> {
    let file = fields.take_file()?;
    let details = match json {
        Some(path) => from_file(&path, store)?,
        None => {
            let mut draft = CaseDraft::new(store.now(), Channel::Letter);
            fields.apply(&mut draft);
            draft.parse(store.today()).map_err(invalid)?
        }
    };
    let case = save(store, None, details, file.as_ref())?;
    println!("{}", case.number);
    eprintln!(
        "{}",
        fl!("cli-case-created", number = case.number.to_string())
    );
    Ok(())
}

/// Changes the given fields of a case, or replaces its details with a file's.
pub fn edit(
    store: &mut Store,
    case: &str,
    mut fields: CaseFields,
    json: Option<PathBuf>,
) -> Result<(), Failure> {
    let file = fields.take_file()?;
    let case = store.case_by_number(case_number(case)?)?;
    let details = match json {
        Some(path) => from_file(&path, store)?,
        None => {
            let mut draft = CaseDraft::from_details(&case.details);
            fields.apply(&mut draft);
            draft.parse(store.today()).map_err(invalid)?
        }
    };
    let number = case.number.to_string();
    if save(store, Some(case.id), details, file.as_ref())?.details == case.details {
        println!("{}", fl!("cli-case-unchanged", number = number));
    } else {
        println!("{}", fl!("cli-case-updated", number = number));
    }
    Ok(())
}

/// A case's details from a JSON file, checked as the form checks them.
fn from_file(path: &Path, store: &Store) -> Result<CaseDetails, Failure> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| Failure {
        message: fl!(
            "error-json-unreadable",
            path = shown.clone(),
            detail = e.to_string()
        ),
        exit_code: 1,
    })?;
    let details: CaseDetails = serde_json::from_str(&text).map_err(|e| {
        let detail = e.to_string();
        // serde_json ends its message with the place, which the translation gives itself.
        let detail = detail
            .split(" at line ")
            .next()
            .unwrap_or_default()
            .to_owned();
        Failure {
            message: fl!(
                "error-json-case",
                path = shown.clone(),
                line = e.line(),
                column = e.column(),
                detail = detail
            ),
            exit_code: 1,
        }
    })?;
    details.checked(store.today()).map_err(invalid)
}

fn invalid(problems: Vec<Problem>) -> Failure {
    StoreError::Invalid(problems).into()
}
