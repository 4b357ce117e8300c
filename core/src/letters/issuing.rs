//! Issuing a letter on a case, in one sequence: the facts of the case read once
//! ([`read_facts`], or [`facts_for`] what the caller holds), the text from the template in use
//! ([`render_text`]), the PDF ([`pdf`]), and the letter kept on the case together with what it
//! means for the case (acknowledged, postponed, referred, answered), in one transaction
//! ([`issue`]).

use crate::domain::{
    Case, CaseId, ExtensionProblem, Language, Letter, LetterKind, NewLetter, Outcome, Settings,
    Status,
};
use crate::letters::statement::Unanswered;
use crate::letters::{self, Facts, LetterInput, TemplateError, pdf::PdfError};
use crate::store::{Batch, Store, StoreError};

/// Why a letter could not be produced. Nothing is stored when any of these happens.
#[derive(Debug, Clone, thiserror::Error)]
pub enum IssueError {
    /// Reading or writing the store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The template does not render.
    #[error(transparent)]
    Template(#[from] TemplateError),
    /// The PDF could not be made.
    #[error(transparent)]
    Pdf(#[from] PdfError),
    /// This kind of letter is not written from a template.
    #[error("this kind of letter has no template")]
    NotComposable,
    /// A statement needs the escalation it answers.
    #[error("a statement needs the escalation it answers")]
    NoEscalation,
    /// A statement is finalised only when every point is answered; these are not.
    #[error("the statement leaves {0:?} unanswered")]
    Unanswered(Vec<Unanswered>),
    /// A delay notice on a GDPR request breaks the limits of Art. 12(3) (see
    /// [`Case::extension_problems`]).
    #[error("the extension is not allowed: {0:?}")]
    Extension(Vec<ExtensionProblem>),
    /// The letter was asked to go to the representative, who may not receive it.
    #[error(transparent)]
    Recipient(#[from] letters::RecipientError),
    /// This kind of letter goes out only after a complaints manager's review: submit it.
    #[error("this kind of letter needs review before it goes out")]
    NeedsReview,
}

/// Reads the facts of a case a letter is written from: the case, the settings, the officer
/// signing (the store's actor) and the logo.
pub fn read_facts(store: &Store, case: CaseId) -> Result<Facts, IssueError> {
    facts_for(store, &store.case(case)?, &store.settings()?)
}

/// The facts for a case and settings the caller already holds (the window does); only the
/// officer signing and the logo are read from the store.
pub fn facts_for(store: &Store, case: &Case, settings: &Settings) -> Result<Facts, IssueError> {
    Ok(Facts {
        case: case.clone(),
        settings: settings.clone(),
        officer: store.officer(store.actor())?,
        logo: store.logo()?,
    })
}

/// The template text in use for a kind and language: the officers' own, or the default.
pub fn template_source(
    store: &Store,
    kind: LetterKind,
    language: Language,
) -> Result<String, IssueError> {
    match store.custom_template(kind, language)? {
        Some(source) => Ok(source),
        None => letters::default_template(kind, language)
            .map(str::to_owned)
            .ok_or(IssueError::NotComposable),
    }
}

/// The letter's text, rendered from the template in use (read from `store`) against the
/// facts, for the officer to read and edit.
pub fn render_text(
    store: &Store,
    facts: &Facts,
    input: &LetterInput,
) -> Result<String, IssueError> {
    needs_escalation(input)?;
    input.recipient(&facts.case).transpose()?;
    let source = template_source(store, input.kind, input.language)?;
    Ok(letters::render(&source, &letters::context(facts, input))?)
}

/// The PDF of a letter text, without keeping it (for a preview). Reads nothing.
pub fn pdf(facts: &Facts, input: &LetterInput, text: &str) -> Result<Vec<u8>, IssueError> {
    let layout = letters::layout(facts, input, text);
    Ok(letters::pdf::letter_pdf(&layout)?)
}

/// Makes the PDF and keeps the letter on the case, immutable, with its effect on the case, in
/// one transaction. A statement is refused while any of the complainant's points is
/// unanswered; a delay notice on a GDPR request that breaks Art. 12(3) (see
/// [`extension_problems`]); a final answer or referral while the case's current status does not
/// allow it.
pub fn issue(
    store: &mut Store,
    facts: &Facts,
    input: &LetterInput,
    text: &str,
) -> Result<(Letter, Vec<u8>), IssueError> {
    if facts.settings.review.needs_review(input.kind) {
        return Err(IssueError::NeedsReview);
    }
    let bytes = checked_pdf(facts, input, text)?;
    let letter = NewLetter {
        kind: input.kind,
        language: input.language,
        date: input.date,
        text: letters::tidy(text),
        pdf: bytes.clone(),
        addressee: input.addressee(&facts.case),
    };
    let effect = Effect::of(facts, input);
    let stored = store.batch(|b| {
        let stored = b.add_letter(facts.case.id, letter)?;
        apply_effect(b, facts.case.id, &effect)?;
        Ok(stored)
    })?;
    Ok((stored, bytes))
}

/// The checks every letter passes before it is kept or submitted, then its PDF: a statement
/// answers every point, a GDPR delay notice keeps to Art. 12(3), the recipient may receive it.
pub(super) fn checked_pdf(
    facts: &Facts,
    input: &LetterInput,
    text: &str,
) -> Result<Vec<u8>, IssueError> {
    needs_escalation(input)?;
    input.recipient(&facts.case).transpose()?;
    let unanswered = input.unanswered();
    if !unanswered.is_empty() {
        return Err(IssueError::Unanswered(unanswered));
    }
    let extension = extension_problems(facts, input);
    if !extension.is_empty() {
        return Err(IssueError::Extension(extension));
    }
    pdf(facts, input, text)
}

/// What keeps a delay notice on a GDPR request from going out: sent after the first month, no
/// reason, or a new date more than three months after receipt. Nothing for other letters and
/// other cases. The composer may ask before the officer issues.
pub fn extension_problems(facts: &Facts, input: &LetterInput) -> Vec<ExtensionProblem> {
    if input.kind != LetterKind::DelayNotice {
        return Vec::new();
    }
    let new_date = letters::new_answer_date(facts, input);
    facts
        .case
        .extension_problems(input.date, new_date, &input.delay_reason)
}

/// A statement is written from its escalation: without one there is nothing to answer.
fn needs_escalation(input: &LetterInput) -> Result<(), IssueError> {
    if input.kind == LetterKind::ArnStatement && input.escalation.is_none() {
        return Err(IssueError::NoEscalation);
    }
    Ok(())
}

/// What a kept letter does to its case: the kind, with what it states.
#[derive(Debug, Clone, Copy)]
pub(super) struct Effect {
    pub kind: LetterKind,
    /// The letter's date (an acknowledgement's date is the case's acknowledged date).
    pub date: chrono::NaiveDate,
    /// The outcome a final answer states.
    pub outcome: Outcome,
    /// The new answer date a delay notice states.
    pub new_answer_date: Option<chrono::NaiveDate>,
}

impl Effect {
    pub(super) fn of(facts: &Facts, input: &LetterInput) -> Effect {
        Effect {
            kind: input.kind,
            date: input.date,
            outcome: input.outcome,
            new_answer_date: (input.kind == LetterKind::DelayNotice)
                .then(|| letters::new_answer_date(facts, input)),
        }
    }
}

/// What sending a letter of this kind means for the case. The case is read again inside the
/// transaction, so that the change is made from its current status and dates, not from the
/// facts the letter was written from (which may be older).
pub(super) fn apply_effect(
    b: &mut Batch<'_>,
    id: CaseId,
    effect: &Effect,
) -> Result<(), StoreError> {
    let case = b.case(id)?;
    let (outcome, ack, due) = (case.outcome, case.acknowledged_on, case.answer_due_override);
    match effect.kind {
        LetterKind::Acknowledgement if ack.is_none() => {
            b.set_progress(id, outcome, Some(effect.date), due)?;
        }
        LetterKind::DelayNotice => {
            // The date the letter states.
            b.set_progress(id, outcome, ack, effect.new_answer_date.or(due))?;
        }
        LetterKind::Referral => move_to(
            b,
            id,
            case.status,
            Status::Referred,
            Outcome::Referred,
            ack,
            due,
        )?,
        LetterKind::FinalAnswer => move_to(
            b,
            id,
            case.status,
            Status::Answered,
            effect.outcome,
            ack,
            due,
        )?,
        _ => {}
    }
    Ok(())
}

pub(super) fn move_to(
    b: &mut Batch<'_>,
    id: CaseId,
    from: Status,
    to: Status,
    outcome: Outcome,
    ack: Option<chrono::NaiveDate>,
    due: Option<chrono::NaiveDate>,
) -> Result<(), StoreError> {
    // A second final answer (or referral) needs the case reopened first, with a reason.
    if from == to {
        return Err(StoreError::Transition(
            crate::domain::TransitionError::Already(to),
        ));
    }
    walk(b, id, from, to)?;
    b.set_progress(id, Some(outcome), ack, due)?;
    Ok(())
}

/// Moves the case from `from` to `to` along the allowed steps (none when it is there).
pub(super) fn walk(
    b: &mut Batch<'_>,
    id: CaseId,
    from: Status,
    to: Status,
) -> Result<(), StoreError> {
    if from == to {
        return Ok(());
    }
    let refused = StoreError::Transition(crate::domain::TransitionError::NotAllowed { from, to });
    for status in from.path_to(to).filter(|p| !p.is_empty()).ok_or(refused)? {
        b.change_status(id, status, None)?;
    }
    Ok(())
}
