//! The case form, shared by the new-case screen and the case overview: every field of a case,
//! validated as the officer types, with each problem shown by its field.

use std::collections::HashSet;

use chrono::NaiveDate;
use iced::widget::{checkbox, column, container, pick_list, row, text, text_editor, text_input};
use iced::{Element, Length};

use crate::domain::{
    CaseDetails, CaseDraft, CaseKind, Category, Channel, Field, Language, Problem,
};
use crate::fl;
use crate::i18n::{describe_problem, label};
use crate::ui::{Choice, style};

/// The id of the first field, for focusing it.
pub const FIRST_FIELD: &str = "case-form-subject";
/// The id of the identity number field.
pub const ID_NUMBER: &str = "case-form-id-number";
/// The id of the complainant's name field.
pub const NAME: &str = "case-form-name";

/// The single-line text fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextField {
    ReceivedAt,
    Subject,
    Name,
    IdNumber,
    Street,
    PostalCode,
    City,
    Country,
    Email,
    Phone,
    RepresentativeName,
    RepresentativeEmail,
    RepresentativePhone,
    DebtCases,
    Creditor,
    Amount,
    Remedy,
    FirstComplaint,
}

impl TextField {
    /// The field whose problems show under this input.
    const fn problem_field(self) -> Option<Field> {
        match self {
            TextField::ReceivedAt => Some(Field::ReceivedAt),
            TextField::Subject => Some(Field::Subject),
            TextField::Name => Some(Field::ComplainantName),
            TextField::IdNumber => Some(Field::IdNumber),
            TextField::Email => Some(Field::Email),
            TextField::RepresentativeName => Some(Field::RepresentativeName),
            TextField::RepresentativeEmail => Some(Field::RepresentativeEmail),
            TextField::Amount => Some(Field::Amount),
            TextField::FirstComplaint => Some(Field::FirstComplaint),
            _ => None,
        }
    }
}

/// The form's state.
#[derive(Debug)]
pub struct Form {
    draft: CaseDraft,
    description: text_editor::Content,
    problems: Vec<Problem>,
    touched: HashSet<Field>,
    show_all: bool,
    dirty: bool,
    today: NaiveDate,
}

/// An edit to the form.
#[derive(Debug, Clone)]
pub enum Message {
    Text(TextField, String),
    Description(text_editor::Action),
    Channel(Channel),
    Kind(CaseKind),
    Category(Category),
    Language(Language),
    HasRepresentative(bool),
    PowerOfAttorney(bool),
}

impl Form {
    /// A form holding `draft`.
    pub fn new(draft: CaseDraft, today: NaiveDate) -> Form {
        let description = text_editor::Content::with_text(&draft.description);
        let mut form = Form {
            draft,
            description,
            problems: Vec::new(),
            touched: HashSet::new(),
            show_all: false,
            dirty: false,
            today,
        };
        form.revalidate();
        form
    }

    /// A form filled from a case, for editing.
    pub fn from_details(details: &CaseDetails, today: NaiveDate) -> Form {
        Form::new(CaseDraft::from_details(details), today)
    }

    /// Applies an edit and validates again.
    pub fn update(&mut self, message: Message) {
        self.dirty = true;
        let d = &mut self.draft;
        match message {
            Message::Text(field, value) => {
                *text_slot(d, field) = value;
                if let Some(f) = field.problem_field() {
                    self.touched.insert(f);
                }
            }
            Message::Description(action) => {
                self.description.perform(action);
                d.description = self.description.text();
            }
            Message::Channel(c) => d.channel = c,
            Message::Kind(k) => d.kind = k,
            Message::Category(c) => d.category = Some(c),
            Message::Language(l) => d.language = l,
            Message::HasRepresentative(b) => d.has_representative = b,
            Message::PowerOfAttorney(b) => d.power_of_attorney = b,
        }
        self.revalidate();
    }

    fn revalidate(&mut self) {
        self.problems = self.draft.parse(self.today).err().unwrap_or_default();
    }

    /// The details, or the problems (which are then all shown).
    pub fn submit(&mut self) -> Result<CaseDetails, Vec<Problem>> {
        self.show_all = true;
        self.draft.parse(self.today)
    }

    /// True when the officer has changed anything.
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// The problems as they stand.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// Draws the form.
    pub fn view(&self) -> Element<'_, Message> {
        let d = &self.draft;
        let channels = Choice::all(Channel::ALL, |c| label("channel", c.code()));
        let kinds = Choice::all(CaseKind::ALL, |k| label("kind", k.code()));
        let categories = Choice::all(Category::ALL, |c| label("category", c.code()));
        let languages = Choice::all(crate::domain::Language::ALL, |l| {
            label("language", l.code())
        });
        let case = column![
            heading(fl!("form-section-case")),
            pair(
                self.input(
                    TextField::ReceivedAt,
                    fl!("form-received-at"),
                    "case-form-received-at"
                ),
                labelled(
                    fl!("form-channel"),
                    pick(&channels, d.channel, Message::Channel)
                ),
            ),
            pair(
                labelled(fl!("form-kind"), pick(&kinds, d.kind, Message::Kind)),
                labelled(
                    fl!("form-category"),
                    pick_opt(categories, d.category, Message::Category)
                ),
            ),
            self.input(TextField::Subject, fl!("form-subject"), FIRST_FIELD),
            labelled(
                fl!("form-description"),
                text_editor(&self.description)
                    .on_action(Message::Description)
                    .height(style::dim::EDITOR_MEDIUM)
                    .padding(style::space::S)
                    .into()
            ),
        ];
        let complainant = column![
            heading(fl!("form-section-complainant")),
            pair(
                self.input(TextField::Name, fl!("form-name"), NAME),
                self.input(TextField::IdNumber, fl!("form-id-number"), ID_NUMBER)
            ),
            self.input(TextField::Street, fl!("form-street"), "case-form-street"),
            pair(
                self.input(
                    TextField::PostalCode,
                    fl!("form-postal-code"),
                    "case-form-postal-code"
                ),
                self.input(TextField::City, fl!("form-city"), "case-form-city")
            ),
            pair(
                self.input(TextField::Email, fl!("form-email"), "case-form-email"),
                self.input(TextField::Phone, fl!("form-phone"), "case-form-phone")
            ),
            pair(
                self.input(TextField::Country, fl!("form-country"), "case-form-country"),
                labelled(
                    fl!("form-language"),
                    pick(&languages, d.language, Message::Language)
                ),
            ),
        ];
        column![
            case.spacing(style::space::S),
            complainant.spacing(style::space::S),
            self.representative(),
            self.claim()
        ]
        .spacing(style::space::L)
        .max_width(style::FORM_WIDTH)
        .into()
    }

    fn representative(&self) -> Element<'_, Message> {
        let d = &self.draft;
        let mut section = column![
            heading(fl!("form-section-representative")),
            checkbox(d.has_representative)
                .label(fl!("form-has-representative"))
                .on_toggle(Message::HasRepresentative),
        ]
        .spacing(style::space::S);
        if d.has_representative {
            section = section.push(pair(
                self.input(
                    TextField::RepresentativeName,
                    fl!("form-representative-name"),
                    "case-form-rep-name",
                ),
                self.input(
                    TextField::RepresentativeEmail,
                    fl!("form-representative-email"),
                    "case-form-rep-email",
                ),
            ));
            section = section.push(pair(
                self.input(
                    TextField::RepresentativePhone,
                    fl!("form-representative-phone"),
                    "case-form-rep-phone",
                ),
                checkbox(d.power_of_attorney)
                    .label(fl!("form-power-of-attorney"))
                    .on_toggle(Message::PowerOfAttorney)
                    .into(),
            ));
        }
        section.into()
    }

    fn claim(&self) -> Element<'_, Message> {
        column![
            heading(fl!("form-section-claim")),
            pair(
                self.input(
                    TextField::DebtCases,
                    fl!("form-debt-cases"),
                    "case-form-debt-cases"
                ),
                self.input(
                    TextField::Creditor,
                    fl!("form-creditor"),
                    "case-form-creditor"
                )
            ),
            pair(
                self.input(TextField::Amount, fl!("form-amount"), "case-form-amount"),
                self.input(
                    TextField::FirstComplaint,
                    fl!("form-first-complaint"),
                    "case-form-first-complaint"
                )
            ),
            self.input(TextField::Remedy, fl!("form-remedy"), "case-form-remedy"),
        ]
        .spacing(style::space::S)
        .into()
    }

    /// A labelled text input with its problems beneath it.
    fn input<'a>(
        &'a self,
        field: TextField,
        title: String,
        id: &'static str,
    ) -> Element<'a, Message> {
        let value = text_slot_ref(&self.draft, field);
        let input = text_input("", value)
            .id(id)
            .on_input(move |v| Message::Text(field, v))
            .padding(style::space::S)
            .size(style::size::BODY);
        let mut cell =
            column![text(title).size(style::size::LABEL), input].spacing(style::space::XS);
        if let Some(f) = field
            .problem_field()
            .filter(|f| self.show_all || self.touched.contains(f))
        {
            for p in CaseDraft::problems_of(&self.problems, f) {
                cell = cell.push(
                    text(describe_problem(p))
                        .size(style::size::SMALL)
                        .style(style::error_text),
                );
            }
        }
        cell.width(Length::Fill).into()
    }
}

fn heading<'a>(title: String) -> Element<'a, Message> {
    text(title)
        .size(style::size::HEADING)
        .font(style::BOLD)
        .into()
}

fn labelled<'a>(title: String, content: Element<'a, Message>) -> Element<'a, Message> {
    column![text(title).size(style::size::LABEL), content]
        .spacing(style::space::XS)
        .width(Length::Fill)
        .into()
}

fn pair<'a>(left: Element<'a, Message>, right: Element<'a, Message>) -> Element<'a, Message> {
    row![
        container(left).width(Length::Fill),
        container(right).width(Length::Fill)
    ]
    .spacing(style::space::M)
    .into()
}

fn pick<'a, T: Copy + PartialEq + 'static>(
    choices: &[Choice<T>],
    value: T,
    on: fn(T) -> Message,
) -> Element<'a, Message> {
    let selected = Choice::find(choices, value);
    pick_list(choices.to_vec(), selected, move |c: Choice<T>| on(c.value))
        .width(Length::Fill)
        .into()
}

fn pick_opt<'a, T: Copy + PartialEq + 'static>(
    choices: Vec<Choice<T>>,
    value: Option<T>,
    on: fn(T) -> Message,
) -> Element<'a, Message> {
    let selected = value.and_then(|v| Choice::find(&choices, v));
    pick_list(choices, selected, move |c: Choice<T>| on(c.value))
        .placeholder(fl!("form-choose"))
        .width(Length::Fill)
        .into()
}

/// The draft's string behind each text field, by value and by reference, from one list.
macro_rules! text_slots {
    ($($variant:ident => $field:ident),+ $(,)?) => {
        fn text_slot(d: &mut CaseDraft, field: TextField) -> &mut String {
            match field { $(TextField::$variant => &mut d.$field,)+ }
        }

        fn text_slot_ref(d: &CaseDraft, field: TextField) -> &str {
            match field { $(TextField::$variant => &d.$field,)+ }
        }
    };
}

text_slots! {
    ReceivedAt => received_at,
    Subject => subject,
    Name => name,
    IdNumber => id_number,
    Street => street,
    PostalCode => postal_code,
    City => city,
    Country => country,
    Email => email,
    Phone => phone,
    RepresentativeName => representative_name,
    RepresentativeEmail => representative_email,
    RepresentativePhone => representative_phone,
    DebtCases => debt_case_numbers,
    Creditor => creditor,
    Amount => amount,
    Remedy => requested_remedy,
    FirstComplaint => first_complaint_on,
}
