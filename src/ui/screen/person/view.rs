//! Drawing the person view: the search, the person's cases, the name-only matches to confirm,
//! the disclosures, and the register extract and erasure with their dialogs.

use std::collections::BTreeMap;

use iced::widget::{
    Column, Row, button, checkbox, column, container, row, scrollable, text, text_input,
};
use iced::{Alignment, Element, Length};

use super::{ERASE, EXTRACT, Found, HOLD_REASON, Message, RECTIFY, SEARCH, State, may_erase};
use crate::ui::{Session, style};
use klagomal_core::domain::CaseId;
use klagomal_core::fl;
use klagomal_core::i18n::label;

/// The widths of the case table's columns, in the order of [`case_header`].
const CASE_COLUMNS: [f32; 7] = [120.0, 180.0, 150.0, 95.0, 95.0, 45.0, 190.0];
/// The widths of the disclosure table's first columns (date, case, recipient).
const DISCLOSURE_COLUMNS: [f32; 3] = [100.0, 130.0, 260.0];

impl State {
    pub fn view<'a>(&'a self, session: &'a Session) -> Element<'a, Message> {
        let mut page = Column::new()
            .spacing(style::space::L)
            .push(self.search_bar());
        if let Some(notice) = &self.notice {
            page = page.push(text(notice.as_str()).style(style::error_text));
        }
        if self.searching {
            page = page.push(text(fl!("person-searching")).style(style::muted));
        }
        // A dialog takes the page while it is open (it names the cases it acts on).
        let dialog = match (&self.extract, &self.erase, &self.rectify) {
            (Some(d), _, _) => Some(d.view(session).map(Message::Extract)),
            (None, Some(d), _) => Some(d.view().map(Message::Erase)),
            (None, None, Some(d)) => Some(d.view().map(Message::Rectify)),
            (None, None, None) => None,
        };
        if let Some(dialog) = dialog {
            page = page.push(dialog);
        } else if let Some(person) = &self.person {
            if person.cases.is_empty() {
                page = page.push(text(fl!("person-none")).style(style::muted));
            } else {
                page = page
                    .push(self.case_table(session))
                    .push(self.confirm_list())
                    .push(self.disclosure_table())
                    .push(self.actions(session));
            }
        }
        let title = row![
            crate::ui::back(Message::Back),
            text(fl!("person-title"))
                .size(style::size::TITLE)
                .font(style::BOLD),
        ]
        .spacing(style::space::M)
        .align_y(Alignment::Center);
        column![
            container(title).padding([style::space::M, style::space::L]),
            scrollable(container(page).padding([style::space::S, style::space::L]))
                .height(Length::Fill),
        ]
        .into()
    }

    fn search_bar(&self) -> Element<'_, Message> {
        let field = text_input(&fl!("person-search"), &self.query)
            .id(SEARCH)
            .on_input(Message::QueryChanged)
            .on_submit(Message::Search)
            .padding(style::space::S)
            .width(Length::Fill);
        column![
            row![
                field,
                button(text(fl!("person-search-button")))
                    .on_press_maybe((!self.query.trim().is_empty()).then_some(Message::Search)),
            ]
            .spacing(style::space::S)
            .align_y(Alignment::Center),
            text(fl!("person-search-help"))
                .size(style::size::SMALL)
                .style(style::muted),
        ]
        .spacing(style::space::XS)
        .max_width(style::FORM_WIDTH)
        .into()
    }

    /// The person's cases: number (opens the case), kind, status, received, counts, how it
    /// matched and its legal hold.
    fn case_table<'a>(&'a self, session: &'a Session) -> Element<'a, Message> {
        let cases = self.cases();
        let mut col =
            column![heading(fl!("person-cases", count = cases.len()))].spacing(style::space::XS);
        if cases.is_empty() {
            return col
                .push(text(fl!("person-no-cases")).style(style::muted))
                .into();
        }
        col = col.push(case_header());
        for f in cases {
            col = col.push(self.case_row(f, session));
            if let Some(marking) = self.marking_row(f) {
                col = col.push(marking);
            }
        }
        col.into()
    }

    fn case_row<'a>(&'a self, f: &'a Found, session: &'a Session) -> Element<'a, Message> {
        let cell = |s: String, i: usize| cell(s).width(CASE_COLUMNS[i]);
        row![
            container(
                button(text(f.matched.number.to_string()).size(style::size::LABEL))
                    .style(style::flat(false))
                    .padding([style::space::XS, 0.0])
                    .on_press(Message::OpenCase(f.matched.case_id))
            )
            .width(CASE_COLUMNS[0]),
            cell(label("kind", f.kind.code()), 1),
            cell(label("status", f.status.code()), 2),
            cell(f.received.to_string(), 3),
            cell(f.messages.to_string(), 4),
            cell(f.letters.to_string(), 5),
            cell(label("person-match", f.matched.matched_by.code()), 6)
                .size(style::size::SMALL)
                .style(style::muted),
            self.hold_cell(f, session),
        ]
        .spacing(style::space::S)
        .align_y(Alignment::Center)
        .into()
    }

    /// A case's legal claim: its reason and, for a manager, the release; or a way to mark one.
    fn hold_cell<'a>(&'a self, f: &'a Found, session: &'a Session) -> Element<'a, Message> {
        let id = f.matched.case_id;
        if let Some(reason) = &f.hold {
            let release = button(text(fl!("person-hold-release")).size(style::size::SMALL))
                .style(style::flat(false))
                .on_press_maybe(may_erase(session).then_some(Message::ReleaseHold(id)));
            return row![
                text(fl!("person-hold-marked", reason = reason.as_str()))
                    .size(style::size::LABEL)
                    .style(style::warning_text)
                    .width(Length::Fill),
                release
            ]
            .spacing(style::space::S)
            .align_y(Alignment::Center)
            .width(Length::Fill)
            .into();
        }
        button(text(fl!("person-hold-mark")).size(style::size::SMALL))
            .style(style::flat(false))
            .on_press(Message::MarkHold(id))
            .into()
    }

    /// The reason of a legal claim being marked, on a line of its own under the case's row.
    fn marking_row(&self, f: &Found) -> Option<Element<'_, Message>> {
        let (id, reason) = self.marking.as_ref()?;
        if *id != f.matched.case_id || f.hold.is_some() {
            return None;
        }
        let prompt = fl!("person-hold-prompt", case = f.matched.number.to_string());
        let line = row![
            text(prompt).size(style::size::LABEL),
            text_input(&fl!("person-hold-reason"), reason)
                .id(HOLD_REASON)
                .on_input(Message::HoldReason)
                .on_submit(Message::SetHold)
                .padding(style::space::XS)
                .width(Length::Fill),
            button(text(fl!("person-hold-set")).size(style::size::LABEL))
                .on_press_maybe((!reason.trim().is_empty()).then_some(Message::SetHold)),
            button(text(fl!("action-cancel")).size(style::size::LABEL))
                .style(style::flat(false))
                .on_press(Message::CancelHold),
        ]
        .spacing(style::space::S)
        .align_y(Alignment::Center);
        Some(
            container(line)
                .padding(style::space::S)
                .style(style::card)
                .max_width(style::FORM_WIDTH)
                .into(),
        )
    }

    /// The name-only matches, each with a checkbox: the officer confirms which are the
    /// person's. Nothing when there are none.
    fn confirm_list(&self) -> Element<'_, Message> {
        let names = self.to_confirm();
        if names.is_empty() {
            return column![].into();
        }
        let mut col = column![
            heading(fl!("person-to-confirm", count = names.len())),
            text(fl!("person-to-confirm-help")).style(style::muted),
        ]
        .spacing(style::space::XS);
        for f in names {
            let id = f.matched.case_id;
            let line = fl!(
                "person-to-confirm-case",
                case = f.matched.number.to_string(),
                name = f.matched.name.as_str(),
                received = f.received.to_string(),
                status = label("status", f.status.code())
            );
            col = col.push(
                checkbox(self.confirmed.contains(&id))
                    .label(line)
                    .on_toggle(move |yes| Message::Confirm(id, yes)),
            );
        }
        col.into()
    }

    /// The disclosures of the person's cases: date, case, recipient, what and legal basis.
    fn disclosure_table(&self) -> Element<'_, Message> {
        let disclosures = self.disclosures();
        let numbers: BTreeMap<CaseId, String> = self
            .cases()
            .iter()
            .map(|f| (f.matched.case_id, f.matched.number.to_string()))
            .collect();
        let mut col = column![heading(fl!(
            "person-disclosures",
            count = disclosures.len()
        ))]
        .spacing(style::space::XS);
        if disclosures.is_empty() {
            return col
                .push(text(fl!("show-no-disclosures")).style(style::muted))
                .into();
        }
        col = col.push(disclosure_header());
        for d in disclosures {
            let n = &d.disclosure;
            let mut to = label("disclosure-recipient", n.to.code());
            if !n.recipient_name.trim().is_empty() {
                to = fl!(
                    "person-disclosure-to-named",
                    to = to,
                    name = n.recipient_name.trim()
                );
            }
            col = col.push(
                row![
                    cell(n.on.to_string()).width(DISCLOSURE_COLUMNS[0]),
                    cell(numbers.get(&d.case_id).cloned().unwrap_or_default())
                        .width(DISCLOSURE_COLUMNS[1]),
                    cell(to).width(DISCLOSURE_COLUMNS[2]),
                    cell(n.what.clone()).width(Length::FillPortion(1)),
                    cell(label("legal-basis", n.basis.code())).width(Length::FillPortion(1)),
                ]
                .spacing(style::space::S),
            );
        }
        col.into()
    }

    /// The register extract (for the person's cases) and the erasure (a manager's or an
    /// administrator's, on an identifier), each with why it is not offered when it is not.
    fn actions<'a>(&'a self, session: &'a Session) -> Element<'a, Message> {
        let has_cases = !self.cases().is_empty();
        let may = may_erase(session);
        let identified = self.identified();
        let mut bar = row![
            container(
                button(text(fl!("person-extract-open")))
                    .on_press_maybe(has_cases.then_some(Message::OpenExtract))
            )
            .id(EXTRACT),
            container(
                button(text(fl!("person-rectify-open")))
                    .style(style::secondary)
                    .on_press_maybe(identified.then_some(Message::OpenRectify))
            )
            .id(RECTIFY),
            container(
                button(text(fl!("person-erase-open")))
                    .style(button::danger)
                    .on_press_maybe((may && identified).then_some(Message::OpenErase))
            )
            .id(ERASE),
        ]
        .spacing(style::space::M)
        .align_y(Alignment::Center);
        let why = match (may, identified) {
            (false, _) => Some(fl!("person-erase-role")),
            (true, false) => Some(fl!("person-erase-identifier")),
            (true, true) => None,
        };
        if let Some(why) = why {
            bar = bar.push(text(why).size(style::size::SMALL).style(style::muted));
        }
        bar.into()
    }
}

fn heading<'a>(title: String) -> Element<'a, Message> {
    text(title)
        .size(style::size::HEADING)
        .font(style::BOLD)
        .into()
}

fn case_header<'a>() -> Element<'a, Message> {
    let names = [
        fl!("person-column-case"),
        fl!("person-column-kind"),
        fl!("person-column-status"),
        fl!("person-column-received"),
        fl!("person-column-messages"),
        fl!("person-column-letters"),
        fl!("person-column-matched"),
    ];
    let mut header = Row::new().spacing(style::space::S);
    for (name, width) in names.into_iter().zip(CASE_COLUMNS) {
        header = header.push(column_name(name).width(width));
    }
    header
        .push(column_name(fl!("person-column-hold")).width(Length::Fill))
        .into()
}

fn disclosure_header<'a>() -> Element<'a, Message> {
    row![
        column_name(fl!("person-column-date")).width(DISCLOSURE_COLUMNS[0]),
        column_name(fl!("person-column-case")).width(DISCLOSURE_COLUMNS[1]),
        column_name(fl!("person-column-recipient")).width(DISCLOSURE_COLUMNS[2]),
        column_name(fl!("person-column-what")).width(Length::FillPortion(1)),
        column_name(fl!("person-column-basis")).width(Length::FillPortion(1)),
    ]
    .spacing(style::space::S)
    .into()
}

fn cell<'a>(value: String) -> iced::widget::Text<'a> {
    text(value).size(style::size::LABEL)
}

fn column_name<'a>(name: String) -> iced::widget::Text<'a> {
    text(name).size(style::size::SMALL).style(style::muted)
}
