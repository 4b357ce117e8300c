//! The ways forward a final answer explains when it does not fully uphold the complaint. Which
//! ones apply depends on who complains (a consumer or a company) and about what (personal data).

use super::codes::coded_enum;
use super::{CaseDetails, CaseKind, ComplainantType};

coded_enum! {
    /// One way to have the matter looked at outside the company, or help on the way there.
    pub enum Route as "route" {
        /// The municipality's consumer advice (*konsumentvägledningen*): consumers only.
        ConsumerAdvice = "consumer_advice",
        /// Konsumenternas Bank- och finansbyrå: consumers only.
        Konsumenternas = "konsumenternas",
        /// Allmänna reklamationsnämnden: disputes from a consumer contract only.
        Arn = "arn",
        /// Svensk Inkasso's Inkassonämnden, where the company is a member.
        Inkassonamnden = "inkassonamnden",
        /// A general court, with the simplified procedure (*småmål*) below half a prisbasbelopp.
        Court = "court",
        /// Legal-expenses insurance (*rättsskydd*) and legal aid (*rättshjälp*).
        LegalCosts = "legal_costs",
        /// Finansinspektionen, the supervisor of debt collectors.
        Fi = "fi",
        /// A complaint to Integritetsskyddsmyndigheten (GDPR Art. 77).
        Imy = "imy",
        /// Proceedings in a court about the processing of personal data (GDPR Art. 79).
        DataProtectionCourt = "data_protection_court",
    }
}

impl CaseDetails {
    /// The routes a final answer on this case explains, in the order the letter gives them.
    /// A personal-data case has its own (IMY and a court); a company gets a court and FI, not
    /// the bodies that serve consumers only.
    pub fn routes(&self, inkassonamnden_member: bool) -> Vec<Route> {
        use Route::*;
        if self.kind == CaseKind::PersonalData {
            return vec![Imy, DataProtectionCourt];
        }
        let all = match self.complainant.complainant_type() {
            ComplainantType::Company => vec![Court, Fi],
            ComplainantType::Consumer => vec![
                ConsumerAdvice,
                Konsumenternas,
                Arn,
                Inkassonamnden,
                Court,
                LegalCosts,
                Fi,
            ],
        };
        all.into_iter()
            .filter(|r| *r != Inkassonamnden || inkassonamnden_member)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Channel, IdNumber};
    use Route::*;

    #[test]
    fn the_routes_follow_the_complainant_and_the_kind_of_case() {
        let org = Some(IdNumber::Organisationsnummer("556016-0680".into()));
        let person = Some(IdNumber::Personnummer("19811218-9876".into()));
        let consumer = vec![ConsumerAdvice, Konsumenternas, Arn, Court, LegalCosts, Fi];
        let table = [
            (
                CaseKind::Complaint,
                person.clone(),
                None,
                false,
                consumer.clone(),
            ),
            (
                CaseKind::Complaint,
                None,
                None,
                true,
                vec![
                    ConsumerAdvice,
                    Konsumenternas,
                    Arn,
                    Inkassonamnden,
                    Court,
                    LegalCosts,
                    Fi,
                ],
            ),
            (CaseKind::Objection, person.clone(), None, false, consumer),
            (
                CaseKind::Complaint,
                org.clone(),
                None,
                true,
                vec![Court, Fi],
            ),
            (
                CaseKind::Complaint,
                person.clone(),
                Some(ComplainantType::Company),
                false,
                vec![Court, Fi],
            ),
            (
                CaseKind::PersonalData,
                person,
                None,
                true,
                vec![Imy, DataProtectionCourt],
            ),
            (
                CaseKind::PersonalData,
                org,
                None,
                false,
                vec![Imy, DataProtectionCourt],
            ),
        ];
        for (kind, id_number, chosen, member, expected) in table {
            let mut d = CaseDetails::new(chrono::NaiveDateTime::default(), Channel::Email, kind);
            d.complainant.id_number = id_number;
            d.complainant.chosen_type = chosen;
            assert_eq!(d.routes(member), expected, "{kind} {chosen:?} {member}");
        }
    }
}
