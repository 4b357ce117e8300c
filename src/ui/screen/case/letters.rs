//! The letters section of a case: compose a letter from its template, edit the text, see the
//! page, create the PDF (kept on the case for good), and save, open or print any kept letter.

use iced::widget::{
    Column, button, column, container, pick_list, row, text, text_editor, text_input,
};
use iced::{Element, Length, Task};

use super::kept;
use super::statement::{self, Escalations};
use crate::describe;
use crate::ui::{Choice, Session, job, letter_choices, style};
use klagomal_core::domain::{Case, Language, Letter, LetterKind, Outcome, Status};
use klagomal_core::fl;
use klagomal_core::i18n::{LOADER, label};
use klagomal_core::letters::issuing::{self, IssueError};
use klagomal_core::letters::{
    LetterInput, letter_recipient, pdf::long_address_lines, split_subject,
};

/// The editor of the letter's text.
pub const TEXT: &str = "letter-text";
/// The create-PDF button.
pub const CREATE: &str = "letter-create";

/// The composer's state.
#[derive(Debug)]
pub struct Composer {
    kind: LetterKind,
    language: Language,
    outcome: Outcome,
    reasons: text_editor::Content,
    remedy: String,
    delay_reason: String,
    new_date: String,
    statement: statement::Answers,
    text: text_editor::Content,
    /// The kind and language the text was last filled in for.
    filled: Option<(LetterKind, Language)>,
    notice: Option<String>,
    /// The letter is being made and kept (a background job): the create button waits.
    creating: bool,
    kept: kept::Kept,
}

/// What happens in the composer.
#[derive(Debug, Clone)]
pub enum Message {
    Kind(LetterKind),
    Language(Language),
    Outcome(Outcome),
    Reasons(text_editor::Action),
    Remedy(String),
    DelayReason(String),
    NewDate(String),
    Statement(statement::Message),
    Fill,
    Edit(text_editor::Action),
    Create,
    /// The letter was made and kept on the case, or why not.
    Created(Result<(), IssueError>),
    Kept(kept::Message),
}

/// What the case screen does next.
pub enum Effect {
    None,
    Run(Task<Message>),
    /// A letter was kept: reload the case.
    Created,
}

impl Composer {
    /// A composer for a case: the language follows the complainant's; an escalated case is
    /// most likely answered with a statement.
    pub fn new(case: &Case) -> Composer {
        let mut composer = Composer {
            kind: LetterKind::Acknowledgement,
            language: case.details.complainant.language,
            outcome: Outcome::Rejected,
            reasons: text_editor::Content::new(),
            remedy: String::new(),
            delay_reason: String::new(),
            new_date: String::new(),
            statement: statement::Answers::default(),
            text: text_editor::Content::new(),
            filled: None,
            notice: None,
            creating: false,
            kept: kept::Kept::default(),
        };
        if case.status == Status::Escalated {
            composer.choose_kind(LetterKind::ArnStatement);
        }
        composer
    }

    /// True when the officer has written something not yet kept.
    pub fn has_draft(&self) -> bool {
        !self.text.text().trim().is_empty()
            || !self.reasons.text().trim().is_empty()
            || self.statement.has_draft()
    }

    /// Follows the case's escalations after they were (re)loaded.
    pub fn sync(&mut self, escalations: &Escalations) {
        self.statement.sync(escalations);
    }

    pub fn update(
        &mut self,
        message: Message,
        case: &Case,
        escalations: &Escalations,
        session: &mut Session,
    ) -> Effect {
        match message {
            Message::Kind(kind) => self.choose_kind(kind),
            Message::Language(language) => self.language = language,
            Message::Outcome(outcome) => self.outcome = outcome,
            Message::Reasons(action) => self.reasons.perform(action),
            Message::Remedy(v) => self.remedy = v,
            Message::DelayReason(v) => self.delay_reason = v,
            Message::NewDate(v) => self.new_date = v,
            Message::Statement(m) => self.statement.update(m, escalations),
            Message::Edit(action) => self.text.perform(action),
            Message::Fill => self.fill(case, escalations, session),
            Message::Create => return self.create(case, escalations, session),
            Message::Created(result) => return self.created(result),
            Message::Kept(m) => match self.kept.update(m, case, session) {
                kept::Effect::None => {}
                kept::Effect::Notice(notice) => self.notice = Some(notice),
                kept::Effect::Run(task) => return Effect::Run(task.map(Message::Kept)),
            },
        }
        Effect::None
    }

    /// A statement goes to a Swedish body, so it is written in Swedish unless the officer
    /// chooses otherwise.
    fn choose_kind(&mut self, kind: LetterKind) {
        if kind == LetterKind::ArnStatement && self.kind != kind {
            self.language = Language::Sv;
        }
        self.kind = kind;
    }

    fn input(&self, escalations: &Escalations, session: &Session) -> LetterInput {
        let mut input = LetterInput::new(self.kind, self.language, session.store.today());
        input.outcome = self.outcome;
        input.reasons = self.reasons.text();
        input.remedy_given = self.remedy.clone();
        input.delay_reason = self.delay_reason.clone();
        input.new_answer_date = self.new_date.trim().parse().ok();
        if self.kind == LetterKind::ArnStatement {
            self.statement.fill_input(&mut input, escalations);
        }
        input
    }

    /// Whether the letter may be created: a text, and for a statement every point answered.
    fn ready(&self, escalations: &Escalations) -> bool {
        !self.text.text().trim().is_empty()
            && (self.kind != LetterKind::ArnStatement || self.statement.complete(escalations))
    }

    /// Fills the text from the template in use and the officer's input.
    fn fill(&mut self, case: &Case, escalations: &Escalations, session: &Session) {
        let input = self.input(escalations, session);
        let facts = issuing::facts_for(&session.store, case, &session.settings);
        match facts.and_then(|facts| issuing::render_text(&session.store, &facts, &input)) {
            Ok(text) => {
                self.text = text_editor::Content::with_text(&text);
                self.filled = Some((self.kind, self.language));
                self.notice = None;
            }
            Err(e) => self.notice = Some(describe::issue_error(&LOADER, &e)),
        }
    }

    /// Makes the PDF and keeps the letter as a background job with its own connection (the PDF
    /// takes a moment); a second click while it runs does nothing.
    fn create(&mut self, case: &Case, escalations: &Escalations, session: &Session) -> Effect {
        let text = self.text.text();
        if self.creating || text.trim().is_empty() {
            return Effect::None;
        }
        let input = self.input(escalations, session);
        // The window already holds the case and the settings; the job reads only the officer
        // and the logo, on its own connection.
        let (case, settings, reopen) = (case.clone(), session.settings.clone(), session.reopen());
        self.creating = true;
        Effect::Run(job::once(
            move || {
                let mut store = reopen.open()?;
                let facts = issuing::facts_for(&store, &case, &settings)?;
                issuing::issue(&mut store, &facts, &input, &text).map(|_| ())
            },
            Message::Created,
        ))
    }

    /// Empties the composer once the letter is kept, or says why it was not.
    fn created(&mut self, result: Result<(), IssueError>) -> Effect {
        self.creating = false;
        match result {
            Ok(()) => {
                self.text = text_editor::Content::new();
                self.reasons = text_editor::Content::new();
                if self.kind == LetterKind::ArnStatement {
                    self.statement.clear();
                }
                self.filled = None;
                self.notice = Some(fl!("letter-created"));
                Effect::Created
            }
            Err(e) => {
                self.notice = Some(describe::issue_error(&LOADER, &e));
                Effect::None
            }
        }
    }

    /// Draws the composer and the kept letters.
    pub fn view<'a>(
        &'a self,
        case: &'a Case,
        letters: &'a [Letter],
        escalations: &'a Escalations,
        session: &'a Session,
    ) -> Element<'a, Message> {
        let input = self.input(escalations, session);
        let editor = column![
            letter_choices(self.kind, self.language, Message::Kind, Message::Language),
            self.inputs(escalations),
            row![
                button(text(fl!("letter-fill"))).on_press(Message::Fill),
                text(fl!("letter-fill-hint"))
                    .size(style::size::SMALL)
                    .style(style::muted)
            ]
            .spacing(style::space::M)
            .align_y(iced::Alignment::Center),
            text_editor(&self.text)
                .id(TEXT)
                .on_action(Message::Edit)
                .height(style::dim::EDITOR_LETTER)
                .padding(style::space::S),
            self.warnings(case, &input, session),
            container(self.create_button(escalations)).id(CREATE),
        ]
        .spacing(style::space::S)
        .width(Length::FillPortion(1));
        let mut side = column![self.preview(case, &input, session)]
            .spacing(style::space::M)
            .width(Length::FillPortion(1));
        side = side.push(self.kept.view(letters).map(Message::Kept));
        let mut page =
            column![row![editor, side].spacing(style::space::L)].spacing(style::space::M);
        if let Some(notice) = &self.notice {
            page = page.push(text(notice.as_str()).style(style::muted));
        }
        page.into()
    }

    /// Enabled when the letter is ready; says so while it is being made.
    fn create_button(&self, escalations: &Escalations) -> Element<'_, Message> {
        if self.creating {
            return button(text(fl!("letter-creating"))).into();
        }
        button(text(fl!("letter-create")))
            .on_press_maybe(self.ready(escalations).then_some(Message::Create))
            .into()
    }

    /// The officer's own input for the chosen kind.
    fn inputs<'a>(&'a self, escalations: &'a Escalations) -> Element<'a, Message> {
        let mut col = Column::new().spacing(style::space::XS);
        match self.kind {
            LetterKind::FinalAnswer => {
                let outcomes = Choice::all(
                    &[Outcome::Upheld, Outcome::PartlyUpheld, Outcome::Rejected],
                    |o| label("outcome", o.code()),
                );
                col = col
                    .push(pick_list(
                        outcomes.clone(),
                        Choice::find(&outcomes, self.outcome),
                        |c: Choice<Outcome>| Message::Outcome(c.value),
                    ))
                    .push(text(fl!("letter-reasons")).size(style::size::LABEL))
                    .push(
                        text_editor(&self.reasons)
                            .on_action(Message::Reasons)
                            .height(style::dim::EDITOR_SHORT)
                            .padding(style::space::S),
                    )
                    .push(
                        text_input(&fl!("letter-remedy"), &self.remedy)
                            .on_input(Message::Remedy)
                            .padding(style::space::S),
                    );
            }
            LetterKind::DelayNotice => {
                col = col
                    .push(
                        text_input(&fl!("letter-delay-reason"), &self.delay_reason)
                            .on_input(Message::DelayReason)
                            .padding(style::space::S),
                    )
                    .push(
                        text_input(&fl!("letter-new-date"), &self.new_date)
                            .on_input(Message::NewDate)
                            .padding(style::space::S),
                    );
            }
            LetterKind::ArnStatement => {
                col = col.push(self.statement.view(escalations).map(Message::Statement));
            }
            _ => {}
        }
        col.into()
    }

    /// Address lines that will not fit the envelope window, a stale text, an answer date
    /// that has already passed (then a delay notice is the letter to send), and the library's
    /// own warnings (a year without a prisbasbelopp).
    fn warnings(
        &self,
        case: &Case,
        input: &LetterInput,
        session: &Session,
    ) -> Element<'_, Message> {
        let lines = letter_recipient(case, input);
        let mut col = Column::new().spacing(style::space::XS);
        for i in long_address_lines(&lines) {
            let line = lines.get(i).cloned().unwrap_or_default();
            col = col.push(
                text(fl!(
                    "letter-long-address",
                    line = line,
                    max = klagomal_core::letters::pdf::MAX_ADDRESS_CHARS
                ))
                .style(style::warning_text),
            );
        }
        let due = case.answer_due(&session.settings.deadlines);
        let promises_answer = matches!(
            self.kind,
            LetterKind::Acknowledgement | LetterKind::RequestForInformation
        );
        if promises_answer && due < session.store.today() {
            col = col.push(
                text(fl!("letter-due-passed", date = due.to_string())).style(style::warning_text),
            );
        }
        if self.filled.is_some_and(|f| f != (self.kind, self.language)) {
            col = col.push(text(fl!("letter-stale")).style(style::warning_text));
        }
        for w in klagomal_core::letters::warnings(case, &session.settings, input) {
            col = col.push(text(describe::letter_warning(&LOADER, &w)).style(style::warning_text));
        }
        col.into()
    }

    /// A sketch of the first page: letterhead, the window with the address, subject and text.
    fn preview<'a>(
        &'a self,
        case: &'a Case,
        input: &LetterInput,
        session: &'a Session,
    ) -> Element<'a, Message> {
        let company = &session.settings.company;
        let full = self.text.text();
        let (subject, body) = split_subject(&full);
        let head = row![
            text(company.name.as_str())
                .font(style::BOLD)
                .width(Length::Fill),
            column![
                text(label("letter-kind", self.kind.code()))
                    .font(style::BOLD)
                    .size(style::size::SMALL),
                text(format!("{} · {}", session.store.today(), case.number))
                    .size(style::size::SMALL),
            ],
        ];
        let address = container(column(
            letter_recipient(case, input)
                .into_iter()
                .map(|l| text(l).size(style::size::SMALL).into()),
        ))
        .padding(style::space::XS)
        .width(style::dim::ADDRESS_PREVIEW)
        .style(style::card);
        let body: String = body.chars().take(900).collect();
        let page = column![
            head,
            address,
            text(subject).font(style::BOLD),
            text(body).size(style::size::SMALL)
        ]
        .spacing(style::space::M);
        column![
            text(fl!("letter-preview"))
                .size(style::size::LABEL)
                .style(style::muted),
            container(page)
                .padding(style::space::L)
                .width(Length::Fill)
                .height(style::dim::PREVIEW)
                .clip(true)
                .style(style::card),
        ]
        .spacing(style::space::XS)
        .into()
    }
}
