//! Whom a letter goes to: the rule, in one place, for the address window, the greeting, the
//! subject line and the e-mail. With a valid power of attorney on file the representative,
//! otherwise the complainant.

use chrono::NaiveDate;

use crate::domain::{Addressee, Case, Mandate};

/// Why a letter goes where it goes; the composer words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecipientReason {
    /// The complainant has no representative.
    NoRepresentative,
    /// The representative holds a power of attorney valid on the letter's date.
    PowerOfAttorney,
    /// A representative is named but no power of attorney has come in.
    NoPowerOfAttorney,
    /// The representative's power of attorney ended on this day, before the letter's date.
    Expired(NaiveDate),
    /// The officer chose the complainant although the representative may receive it.
    ChosenComplainant,
}

/// Whom a letter goes to, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recipient {
    /// Complainant or representative.
    pub to: Addressee,
    /// Why.
    pub reason: RecipientReason,
}

impl Recipient {
    /// True when the officer should look twice: a representative is named but the letter goes
    /// to the complainant because the power of attorney is missing or has ended.
    pub fn is_warning(&self) -> bool {
        matches!(
            self.reason,
            RecipientReason::NoPowerOfAttorney | RecipientReason::Expired(_)
        )
    }
}

/// Why a letter cannot go to the representative as asked. Nothing is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RecipientError {
    /// The case names no representative.
    #[error("the case has no representative")]
    NoRepresentative,
    /// No power of attorney has come in.
    #[error("the representative has no power of attorney on file")]
    NoPowerOfAttorney,
    /// The power of attorney ended on this day.
    #[error("the power of attorney ended on {0}")]
    Expired(NaiveDate),
}

/// Whom a letter about `case` dated `date` goes to. By the rule when `asked` is `None`: the
/// representative when their power of attorney is valid on that date, otherwise the
/// complainant. The officer may ask for the complainant at any time, and for the
/// representative only with a valid power of attorney.
pub fn recipient(
    case: &Case,
    date: NaiveDate,
    asked: Option<Addressee>,
) -> Result<Recipient, RecipientError> {
    let mandate = case
        .details
        .representative
        .as_ref()
        .map(|r| r.mandate_on(date));
    let by_rule = match mandate {
        None => (Addressee::Complainant, RecipientReason::NoRepresentative),
        Some(Mandate::Missing) => (Addressee::Complainant, RecipientReason::NoPowerOfAttorney),
        Some(Mandate::Expired(on)) => (Addressee::Complainant, RecipientReason::Expired(on)),
        Some(Mandate::Valid) => (Addressee::Representative, RecipientReason::PowerOfAttorney),
    };
    let (to, reason) = match (asked, by_rule) {
        (Some(Addressee::Complainant), (Addressee::Representative, _)) => {
            (Addressee::Complainant, RecipientReason::ChosenComplainant)
        }
        (Some(Addressee::Representative), (Addressee::Complainant, _)) => {
            return Err(match mandate {
                None => RecipientError::NoRepresentative,
                Some(Mandate::Expired(on)) => RecipientError::Expired(on),
                Some(_) => RecipientError::NoPowerOfAttorney,
            });
        }
        (_, rule) => rule,
    };
    Ok(Recipient { to, reason })
}

/// The name a letter to `to` greets and addresses: the representative's or the complainant's.
pub fn addressee_name(case: &Case, to: Addressee) -> &str {
    let d = &case.details;
    match (to, &d.representative) {
        (Addressee::Representative, Some(r)) => &r.name,
        _ => &d.complainant.name,
    }
}

/// The address block for `to`: name (and the representative's firm), street, postal code and
/// city, country. No blank lines.
pub fn recipient_lines(case: &Case, to: Addressee) -> Vec<String> {
    let d = &case.details;
    match (to, &d.representative) {
        (Addressee::Representative, Some(r)) => {
            let mut lines = r.name_lines();
            lines.extend(super::address_lines("", &r.address));
            lines
        }
        _ => super::address_lines(&d.complainant.name, &d.complainant.address),
    }
}

/// The e-mail address for `to`, with the name to show; `None` when that person has none.
pub fn recipient_mailbox(case: &Case, to: Addressee) -> Option<(String, String)> {
    let d = &case.details;
    let email = match (to, &d.representative) {
        (Addressee::Representative, Some(r)) => r.email.trim(),
        _ => d.complainant.email.trim(),
    };
    (!email.is_empty()).then(|| (addressee_name(case, to).trim().to_owned(), email.to_owned()))
}
