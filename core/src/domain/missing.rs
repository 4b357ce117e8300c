//! What a complainant should give and has not: the list a request for information asks for.

use super::codes::coded_enum;
use super::{CaseDetails, CaseKind};

coded_enum! {
    /// One piece of information the investigation needs (industry practice; the company's policy
    /// names none).
    pub enum MissingItem as "missing item" {
        Name = "name",
        /// A phone number or an e-mail address.
        Contact = "contact",
        PostalAddress = "postal_address",
        /// Our case number or the complainant's personnummer, to find the collection case.
        Reference = "reference",
        /// What the complainant is dissatisfied with and what they think we did wrong.
        Description = "description",
        /// What the complainant wants.
        Remedy = "remedy",
        /// A power of attorney, when a representative writes for the complainant.
        PowerOfAttorney = "power_of_attorney",
        /// A personal-data request: proof that the request comes from the person (GDPR
        /// Art. 12(6)), until the officer has checked it.
        ProofOfIdentity = "proof_of_identity",
    }
}

impl CaseDetails {
    /// The information the case still lacks, in the order a letter should ask for it. A
    /// personal-data request needs no reason and no stated wish (the request is both), but
    /// may need proof of identity.
    pub fn missing_information(&self) -> Vec<MissingItem> {
        let personal_data = self.kind == CaseKind::PersonalData;
        let c = &self.complainant;
        let blank = |s: &str| s.trim().is_empty();
        let rep_without_poa = self
            .representative
            .as_ref()
            .is_some_and(|r| !r.power_of_attorney);
        [
            (MissingItem::Name, blank(&c.name)),
            (MissingItem::Contact, blank(&c.phone) && blank(&c.email)),
            (
                MissingItem::PostalAddress,
                blank(&c.address.street) || blank(&c.address.city),
            ),
            (
                MissingItem::Reference,
                self.debt_case_numbers.is_empty() && c.id_number.is_none(),
            ),
            (
                MissingItem::Description,
                !personal_data && blank(&self.description),
            ),
            (
                MissingItem::Remedy,
                !personal_data && blank(&self.requested_remedy),
            ),
            (MissingItem::PowerOfAttorney, rep_without_poa),
            (
                MissingItem::ProofOfIdentity,
                personal_data && !self.identity_verified,
            ),
        ]
        .into_iter()
        .filter_map(|(item, missing)| missing.then_some(item))
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Channel, IdNumber, Representative};

    fn complete() -> CaseDetails {
        let mut d = CaseDetails::new(
            chrono::NaiveDateTime::default(),
            Channel::Email,
            CaseKind::Complaint,
        );
        d.complainant.name = "Åsa Öberg".into();
        d.complainant.email = "asa@example.com".into();
        d.complainant.address.street = "Storgatan 1".into();
        d.complainant.address.postal_code = "111 22".into();
        d.complainant.address.city = "Stockholm".into();
        d.complainant.id_number = Some(IdNumber::Personnummer("19811218-9876".into()));
        d.description = "Fel avgift".into();
        d.requested_remedy = "Ta bort avgiften".into();
        d
    }

    #[test]
    fn each_gap_is_named() {
        assert_eq!(complete().missing_information(), vec![]);
        type Case = (fn(&mut CaseDetails), Vec<MissingItem>);
        let table: Vec<Case> = vec![
            (|d| d.complainant.name.clear(), vec![MissingItem::Name]),
            (|d| d.complainant.email.clear(), vec![MissingItem::Contact]),
            (
                |d| {
                    d.complainant.email.clear();
                    d.complainant.phone = "070-123 45 67".into();
                },
                vec![],
            ),
            (
                |d| d.complainant.address.city.clear(),
                vec![MissingItem::PostalAddress],
            ),
            (
                |d| d.complainant.id_number = None,
                vec![MissingItem::Reference],
            ),
            (
                |d| {
                    d.complainant.id_number = None;
                    d.debt_case_numbers = vec!["40077442".into()];
                },
                vec![],
            ),
            (
                |d| d.description = " ".into(),
                vec![MissingItem::Description],
            ),
            (|d| d.requested_remedy.clear(), vec![MissingItem::Remedy]),
            (
                |d| {
                    d.representative = Some(Representative {
                        name: "Advokat".into(),
                        ..Representative::default()
                    });
                },
                vec![MissingItem::PowerOfAttorney],
            ),
            (
                |d| d.kind = CaseKind::PersonalData,
                vec![MissingItem::ProofOfIdentity],
            ),
            (
                |d| {
                    d.kind = CaseKind::PersonalData;
                    d.description.clear();
                    d.requested_remedy.clear();
                },
                vec![MissingItem::ProofOfIdentity],
            ),
            (
                |d| {
                    d.kind = CaseKind::PersonalData;
                    d.identity_verified = true;
                },
                vec![],
            ),
            (
                |d| {
                    d.kind = CaseKind::PersonalData;
                    d.complainant.address.street.clear();
                },
                vec![MissingItem::PostalAddress, MissingItem::ProofOfIdentity],
            ),
        ];
        for (mutate, expected) in table {
            let mut d = complete();
            mutate(&mut d);
            assert_eq!(d.missing_information(), expected);
        }
    }
}
