//! How and when a kept letter left the company: by e-mail or by post.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::codes::coded_enum;
use super::{LetterId, OfficerId};

coded_enum! {
    /// How a letter was sent.
    pub enum SentVia as "sent-via" {
        /// Written as an e-mail for the mail program to send.
        Email = "email",
        /// Printed and posted.
        Post = "post",
    }
}

/// That a kept letter was sent. The letter itself stays as it was made; a letter may be sent
/// more than once (by e-mail, then by post).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dispatch {
    /// The letter sent.
    pub letter: LetterId,
    /// How.
    pub via: SentVia,
    /// The day it was sent.
    pub on: NaiveDate,
    /// Who sent it.
    pub officer: OfficerId,
    /// When this was recorded.
    pub recorded_at: NaiveDateTime,
}
