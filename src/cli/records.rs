//! What `klagomal show` lists after the case itself: the correspondence, the letters, the
//! external reviews and the disclosures, as text for people and as JSON fields for scripts.

use klagomal_core::domain::{
    CaseId, Disclosure, Escalation, EscalationId, Letter, Message, Officer, OfficerId, file_size,
};
use klagomal_core::fl;
use klagomal_core::i18n::{label, message};
use klagomal_core::store::Store;
use serde_json::{Map, Value, json};

/// How many lines of a message's text the listing shows.
const FIRST_LINES: usize = 3;

/// A case's messages, letters and escalations, read together.
pub struct Records {
    messages: Vec<Message>,
    letters: Vec<Letter>,
    escalations: Vec<(EscalationId, Escalation)>,
    disclosures: Vec<Disclosure>,
    number: String,
}

impl Records {
    /// Reads them from the store.
    pub fn load(store: &Store, case: CaseId) -> klagomal_core::store::Result<Records> {
        Ok(Records {
            messages: store.messages(case)?,
            letters: store.letters(case)?,
            escalations: store.escalations(case)?,
            disclosures: store.disclosures(Some(case))?,
            number: store.case(case)?.number.to_string(),
        })
    }

    /// The fields `messages`, `letters` and `escalations` of `show --json`.
    pub fn json(&self, officers: &[Officer]) -> Map<String, Value> {
        let messages = self.messages.iter().map(|m| {
            let attachments: Vec<Value> = m
                .attachments
                .iter()
                .map(|a| json!({ "name": a.file_name, "content_type": a.content_type, "size": a.size, "sha256": a.sha256 }))
                .collect();
            json!({
                "at": m.at,
                "direction": m.direction,
                "channel": m.channel,
                "from": m.from,
                "subject": m.subject,
                "text": m.body,
                "attachments": attachments,
            })
        });
        let letters = self.letters.iter().map(|l| {
            json!({
                "at": l.created_at,
                "kind": l.kind,
                "officer": name_of(officers, l.officer),
                "sent": l.date,
                "language": l.language,
                "approved_by": l.approved_by.map(|o| name_of(officers, o)),
                "approved_at": l.approved_at,
                "self_approved": l.self_approved,
            })
        });
        let escalations = self.escalations.iter().map(|(_, e)| json!(e));
        let mut fields = Map::new();
        fields.insert("messages".into(), messages.collect());
        fields.insert("letters".into(), letters.collect());
        fields.insert("escalations".into(), escalations.collect());
        let disclosures = self.disclosures.iter();
        let disclosures = disclosures.map(|d| super::disclosure::row_json(&self.number, d));
        fields.insert("disclosures".into(), disclosures.collect());
        fields
    }

    /// Prints the correspondence and the letters under their headings.
    pub fn print(&self, officers: &[Officer]) {
        println!("\n{}", message("show-correspondence"));
        if self.messages.is_empty() {
            println!("  {}", message("show-no-correspondence"));
        }
        for m in &self.messages {
            print_message(m);
        }
        println!("\n{}", message("show-letters"));
        if self.letters.is_empty() {
            println!("  {}", message("show-no-letters"));
        }
        for l in &self.letters {
            println!(
                "  {} · {} · {} · {}",
                l.created_at.format("%Y-%m-%d %H:%M"),
                label("letter-kind", l.kind.code()),
                name_of(officers, l.officer),
                fl!("show-letter-dated", date = l.date.to_string())
            );
            if let (Some(by), Some(at)) = (l.approved_by, l.approved_at) {
                let (by, at) = (name_of(officers, by), at.format("%Y-%m-%d").to_string());
                let said = if l.self_approved {
                    fl!("show-letter-self-approved", by = by, at = at)
                } else {
                    fl!("show-letter-approved", by = by, at = at)
                };
                println!("    {said}");
            }
        }
        println!("\n{}", message("show-disclosures"));
        if self.disclosures.is_empty() {
            println!("  {}", message("show-no-disclosures"));
        }
        for d in &self.disclosures {
            super::disclosure::print_row(&self.number, d);
        }
    }
}

fn print_message(m: &Message) {
    let mut head = vec![
        m.at.format("%Y-%m-%d %H:%M").to_string(),
        label("direction", m.direction.code()),
        label("channel", m.channel.code()),
    ];
    head.extend(
        [&m.from, &m.subject]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .cloned(),
    );
    println!("  {}", head.join(" · "));
    let lines: Vec<&str> = m.body.lines().filter(|l| !l.trim().is_empty()).collect();
    for line in lines.iter().take(FIRST_LINES) {
        println!("    {line}");
    }
    if lines.len() > FIRST_LINES {
        println!("    …");
    }
    if !m.attachments.is_empty() {
        let files: Vec<String> = m
            .attachments
            .iter()
            .map(|a| format!("{} ({})", a.file_name, file_size(a.size)))
            .collect();
        println!("    {}", fl!("show-attachments", files = files.join(", ")));
    }
}

fn name_of(officers: &[Officer], id: OfficerId) -> String {
    officers
        .iter()
        .find(|o| o.id == id)
        .map(|o| o.name.clone())
        .unwrap_or_default()
}
