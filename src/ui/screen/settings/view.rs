//! Drawing the settings screen: the top bar, each section's fields, the logo and the number
//! fields with their allowed ranges.

use iced::widget::{
    Column, button, checkbox, column, container, pick_list, row, scrollable, text, text_input,
};
use iced::{Element, Length};

use super::{Field, Message, NUMBERS, SAVE, State};
use crate::ui::{Choice, Session, style};
use klagomal_core::domain::{Language, Role};
use klagomal_core::fl;
use klagomal_core::i18n::label;

impl State {
    pub fn view<'a>(&'a self, session: &'a Session) -> Element<'a, Message> {
        let c = &self.settings.company;
        let languages = Choice::all(Language::ALL, |l| label("language-autonym", l.code()));
        let company = column![
            heading(fl!("settings-company")),
            pair(
                input(fl!("settings-company-name"), &c.name, Field::CompanyName),
                input(fl!("settings-org-number"), &c.org_number, Field::OrgNumber)
            ),
            input(fl!("form-street"), &c.address.street, Field::Street),
            pair(
                input(
                    fl!("form-postal-code"),
                    &c.address.postal_code,
                    Field::PostalCode
                ),
                input(fl!("form-city"), &c.address.city, Field::City)
            ),
            pair(
                input(fl!("form-phone"), &c.phone, Field::Phone),
                input(fl!("form-email"), &c.email, Field::Email)
            ),
            input(fl!("settings-web"), &c.web, Field::Web),
            checkbox(c.inkassonamnden_member)
                .label(fl!("settings-inkassonamnden"))
                .on_toggle(Message::Inkassonamnden),
            self.logo(),
        ]
        .spacing(style::space::S);
        let service = &c.customer_service;
        let customer_service = column![
            heading(fl!("settings-customer-service")),
            pair(
                input(
                    fl!("settings-customer-service-phone"),
                    &service.phone,
                    Field::CustomerServicePhone
                ),
                input(
                    fl!("settings-customer-service-email"),
                    &service.email,
                    Field::CustomerServiceEmail
                )
            ),
            input(
                fl!("settings-customer-service-hours"),
                &service.hours,
                Field::CustomerServiceHours
            ),
        ]
        .spacing(style::space::S);
        let me = column![
            heading(fl!("settings-me")),
            pair(
                input(
                    fl!("settings-officer-name"),
                    &self.officer.name,
                    Field::OfficerName
                ),
                input(
                    fl!("settings-officer-title"),
                    &self.officer.title,
                    Field::OfficerTitle
                )
            ),
            input(
                fl!("settings-handled-cases"),
                &self.handled_cases,
                Field::HandledCases
            ),
            column![
                text(fl!("settings-language")).size(style::size::LABEL),
                pick_list(
                    languages.clone(),
                    Choice::find(&languages, self.settings.language),
                    |l: Choice<Language>| Message::Language(l.value)
                ),
            ]
            .spacing(style::space::XS),
        ]
        .spacing(style::space::S);
        let mut rules = Column::new()
            .spacing(style::space::S)
            .push(heading(fl!("settings-rules")));
        for (field, title) in [
            (Field::AcknowledgementDays, fl!("settings-ack-days")),
            (Field::AnswerDays, fl!("settings-answer-days")),
            (Field::PersonalDataMonths, fl!("settings-gdpr-months")),
            (Field::ArnMonths, fl!("settings-arn-months")),
            (Field::AutoLock, fl!("settings-auto-lock")),
            (Field::AttachmentMb, fl!("settings-attachment-mb")),
        ] {
            rules = rules.push(self.number_input(field, title));
        }
        rules = rules.push(
            checkbox(self.settings.review.self_approval)
                .label(fl!("settings-self-approval"))
                .on_toggle(Message::SelfApproval),
        );
        rules = rules.push(input(
            fl!("settings-reference-pattern"),
            &self.settings.intake.reference_pattern,
            Field::ReferencePattern,
        ));
        if self.invalid.contains(&Field::ReferencePattern) {
            rules = rules
                .push(text(fl!("settings-reference-pattern-invalid")).style(style::error_text));
        }
        let mut bar = crate::ui::action_bar(
            Message::Back,
            fl!("settings-title"),
            (fl!("action-save"), Message::Save, SAVE),
        );
        if self.saved {
            bar = bar.push(text(fl!("settings-saved")).style(style::muted));
        }
        if !self.invalid.is_empty() {
            bar = bar.push(text(fl!("settings-invalid")).style(style::error_text));
        }
        let mine = self.officers.view_mine().map(Message::Officers);
        // Only an administrator sees (and may change) what the whole store shares.
        let page = match session.may(Role::Admin) {
            true => column![
                company,
                customer_service,
                me,
                mine,
                self.officers.view_officers(session).map(Message::Officers),
                rules,
                self.prisbasbelopp.view(session).map(Message::Prisbasbelopp),
                self.letters.view().map(Message::Letters),
                self.backup.view(session).map(Message::Backup),
                self.retention.view(session).map(Message::Retention)
            ],
            // A complaints manager runs the retention sweep too.
            false if super::retention::may_sweep(session) => column![
                me,
                mine,
                self.backup.view(session).map(Message::Backup),
                self.retention.view(session).map(Message::Retention)
            ],
            false => column![me, mine, self.backup.view(session).map(Message::Backup)],
        }
        .spacing(style::space::L)
        .padding(style::space::L)
        .max_width(style::FORM_WIDTH);
        column![
            container(bar).padding([style::space::M, style::space::L]),
            scrollable(container(page).center_x(Length::Fill))
                .id(super::PAGE)
                .height(Length::Fill)
        ]
        .into()
    }

    fn logo(&self) -> Element<'_, Message> {
        let status = match self.logo_size {
            Some(size) => fl!("settings-logo-set", kb = size.div_ceil(1024)),
            None => fl!("settings-logo-none"),
        };
        let mut line = row![
            text(status),
            button(text(fl!("settings-logo-choose"))).on_press(Message::ChooseLogo)
        ]
        .spacing(style::space::M)
        .align_y(iced::Alignment::Center);
        if self.logo_size.is_some() {
            line = line.push(
                button(text(fl!("settings-logo-remove")))
                    .style(style::flat(false))
                    .on_press(Message::RemoveLogo),
            );
        }
        let path = row![
            text_input(&fl!("settings-logo-path"), &self.logo_path)
                .on_input(|v| Message::Text(Field::LogoPath, v))
                .on_submit(Message::LoadLogoPath)
                .padding(style::space::S),
            button(text(fl!("settings-logo-load"))).on_press(Message::LoadLogoPath),
        ]
        .spacing(style::space::S);
        column![
            text(fl!("settings-logo")).size(style::size::LABEL),
            line,
            path
        ]
        .spacing(style::space::XS)
        .into()
    }

    fn number_input(&self, field: Field, title: String) -> Element<'_, Message> {
        let value = self
            .numbers
            .iter()
            .find(|(f, _)| *f == field)
            .map_or("", |(_, t)| t.as_str());
        let mut cell = row![
            text(title).width(Length::Fill),
            text_input("", value)
                .on_input(move |v| Message::Text(field, v))
                .width(style::dim::NUMBER_FIELD)
                .padding(style::space::S),
        ]
        .spacing(style::space::M)
        .align_y(iced::Alignment::Center);
        if self.invalid.contains(&field) {
            let (min, max) = NUMBERS
                .iter()
                .find(|(f, ..)| *f == field)
                .map_or((0, 0), |(_, a, b)| (*a, *b));
            cell = cell.push(
                text(fl!("settings-number-range", min = min, max = max)).style(style::error_text),
            );
        }
        cell.into()
    }
}

fn heading<'a>(title: String) -> Element<'a, Message> {
    text(title)
        .size(style::size::HEADING)
        .font(style::BOLD)
        .into()
}

fn input(title: String, value: &str, field: Field) -> Element<'_, Message> {
    column![
        text(title).size(style::size::LABEL),
        text_input("", value)
            .on_input(move |v| Message::Text(field, v))
            .padding(style::space::S),
    ]
    .spacing(style::space::XS)
    .width(Length::Fill)
    .into()
}

fn pair<'a>(left: Element<'a, Message>, right: Element<'a, Message>) -> Element<'a, Message> {
    row![left, right].spacing(style::space::M).into()
}
