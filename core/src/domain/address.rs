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
}
