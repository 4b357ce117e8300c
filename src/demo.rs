//! The demo store: a company profile, a few colleagues and synthetic cases, so that a newcomer
//! sees the product working in one command.

use crate::domain::{Address, Company};
use crate::store::{Result, Store};

/// Fills a new store with a made-up company and `cases` synthetic cases.
pub fn prepare(store: &mut Store, cases: u32) -> Result<()> {
    let mut settings = store.settings()?;
    settings.company = Company {
        name: "Exempel Inkasso AB".to_owned(),
        org_number: "556016-0680".to_owned(),
        address: Address {
            street: "Box 123".to_owned(),
            postal_code: "111 22".to_owned(),
            city: "Stockholm".to_owned(),
            country: String::new(),
        },
        phone: "08-123 456 00".to_owned(),
        email: "klagomal@example.com".to_owned(),
        web: "www.example.com".to_owned(),
        inkassonamnden_member: true,
    };
    store.save_settings(&settings)?;
    let mut me = store.officer(store.actor())?;
    me.name = "Eva Berg".to_owned();
    me.title = "Klagomålsansvarig".to_owned();
    store.update_officer(&me)?;
    crate::seed::seed_store(store, cases, 2026)?;
    Ok(())
}
