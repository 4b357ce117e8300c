//! The people who use the store: officers, and the roles that say what each may do.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::OfficerId;
use super::codes::coded_enum;

coded_enum! {
    /// What an officer may do. One person may hold several roles.
    pub enum Role as "role" {
        /// *Handläggare*: handles complaints (every officer who can sign in).
        Officer = "officer",
        /// *Klagomålsansvarig*: the complaints manager, who approves final answers.
        Manager = "manager",
        /// *Administratör*: adds and removes officers, sets roles, edits settings, templates
        /// and the logo.
        Admin = "admin",
    }
}

impl Role {
    /// The roles of a store's first officer, and of the officer of a store upgraded from a
    /// single passphrase: someone must be able to administer it.
    pub fn all() -> BTreeSet<Role> {
        Role::ALL.iter().copied().collect()
    }
}

/// A person who handles complaints. Referred to by id everywhere else (the audit log, notes,
/// letters), so that a name can change or be erased without breaking the history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Officer {
    /// Row id.
    pub id: OfficerId,
    /// Full name, as it is signed on letters.
    pub name: String,
    /// Title, e.g. *Klagomålsansvarig*.
    pub title: String,
    /// What they may do.
    pub roles: BTreeSet<Role>,
    /// False once removed: kept for the history, no longer able to sign in.
    pub active: bool,
}

impl Officer {
    /// An active officer with the role of officer only.
    pub fn new(id: OfficerId, name: &str, title: &str) -> Officer {
        Officer {
            id,
            name: name.to_owned(),
            title: title.to_owned(),
            roles: BTreeSet::from([Role::Officer]),
            active: true,
        }
    }

    /// True when the officer is active and holds `role`.
    pub fn may(&self, role: Role) -> bool {
        self.active && self.roles.contains(&role)
    }
}

/// The key by which sign-in finds an officer's name: trimmed, case and width of spaces ignored,
/// so that "karin  holm" finds "Karin Holm".
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_and_names() {
        let mut o = Officer::new(OfficerId(2), "Karin Holm", "");
        assert!(o.may(Role::Officer));
        assert!(!o.may(Role::Admin));
        o.roles = Role::all();
        assert!(o.may(Role::Admin) && o.may(Role::Manager));
        o.active = false;
        assert!(!o.may(Role::Officer), "a removed officer may nothing");
        for (a, b) in [
            ("Karin Holm", "karin holm"),
            ("  Karin   Holm ", "karin holm"),
            ("ÅSA ÖBERG", "åsa öberg"),
        ] {
            assert_eq!(name_key(a), b);
        }
        assert_eq!("manager".parse::<Role>(), Ok(Role::Manager));
        assert!("boss".parse::<Role>().is_err());
    }
}
