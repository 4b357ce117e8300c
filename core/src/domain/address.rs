//! A postal address, as it goes into the window of an envelope.

use serde::{Deserialize, Serialize};

/// A postal address as it goes into the window of an envelope.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Address {
    /// Street and number, possibly with c/o or apartment.
    pub street: String,
    /// `123 45`.
    pub postal_code: String,
    /// *Postort*.
    pub city: String,
    /// Empty for Sweden.
    pub country: String,
}

impl Address {
    /// True when no part of the address is filled in.
    pub fn is_empty(&self) -> bool {
        [&self.street, &self.postal_code, &self.city, &self.country]
            .iter()
            .all(|s| s.trim().is_empty())
    }

    /// The lines below the name: street, postcode and town, country (none for Sweden). A
    /// Swedish postcode is written as the Post writes it, "413 19", however it was typed.
    pub fn lines(&self) -> Vec<String> {
        let city = format!("{} {}", self.postcode(), self.city.trim());
        [self.street.trim(), city.trim(), self.country.trim()]
            .into_iter()
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    }

    /// The postcode, with a Swedish one's five digits as "NNN NN".
    pub fn postcode(&self) -> String {
        let code = self.postal_code.trim();
        let digits: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        let swedish = matches!(
            self.country.trim().to_lowercase().as_str(),
            "" | "sverige" | "sweden" | "se"
        );
        if swedish && digits.len() == 5 && digits.chars().all(|c| c.is_ascii_digit()) {
            format!("{} {}", &digits[..3], &digits[3..])
        } else {
            code.to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_swedish_postcode_is_written_as_the_post_writes_it() {
        let table = [
            ("41319", "", "413 19"),
            ("413 19", "", "413 19"),
            (" 413  19 ", "Sverige", "413 19"),
            ("0150", "Norge", "0150"),
            ("12345", "Deutschland", "12345"),
            ("SE-413 19", "", "SE-413 19"),
        ];
        for (typed, country, want) in table {
            let a = Address {
                postal_code: typed.into(),
                country: country.into(),
                ..Address::default()
            };
            assert_eq!(a.postcode(), want, "{typed:?} {country:?}");
        }
        let a = Address {
            street: "Björkvägen 7".into(),
            postal_code: "41319".into(),
            city: "Göteborg".into(),
            country: String::new(),
        };
        assert_eq!(a.lines(), ["Björkvägen 7", "413 19 Göteborg"]);
    }
}
