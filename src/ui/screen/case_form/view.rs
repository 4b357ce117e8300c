//! Drawing the case form: the sections, the representative, the claim, and each field with
//! the problem found in it.

use crate::describe;
use iced::widget::{
    button, checkbox, column, container, pick_list, row, text, text_editor, text_input,
};
use iced::{Alignment, Element, Length};
use klagomal_core::i18n::LOADER;

use super::{FIRST_FIELD, Form, ID_NUMBER, Message, NAME, POA_PATH, TextField, text_slot_ref};
use crate::ui::{Choice, style};
use klagomal_core::domain::{
    CaseDraft, CaseKind, Category, Channel, ComplainantType, MandateScope, file_size,
};
use klagomal_core::fl;
use klagomal_core::i18n::label;

impl Form {
    pub fn view(&self) -> Element<'_, Message> {
        let d = &self.draft;
        let channels = Choice::all(Channel::ALL, |c| label("channel", c.code()));
        let kinds = Choice::all(CaseKind::ALL, |k| label("kind", k.code()));
        let categories = Choice::all(Category::ALL, |c| label("category", c.code()));
        let languages = Choice::all(klagomal_core::domain::Language::ALL, |l| {
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
            self.complainant_type(),
        ];
        let mut complainant = complainant.spacing(style::space::S);
        if d.kind == CaseKind::PersonalData {
            complainant = complainant.push(
                checkbox(d.identity_verified)
                    .label(fl!("form-identity-verified"))
                    .on_toggle(Message::IdentityVerified),
            );
        }
        column![
            case.spacing(style::space::S),
            complainant,
            self.representative(),
            self.claim()
        ]
        .spacing(style::space::L)
        .max_width(style::FORM_WIDTH)
        .into()
    }

    /// Consumer or company: what the identity number says until the officer chooses.
    fn complainant_type(&self) -> Element<'_, Message> {
        let types = Choice::all(ComplainantType::ALL, |t| {
            label("complainant-type", t.code())
        });
        let current = self.draft.effective_complainant_type(self.today);
        let mut cell = column![labelled(
            fl!("form-complainant-type"),
            pick(&types, current, Message::ComplainantType)
        )]
        .spacing(style::space::XS);
        if self.draft.complainant_type.is_none() {
            cell = cell.push(
                text(fl!(
                    "form-complainant-type-inferred",
                    choice = label("complainant-type", current.code())
                ))
                .size(style::size::SMALL)
                .style(style::muted),
            );
        }
        pair(cell.into(), column![].into())
    }

    fn representative(&self) -> Element<'_, Message> {
        let d = &self.draft;
        let section = column![
            heading(fl!("form-section-representative")),
            checkbox(d.has_representative)
                .label(fl!("form-has-representative"))
                .on_toggle(Message::HasRepresentative),
        ]
        .spacing(style::space::S);
        if !d.has_representative {
            return section.into();
        }
        let field = |f, title, id| self.input(f, title, id);
        section
            .push(pair(
                field(
                    TextField::RepresentativeName,
                    fl!("form-representative-name"),
                    "case-form-rep-name",
                ),
                field(
                    TextField::RepresentativeFirm,
                    fl!("form-representative-firm"),
                    "case-form-rep-firm",
                ),
            ))
            .push(field(
                TextField::RepresentativeStreet,
                fl!("form-representative-street"),
                "case-form-rep-street",
            ))
            .push(pair(
                field(
                    TextField::RepresentativePostalCode,
                    fl!("form-representative-postal-code"),
                    "case-form-rep-postal-code",
                ),
                field(
                    TextField::RepresentativeCity,
                    fl!("form-representative-city"),
                    "case-form-rep-city",
                ),
            ))
            .push(pair(
                field(
                    TextField::RepresentativeCountry,
                    fl!("form-representative-country"),
                    "case-form-rep-country",
                ),
                column![].into(),
            ))
            .push(pair(
                field(
                    TextField::RepresentativeEmail,
                    fl!("form-representative-email"),
                    "case-form-rep-email",
                ),
                field(
                    TextField::RepresentativePhone,
                    fl!("form-representative-phone"),
                    "case-form-rep-phone",
                ),
            ))
            .push(self.power_of_attorney())
            .into()
    }

    /// Whether a power of attorney has come in, what it covers, until when, and its file.
    fn power_of_attorney(&self) -> Element<'_, Message> {
        let d = &self.draft;
        let scopes = Choice::all(MandateScope::ALL, |s| label("mandate-scope", s.code()));
        let mut col = column![
            checkbox(d.power_of_attorney)
                .label(fl!("form-power-of-attorney"))
                .on_toggle(Message::PowerOfAttorney)
        ]
        .spacing(style::space::S);
        if !d.power_of_attorney && self.document_path.trim().is_empty() {
            return col.into();
        }
        col = col.push(pair(
            labelled(
                fl!("form-power-of-attorney-scope"),
                pick_opt(scopes, d.power_of_attorney_scope, Message::Scope),
            ),
            self.input(
                TextField::PowerOfAttorneyUntil,
                fl!("form-power-of-attorney-until"),
                "case-form-poa-until",
            ),
        ));
        col = col.push(text(fl!("form-power-of-attorney-file")).size(style::size::LABEL));
        if let Some(file) = &d.power_of_attorney_document {
            col = col.push(
                text(fl!(
                    "form-power-of-attorney-attached",
                    name = file.file_name.clone(),
                    size = file_size(file.size)
                ))
                .size(style::size::SMALL),
            );
        }
        col = col.push(
            row![
                button(text(fl!("form-power-of-attorney-choose")))
                    .style(style::secondary)
                    .on_press(Message::ChooseDocument),
                text_input(&fl!("form-power-of-attorney-path"), &self.document_path)
                    .id(POA_PATH)
                    .on_input(Message::DocumentPath)
                    .padding(style::space::S),
            ]
            .spacing(style::space::S)
            .align_y(Alignment::Center),
        );
        let pending = std::path::Path::new(self.document_path.trim()).file_name();
        if let Some(problem) = &self.document_problem {
            col = col.push(
                text(problem.as_str())
                    .size(style::size::SMALL)
                    .style(style::error_text),
            );
        } else if let Some(name) = pending {
            col = col.push(
                text(fl!(
                    "form-power-of-attorney-pending",
                    name = name.to_string_lossy().into_owned()
                ))
                .size(style::size::SMALL)
                .style(style::muted),
            );
        }
        col.into()
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
                    text(describe::problem(&LOADER, p))
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
