//! Synthetic cases for demos and benchmarks: realistic, varied and deterministic for a seed and a
//! date. Every person, number and text is made up.

pub mod data;
pub mod escalated;
mod history;

use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use history::{escalation, status_path, target_status};

use crate::domain::{
    Address, CaseDetails, CaseKind, Category, Channel, Complainant, Escalation, IdNumber, Language,
    Money, NewNote, NoteKind, OfficerId, Outcome, Representative, Status,
};
use crate::store::{Result, Store};

/// One synthetic case: its details and the history to replay onto it.
#[derive(Debug, Clone, PartialEq)]
pub struct SeedCase {
    /// What the complainant sent.
    pub details: CaseDetails,
    /// Status changes after registration, each with its time.
    pub path: Vec<(NaiveDateTime, Status)>,
    /// The outcome, once answered.
    pub outcome: Option<Outcome>,
    /// The day receipt was acknowledged.
    pub acknowledged_on: Option<NaiveDate>,
    /// Notes with their times.
    pub notes: Vec<(NaiveDateTime, NewNote)>,
    /// Index into the store's officers, if assigned.
    pub assignee: Option<usize>,
    /// The complainant took the case further, at this time: registering it is the case's last
    /// step and moves it to escalated.
    pub escalation: Option<(NaiveDateTime, Escalation)>,
}

impl SeedCase {
    /// The status the case has once its history is replayed.
    pub fn final_status(&self) -> Status {
        match (&self.escalation, self.path.last()) {
            (Some(_), _) => Status::Escalated,
            (None, Some((_, status))) => *status,
            (None, None) => Status::New,
        }
    }
}

/// Colleagues added to a store that has only its first officer, so that cases can be assigned.
const COLLEAGUES: [(&str, &str); 3] = [
    ("Maria Lindqvist", "Handläggare"),
    ("Johan Ekström", "Handläggare"),
    ("Sara Nordin", "Klagomålsansvarig"),
];

/// Cases registered per transaction while seeding.
const CHUNK: usize = 5_000;

/// Generates `n` cases received within two years before `now`, oldest first.
pub fn generate(n: u32, seed: u64, now: NaiveDateTime) -> Vec<SeedCase> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut cases: Vec<SeedCase> = (0..n).map(|_| one_case(&mut rng, now)).collect();
    cases.sort_by_key(|c| c.details.received_at);
    cases
}

/// Adds `n` generated cases to the store, with their histories; returns how many were added.
pub fn seed_store(store: &mut Store, n: u32, seed: u64) -> Result<u32> {
    let officers = ensure_colleagues(store)?;
    let cases = generate(n, seed, store.now());
    let now = store.now();
    for chunk in cases.chunks(CHUNK) {
        store.batch(|b| {
            for c in chunk {
                b.set_now(c.details.received_at);
                let id = b.create_case(c.details.clone())?.id;
                if let Some(i) = c.assignee {
                    b.assign(id, officers.get(i).copied())?;
                }
                for (at, note) in &c.notes {
                    b.set_now((*at).min(now));
                    b.add_note(id, note.clone())?;
                }
                for (at, status) in &c.path {
                    b.set_now((*at).min(now));
                    b.change_status(id, *status, None)?;
                }
                if c.outcome.is_some() || c.acknowledged_on.is_some() {
                    b.set_progress(id, c.outcome, c.acknowledged_on, None)?;
                }
                if let Some((at, escalation)) = &c.escalation {
                    b.set_now((*at).min(now));
                    b.escalate(id, escalation.clone())?;
                }
            }
            b.set_now(now);
            Ok(())
        })?;
    }
    Ok(n)
}

fn ensure_colleagues(store: &mut Store) -> Result<Vec<OfficerId>> {
    if store.officers()?.len() <= 1 {
        for (name, title) in COLLEAGUES {
            store.add_officer(crate::store::NewOfficer {
                name,
                title,
                roles: &std::collections::BTreeSet::from([crate::domain::Role::Officer]),
                passphrase: None,
            })?;
        }
    }
    Ok(store.officers()?.into_iter().map(|o| o.id).collect())
}

fn one_case(rng: &mut ChaCha8Rng, now: NaiveDateTime) -> SeedCase {
    let today = now.date();
    // Recent cases are over-represented, as in a real inbox: a third arrived within 30 days.
    let age = if rng.random_bool(0.33) {
        rng.random_range(0..30)
    } else {
        rng.random_range(30..730)
    };
    let received_on = today.checked_sub_days(Days::new(age)).unwrap_or(today);
    let time = NaiveTime::from_hms_opt(rng.random_range(7..18), rng.random_range(0..60), 0)
        .unwrap_or_default();
    // Nothing arrives later than now: today's complaints came in earlier today.
    let received_at = received_on.and_time(time).min(now);
    let (kind, category) = kind_and_category(rng);
    let mut details = CaseDetails::new(received_at, channel(rng), kind);
    fill_details(rng, &mut details, category);
    let target = target_status(rng, age, kind);
    let path = status_path(target);
    let step = |i: usize| received_at + chrono::Duration::hours(20 * (i as i64 + 1));
    let notes = (0..rng.random_range(0..=4))
        .map(|i| {
            let kind =
                [NoteKind::Note, NoteKind::PhoneCall, NoteKind::Decision][rng.random_range(0..3)];
            (
                step(i),
                NewNote {
                    kind,
                    text: data::note_text(rng, kind.code()),
                },
            )
        })
        .collect();
    let outcome = match target {
        Status::Answered | Status::Closed | Status::Escalated => Some(
            [Outcome::Upheld, Outcome::PartlyUpheld, Outcome::Rejected][rng.random_range(0..3)],
        ),
        Status::Referred => Some(Outcome::Referred),
        _ => None,
    };
    let acknowledged_on =
        (target != Status::New).then(|| received_on + Days::new(rng.random_range(0..3)));
    let mut path: Vec<(NaiveDateTime, Status)> = path
        .into_iter()
        .enumerate()
        .map(|(i, s)| (step(i + 4), s))
        .collect();
    let assignee = rng.random_bool(0.85).then(|| rng.random_range(0..4));
    // An escalated case got there by the body's letter, registered as an escalation.
    let escalation = match path.last() {
        Some(&(at, Status::Escalated)) => {
            path.pop();
            let at = at.min(now);
            Some((at, escalation(rng, &details, at.date(), today)))
        }
        _ => None,
    };
    SeedCase {
        path,
        details,
        outcome,
        acknowledged_on: acknowledged_on.filter(|d| *d <= today),
        notes,
        assignee,
        escalation,
    }
}

fn kind_and_category(rng: &mut ChaCha8Rng) -> (CaseKind, Category) {
    const COMPLAINT_CATEGORIES: [Category; 6] = [
        Category::Treatment,
        Category::HandlingError,
        Category::Fees,
        Category::PaymentPlan,
        Category::Communication,
        Category::Other,
    ];
    match rng.random_range(0..100) {
        0..70 => (
            CaseKind::Complaint,
            COMPLAINT_CATEGORIES[rng.random_range(0..COMPLAINT_CATEGORIES.len())],
        ),
        70..90 => (CaseKind::Objection, Category::DisputedClaim),
        _ => (CaseKind::PersonalData, Category::PersonalData),
    }
}

fn channel(rng: &mut ChaCha8Rng) -> Channel {
    match rng.random_range(0..100) {
        0..70 => Channel::Email,
        70..90 => Channel::Letter,
        90..97 => Channel::Phone,
        _ => Channel::Other,
    }
}

fn fill_details(rng: &mut ChaCha8Rng, d: &mut CaseDetails, category: Category) {
    let person = data::person(rng, (1940, 2004));
    let creditor = data::creditor(rng);
    let amount_kr = rng.random_range(60..40_000);
    let (subject, description) = data::complaint_text(rng, category.code(), creditor, amount_kr);
    d.category = Some(category);
    d.subject = subject;
    d.description = description;
    d.creditor = creditor.to_owned();
    d.amount_in_dispute = rng.random_bool(0.7).then_some(Money::kr(amount_kr));
    d.requested_remedy = data::remedy_text(rng, category.code());
    d.debt_case_numbers = (0..rng.random_range(1..=2))
        .map(|_| data::debt_case_number(rng))
        .collect();
    let today = d.received_on();
    d.complainant = Complainant {
        name: format!("{} {}", person.first_name, person.last_name),
        id_number: rng
            .random_bool(0.8)
            .then(|| IdNumber::parse(&person.personnummer, today).ok())
            .flatten(),
        address: Address {
            street: person.street,
            postal_code: person.postal_code,
            city: person.city,
            country: String::new(),
        },
        email: if d.channel == Channel::Email || rng.random_bool(0.4) {
            person.email
        } else {
            String::new()
        },
        phone: if rng.random_bool(0.6) {
            person.phone
        } else {
            String::new()
        },
        language: if rng.random_bool(0.05) {
            Language::En
        } else {
            Language::Sv
        },
        chosen_type: None,
    };
    if rng.random_bool(0.06) {
        let rep = data::person(rng, (1950, 1995));
        d.representative = Some(Representative {
            name: format!("{} {}", rep.first_name, rep.last_name),
            address: Address {
                street: rep.street,
                postal_code: rep.postal_code,
                city: rep.city,
                country: String::new(),
            },
            email: rep.email,
            power_of_attorney: rng.random_bool(0.7),
            ..Representative::default()
        });
    }
    if rng.random_bool(0.3) {
        d.first_complaint_on = d
            .received_on()
            .checked_sub_days(Days::new(rng.random_range(1..40)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::EscalationBody;

    fn now() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 24)
            .and_then(|d| d.and_hms_opt(8, 5, 0))
            .unwrap_or_default()
    }

    fn today() -> NaiveDate {
        now().date()
    }

    #[test]
    fn the_same_seed_gives_the_same_cases() {
        assert_eq!(generate(300, 7, now()), generate(300, 7, now()));
        assert_ne!(generate(50, 7, now()), generate(50, 8, now()));
    }

    #[test]
    fn generated_cases_are_valid_and_varied() {
        let cases = generate(2_000, 1, now());
        assert!(
            cases.iter().all(|c| c.details.received_at <= now()),
            "nothing from the future"
        );
        for c in &cases {
            assert_eq!(
                c.details.validate(today()),
                vec![],
                "{:?}",
                c.details.subject
            );
            let mut status = Status::New;
            for (_, next) in &c.path {
                assert!(status.transition(*next, None).is_ok(), "{status} -> {next}");
                status = *next;
            }
            if let Some((at, e)) = &c.escalation {
                assert_eq!(e.validate(today()), vec![], "{e:?}");
                assert!(!e.claims.is_empty() && *at <= now());
                assert!(status.path_to(Status::Escalated).is_some(), "{status}");
            }
        }
        for s in Status::ALL {
            assert!(cases.iter().any(|c| c.final_status() == *s), "no case {s}");
        }
        let escalated: Vec<_> = cases.iter().filter_map(|c| c.escalation.as_ref()).collect();
        assert!(escalated.iter().any(|(_, e)| e.decision.is_some()));
        assert!(escalated.iter().any(|(_, e)| e.open_deadline().is_some()));
        assert!(escalated.iter().any(|(_, e)| e.body == EscalationBody::Arn));
        for k in CaseKind::ALL {
            assert!(
                cases.iter().any(|c| c.details.kind == *k),
                "no case of kind {k}"
            );
        }
        assert!(
            cases
                .windows(2)
                .all(|w| w[0].details.received_at <= w[1].details.received_at)
        );
    }
}
