//! The demo store: a company profile, a few colleagues and synthetic cases, so that a newcomer
//! sees the product working in one command.

use crate::domain::{
    Address, Channel, Company, CustomerService, Direction, LetterKind, NewAttachment, NewMessage,
    Outcome, Status,
};
use crate::letters::LetterInput;
use crate::letters::issuing::{self, IssueError};
use crate::letters::review;
use crate::store::{InboxFilter, SortKey};
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
        customer_service: CustomerService {
            phone: "08-123 456 10".to_owned(),
            email: "kundtjanst@example.com".to_owned(),
            hours: "vardagar 9–16".to_owned(),
        },
    };
    store.save_settings(&settings)?;
    let mut me = store.officer(store.actor())?;
    me.name = "Eva Berg".to_owned();
    me.title = "Klagomålsansvarig".to_owned();
    store.update_officer(&me)?;
    crate::seed::seed_store(store, cases, 2026)?;
    add_mails(store, &settings.company.email)?;
    add_drafts(store)
}

/// The cases waiting for review get the final answer their officer submitted, so that the
/// review queue has drafts to approve or return.
fn add_drafts(store: &mut Store) -> Result<()> {
    let filter = InboxFilter {
        status: Some(Status::AwaitingReview),
        ..InboxFilter::default()
    };
    let me = store.actor();
    for (n, id) in store
        .inbox_ids(&filter, SortKey::Received, false)?
        .into_iter()
        .enumerate()
    {
        let case = store.case(id)?;
        let mut input = LetterInput::new(
            LetterKind::FinalAnswer,
            case.details.complainant.language,
            store.today(),
        );
        input.outcome = [Outcome::Rejected, Outcome::PartlyUpheld, Outcome::Upheld][n % 3];
        input.reasons = REASONS[n % REASONS.len()].to_owned();
        let submitted = store.acting_as(case.assignee.unwrap_or(me), |store| {
            let facts = issuing::read_facts(store, id)?;
            let text = issuing::render_text(store, &facts, &input)?;
            review::submit(store, &facts, &input, &text)
        })?;
        match submitted {
            Ok(_) => {}
            Err(IssueError::Store(e)) => return Err(e),
            // A made-up case the template cannot answer is left without a draft.
            Err(_) => {}
        }
    }
    Ok(())
}

/// Reasons an officer might give, for the demo's drafts.
const REASONS: [&str; 3] = [
    "Vi har gått igenom ärendet och samtalet. Avgiften togs ut enligt inkassolagen och förordningen om ersättning för inkassokostnader, eftersom betalningen kom in efter förfallodagen.",
    "Påminnelseavgiften borde inte ha tagits ut, eftersom betalningen kom in i tid. Vi tar bort avgiften på 60 kr. Kravet i övrigt kvarstår.",
    "Vår handläggare borde ha svarat dig inom den tid vi lovade. Vi ber om ursäkt för det och har gått igenom rutinerna med våra handläggare.",
];

/// The complaint e-mail itself on the newest cases that came by e-mail, some with an attachment,
/// so that the correspondence tab has something to show.
fn add_mails(store: &mut Store, company_email: &str) -> Result<()> {
    let newest = store.inbox_ids(&InboxFilter::default(), SortKey::Received, true)?;
    for (n, id) in newest.into_iter().take(80).enumerate() {
        let case = store.case(id)?;
        let d = &case.details;
        if d.channel != Channel::Email || d.complainant.email.is_empty() {
            continue;
        }
        let attachments = match n % 3 {
            0 => vec![NewAttachment {
                file_name: "kontoutdrag.txt".to_owned(),
                content_type: "text/plain; charset=utf-8".to_owned(),
                bytes: statement(d).into_bytes(),
            }],
            _ => Vec::new(),
        };
        let mail = NewMessage {
            direction: Direction::Inbound,
            channel: Channel::Email,
            at: d.received_at,
            from: format!("{} <{}>", d.complainant.name, d.complainant.email),
            to: company_email.to_owned(),
            subject: d.subject.clone(),
            body: d.description.clone(),
            message_id: Some(format!("<demo-{}@example.com>", case.number)),
            raw: None,
            content_hash: None,
            attachments,
        };
        store.add_message(id, mail)?;
    }
    Ok(())
}

/// A short made-up bank statement line list, as a complainant might attach.
fn statement(d: &crate::domain::CaseDetails) -> String {
    let amount = d
        .amount_in_dispute
        .map(|m| m.to_string())
        .unwrap_or_else(|| "1 250 kr".to_owned());
    format!(
        "Kontoutdrag\n\nDatum       Text                         Belopp\n{}  Betalning {}   -{}\n",
        d.received_at.date(),
        d.debt_case_numbers
            .first()
            .map(String::as_str)
            .unwrap_or(""),
        amount
    )
}
