//! Answering a person's request to rectify or erase their data: the change and the letter
//! that tells them, written in the language of their newest case.
//!
//! - A rectification and its confirmation are kept together, in one transaction, on the
//!   newest case that changed; the letter is written from the cases as they will read.
//! - An erasure's letter is written before the erasure, from the cases as they were; it holds
//!   the data that is then erased, so it is handed back to be sent and is not kept. A refusal
//!   (every case held) is kept on the newest case, as every letter sent is.

use super::AccessLetterError;
use super::{PersonFacts, erasure_letter, rectification_letter};
use crate::domain::{
    Addressee, Case, CaseId, Correction, Disclosure, Language, LetterKind, NewLetter,
};
use crate::store::{Erasure, Rectified, Store, StoreError};

/// Why a request was not answered.
#[derive(Debug, Clone, thiserror::Error)]
pub enum AnswerError {
    /// The store refused or failed (a legal hold, a role, a wrong value).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The letter could not be made; nothing was changed.
    #[error(transparent)]
    Letter(#[from] AccessLetterError),
    /// The erasure's letter could not be saved where asked; nothing was erased.
    #[error("the letter could not be saved: {0}")]
    Save(std::sync::Arc<std::io::Error>),
}

/// A letter to the person: its text and PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonLetter {
    /// The language it is written in.
    pub language: Language,
    /// The text as sent.
    pub text: String,
    /// The PDF.
    pub pdf: Vec<u8>,
}

/// A rectification done and its confirmation, kept on the newest changed case.
#[derive(Debug, Clone)]
pub struct RectificationAnswer {
    /// What changed.
    pub rectified: Rectified,
    /// The confirmation letter.
    pub letter: PersonLetter,
    /// The case it is kept on.
    pub kept_on: CaseId,
    /// The recipients of earlier disclosures, who must be told (Art. 19), as the letter names
    /// them.
    pub recipients: Vec<Disclosure>,
}

/// An erasure done (or refused) and the letter that answers it.
#[derive(Debug, Clone)]
pub struct ErasureAnswer {
    /// What was erased and what is held.
    pub erasure: Erasure,
    /// The answer to the person.
    pub letter: PersonLetter,
    /// Whether nothing was erased because every case of the person is under a legal hold.
    pub refused: bool,
    /// The case a refusal is kept on; `None` when something was erased (the letter holds the
    /// erased data and is not kept).
    pub kept_on: Option<CaseId>,
    /// The recipients of earlier disclosures, who must be told (Art. 19).
    pub recipients: Vec<Disclosure>,
}

/// The person's cases, oldest first, and the disclosures made from them.
fn read(store: &Store, person: &str) -> Result<(Vec<Case>, Vec<Disclosure>), StoreError> {
    let mut cases: Vec<Case> = store
        .person_cases(person)?
        .into_iter()
        .map(|(id, _)| store.case(id))
        .collect::<Result<_, _>>()?;
    cases.sort_by_key(|c| (c.details.received_at, c.id));
    let disclosures = cases
        .iter()
        .map(|c| store.disclosures(Some(c.id)))
        .collect::<Result<Vec<_>, _>>()?
        .concat();
    Ok((cases, disclosures))
}

/// The disclosures to others than the person, whom a rectification or erasure must reach.
fn others(disclosures: &[Disclosure]) -> Vec<Disclosure> {
    disclosures
        .iter()
        .filter(|d| d.disclosure.to != crate::domain::Recipient::DataSubject)
        .cloned()
        .collect()
}

/// Rectifies one detail of the person `person` identifies in every case of theirs and keeps
/// the confirmation letter on the newest case that changed, in one transaction. Refused when
/// no case changes.
pub fn rectify(
    store: &mut Store,
    person: &str,
    correction: &Correction,
    reason: &str,
) -> Result<RectificationAnswer, AnswerError> {
    let (mut cases, disclosures) = read(store, person)?;
    // The letter goes to the person as the cases will read: a new address is where it goes.
    let mut changed: Vec<CaseId> = Vec::new();
    for case in &mut cases {
        if correction.apply(&mut case.details.complainant).is_some() {
            changed.push(case.id);
        }
    }
    let Some(&kept_on) = changed.last() else {
        return Err(StoreError::Correction(crate::domain::CorrectionProblem::Unchanged).into());
    };
    let language = language_of(&cases);
    let sender = Sender::read(store)?;
    let facts = sender.facts(&cases, &disclosures);
    let date = store.today();
    let (text, pdf) = rectification_letter(
        facts,
        language,
        date,
        correction.field(),
        &correction.text(),
    )?;
    let targets: Vec<_> = cases.iter().map(|c| (c.id, c.number)).collect();
    let kept = NewLetter {
        kind: LetterKind::Rectification,
        language,
        date,
        text: text.clone(),
        pdf: pdf.clone(),
        addressee: Some(Addressee::Complainant),
    };
    let rectified = store.batch(|b| {
        let done = b.rectify(&targets, correction, reason)?;
        b.add_letter(kept_on, kept)?;
        Ok(done)
    })?;
    Ok(RectificationAnswer {
        rectified,
        letter: PersonLetter {
            language,
            text,
            pdf,
        },
        kept_on,
        recipients: others(&disclosures),
    })
}

/// Erases the person `person` identifies (see [`Store::erase_person`]) and writes the answer:
/// what was erased and what is kept under a legal hold, and why. When every case is held
/// nothing is erased ([`ErasureAnswer::refused`]) and the refusal is kept on the newest case.
/// Only a complaints manager or an administrator may erase.
///
/// `save` is given the letter before anything is erased (and again if a hold changed in the
/// meantime), so that the answer is on disk before the data it speaks of is gone: when it
/// fails, nothing is erased.
pub fn erase(
    store: &mut Store,
    person: &str,
    save: &mut dyn FnMut(&PersonLetter) -> std::io::Result<()>,
) -> Result<ErasureAnswer, AnswerError> {
    let (cases, disclosures) = read(store, person)?;
    let language = language_of(&cases);
    let sender = Sender::read(store)?;
    let date = store.today();
    let plan = store.erase_person(person, true)?;
    let erased: Vec<_> = plan.erased().map(|c| c.number).collect();
    let facts = sender.facts(&cases, &disclosures);
    // Written before anything changes: a letter that cannot be made stops the erasure.
    let (text, pdf) = erasure_letter(facts, language, date, &erased, &plan.held)?;
    let mut letter = PersonLetter {
        language,
        text,
        pdf,
    };
    save(&letter).map_err(|e| AnswerError::Save(e.into()))?;
    if erased.is_empty() {
        let newest = cases.last().map(|c| c.id);
        if let Some(id) = newest {
            store.add_letter(
                id,
                NewLetter {
                    kind: LetterKind::Erasure,
                    language,
                    date,
                    text: letter.text.clone(),
                    pdf: letter.pdf.clone(),
                    addressee: Some(Addressee::Complainant),
                },
            )?;
        }
        return Ok(ErasureAnswer {
            erasure: Erasure {
                dry_run: false,
                ..plan
            },
            letter,
            refused: true,
            kept_on: newest,
            recipients: Vec::new(),
        });
    }
    let erasure = store.erase_person(person, false)?;
    let done: Vec<_> = erasure.erased().map(|c| c.number).collect();
    if done != erased {
        // A hold set or lifted in the meantime: the letter says what really happened.
        let (text, pdf) = erasure_letter(facts, language, date, &done, &erasure.held)?;
        letter = PersonLetter {
            language,
            text,
            pdf,
        };
        save(&letter).map_err(|e| AnswerError::Save(e.into()))?;
    }
    Ok(ErasureAnswer {
        erasure,
        letter,
        refused: false,
        kept_on: None,
        recipients: others(&disclosures),
    })
}

/// Who writes: the company's settings and logo, and the signed-in officer who signs.
struct Sender {
    settings: crate::domain::Settings,
    logo: Option<Vec<u8>>,
    officer: crate::domain::Officer,
}

impl Sender {
    fn read(store: &Store) -> Result<Sender, StoreError> {
        Ok(Sender {
            settings: store.settings()?,
            logo: store.logo()?,
            officer: store.officer(store.actor())?,
        })
    }

    fn facts<'a>(&'a self, cases: &'a [Case], disclosures: &'a [Disclosure]) -> PersonFacts<'a> {
        PersonFacts {
            cases,
            disclosures,
            settings: &self.settings,
            officer: &self.officer,
            logo: self.logo.as_deref(),
        }
    }
}

/// The language of the person's newest case.
fn language_of(cases: &[Case]) -> Language {
    cases
        .last()
        .map_or(Language::Sv, |c| c.details.complainant.language)
}
