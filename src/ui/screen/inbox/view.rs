//! Drawing the inbox: sidebar, search, column headers and the visible rows only.

use iced::widget::{Space, button, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length};

use super::{LIST, Message, NEW_CASE, Quick, SEARCH, State};
use crate::ui::{Session, style};
use klagomal_core::domain::Status;
use klagomal_core::fl;
use klagomal_core::i18n::label;
use klagomal_core::store::{InboxRow, SEARCH_CANDIDATES, SortKey};

/// Column widths in the order of the columns: fixed for numbers and dates, which must never be
/// cut, and shares of the rest for the texts.
const WIDTHS: [Length; 9] = [
    Length::Fixed(118.0),
    Length::Fixed(88.0),
    Length::FillPortion(3),
    Length::FillPortion(5),
    Length::FillPortion(2),
    Length::FillPortion(2),
    Length::FillPortion(3),
    Length::FillPortion(2),
    Length::Fixed(92.0),
];

impl State {
    pub fn view(&self, _session: &Session) -> Element<'_, Message> {
        row![self.sidebar(), self.main()]
            .height(Length::Fill)
            .into()
    }

    fn sidebar(&self) -> Element<'_, Message> {
        let entry = |label: String, count: u64, quick: Quick| {
            let content = row![
                text(label).width(Length::Fill),
                text(count.to_string()).style(style::muted)
            ]
            .spacing(style::space::S);
            button(content)
                .width(Length::Fill)
                .padding([style::space::XS, style::space::S])
                .style(style::flat(self.quick == quick))
                .on_press(Message::Quick(quick))
        };
        let count_of = |s: Status| {
            self.counts
                .per_status
                .iter()
                .find(|(x, _)| *x == s)
                .map_or(0, |(_, n)| *n)
        };
        let mut list = column![
            container(
                button(
                    text(fl!("inbox-new-case"))
                        .width(Length::Fill)
                        .align_x(Alignment::Center)
                )
                .on_press(Message::NewCase)
                .width(Length::Fill)
                .padding(style::space::S)
            )
            .id(NEW_CASE),
            button(
                text(fl!("inbox-import"))
                    .width(Length::Fill)
                    .align_x(Alignment::Center)
            )
            .on_press(Message::Import)
            .style(style::secondary)
            .width(Length::Fill)
            .padding(style::space::S),
            Space::new().height(style::space::S),
            entry(fl!("inbox-all"), self.counts.total, Quick::All),
            entry(fl!("inbox-mine"), self.counts.mine, Quick::Mine),
            entry(fl!("inbox-overdue"), self.counts.overdue, Quick::Overdue),
            entry(
                label("status", Status::AwaitingReview.code()),
                count_of(Status::AwaitingReview),
                Quick::Status(Status::AwaitingReview)
            ),
            entry(
                label("status", Status::AwaitingInformation.code()),
                count_of(Status::AwaitingInformation),
                Quick::Status(Status::AwaitingInformation)
            ),
            Space::new().height(style::space::M),
            text(fl!("inbox-by-status"))
                .size(style::size::SMALL)
                .style(style::muted),
        ]
        .spacing(style::space::XS);
        for status in Status::ALL {
            list = list.push(entry(
                label("status", status.code()),
                count_of(*status),
                Quick::Status(*status),
            ));
        }
        container(list)
            .width(style::SIDEBAR_WIDTH)
            .height(Length::Fill)
            .padding(style::space::M)
            .style(style::sidebar)
            .into()
    }

    fn main(&self) -> Element<'_, Message> {
        let search = text_input(&fl!("inbox-search"), &self.search)
            .id(SEARCH)
            .on_input(Message::SearchChanged)
            .padding(style::space::S)
            .size(style::size::BODY);
        let mut summary = fl!("inbox-count", count = self.len());
        if let Some(hits) = self.search_hits {
            summary = fl!(
                "inbox-search-capped",
                hits = hits,
                shown = SEARCH_CANDIDATES
            );
        }
        let top = row![search, text(summary).style(style::muted)]
            .spacing(style::space::M)
            .align_y(Alignment::Center);
        let body: Element<'_, Message> = if self.is_empty() {
            container(text(fl!("inbox-empty")).style(style::muted))
                .center(Length::Fill)
                .into()
        } else {
            self.list()
        };
        column![top, self.header(), body]
            .spacing(style::space::S)
            .padding(style::space::M)
            .width(Length::Fill)
            .into()
    }

    fn header(&self) -> Element<'_, Message> {
        let sortable = |title: String, key: SortKey| -> Element<'_, Message> {
            let arrow = match (self.sort == key, self.descending) {
                (true, false) => " ▲",
                (true, true) => " ▼",
                (false, _) => "",
            };
            button(text(format!("{title}{arrow}")).size(style::size::LABEL))
                .padding(0)
                .style(style::flat(self.sort == key))
                .on_press(Message::SortBy(key))
                .into()
        };
        let plain =
            |title: String| -> Element<'_, Message> { text(title).size(style::size::LABEL).into() };
        let cells = [
            sortable(fl!("inbox-col-number"), SortKey::Number),
            sortable(fl!("inbox-col-received"), SortKey::Received),
            plain(fl!("inbox-col-complainant")),
            plain(fl!("inbox-col-subject")),
            plain(fl!("inbox-col-kind")),
            plain(fl!("inbox-col-category")),
            plain(fl!("inbox-col-status")),
            plain(fl!("inbox-col-assignee")),
            sortable(fl!("inbox-col-due"), SortKey::Due),
        ];
        cells_row(cells).padding([0.0, style::space::S]).into()
    }

    fn list(&self) -> Element<'_, Message> {
        let range = self.visible_range();
        let above = range.start as f32 * style::ROW_HEIGHT;
        let below = (self.len() - range.end) as f32 * style::ROW_HEIGHT;
        let mut rows = column![Space::new().height(above)];
        for index in range {
            rows = rows.push(self.list_row(index));
        }
        rows = rows.push(Space::new().height(below));
        scrollable(rows)
            .id(LIST)
            .height(Length::Fill)
            .on_scroll(|viewport| Message::Scrolled {
                offset: viewport.absolute_offset().y,
                height: viewport.bounds().height,
            })
            .into()
    }

    fn list_row(&self, index: usize) -> Element<'_, Message> {
        let selected = self.selected() == Some(index);
        let content: Element<'_, Message> = match self.row(index) {
            Some(r) => cells_row(self.cells(r)).into(),
            None => text("…").style(style::muted).into(),
        };
        button(content)
            .width(Length::Fill)
            .height(style::ROW_HEIGHT)
            .padding([style::space::XS, style::space::S])
            .style(style::inbox_row(selected, index % 2 == 1))
            .on_press(Message::Open(index))
            .into()
    }

    fn cells<'a>(&self, r: &'a InboxRow) -> [Element<'a, Message>; 9] {
        let cell = |s: String| -> Element<'a, Message> {
            text(s)
                .size(style::size::LABEL)
                .wrapping(text::Wrapping::None)
                .into()
        };
        let due: Element<'a, Message> = match r.next_due {
            Some(date) => {
                let state = klagomal_core::domain::DeadlineState::of(date, None, self.today);
                let colour = style::deadline_text(state);
                text(date.format("%Y-%m-%d").to_string())
                    .size(style::size::LABEL)
                    .style(colour)
                    .into()
            }
            None => cell(fl!("inbox-nothing-due")),
        };
        [
            cell(r.number.to_string()),
            cell(r.received_at.format("%Y-%m-%d").to_string()),
            cell(r.complainant.clone()),
            cell(r.subject.clone()),
            cell(label("kind", r.kind.code())),
            cell(
                r.category
                    .map(|c| label("category", c.code()))
                    .unwrap_or_default(),
            ),
            cell(label("status", r.status.code())),
            cell(r.assignee_name.clone().unwrap_or_default()),
            due,
        ]
    }
}

/// Lays out one row of cells in the inbox's column widths, clipping what does not fit.
fn cells_row<'a>(cells: [Element<'a, Message>; 9]) -> iced::widget::Row<'a, Message> {
    let mut r = row![].spacing(style::space::S).align_y(Alignment::Center);
    for (cell, width) in cells.into_iter().zip(WIDTHS) {
        r = r.push(container(cell).width(width).clip(true));
    }
    r
}
