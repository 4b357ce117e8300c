//! Finding one person across cases, by the complainant's details only.

use super::{Result, Store};
use crate::domain::{CaseId, CaseNumber, Complainant, PersonMatch, PersonQuery};

impl Store {
    /// The cases whose complainant `query` identifies: an identity number (in any written form),
    /// an e-mail address, a phone number (compared in its national form) or, when the text is
    /// none of these, a name (for the officer to confirm). Another party of a case, such as a
    /// representative, is never what matched. Exact identifiers come first, then names; by case
    /// number within each.
    pub fn find_person(&self, query: &str) -> Result<Vec<PersonMatch>> {
        let Some(query) = PersonQuery::parse(query, self.today()) else {
            return Ok(Vec::new());
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, year, seq, json_extract(details, '$.complainant') FROM cases",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                CaseId(r.get(0)?),
                CaseNumber {
                    year: r.get(1)?,
                    seq: r.get(2)?,
                },
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut found = Vec::new();
        for row in rows {
            let (case_id, number, json) = row?;
            let complainant: Complainant = serde_json::from_str(&json)?;
            if let Some(matched_by) = query.matches(&complainant) {
                found.push(PersonMatch {
                    case_id,
                    number,
                    name: complainant.name,
                    matched_by,
                });
            }
        }
        found.sort_by_key(|m| (m.matched_by.to_confirm(), m.number));
        Ok(found)
    }
}
