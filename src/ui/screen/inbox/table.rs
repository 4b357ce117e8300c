//! The list itself: column headers that sort, and only the rows in view, each text cut to its
//! column with "…" and shown whole on hover.

use iced::widget::{Space, button, column, container, responsive, row, scrollable, text, tooltip};
use iced::{Alignment, Element, Length};

use super::{LIST, Message, State, fit};
use crate::ui::style;
use klagomal_core::fl;
use klagomal_core::i18n::label;
use klagomal_core::store::{InboxRow, SortKey};

/// A column's width: fixed for numbers, dates, statuses and names, which read badly cut; a share
/// of the rest for the free texts.
#[derive(Debug, Clone, Copy)]
enum Width {
    Fixed(f32),
    Share(f32),
}

/// The columns in order, as [`SortKey::ALL`] lists them. At 1280 px every Swedish and English
/// header fits with its sort arrow, and so does "Väntar på komplettering".
const COLUMNS: [Width; 9] = [
    Width::Fixed(98.0),
    Width::Fixed(84.0),
    Width::Share(3.0),
    Width::Share(4.0),
    Width::Share(2.0),
    Width::Share(3.0),
    Width::Fixed(156.0),
    Width::Fixed(112.0),
    Width::Fixed(84.0),
];

/// A row's room besides its cells: its padding on both sides and the gaps between the cells.
const ROW_INSET: f32 = 2.0 * style::space::S + 8.0 * style::space::S;

/// The cells' widths in a table `total` pixels wide.
pub fn column_widths(total: f32) -> [f32; 9] {
    let fixed: f32 = COLUMNS
        .iter()
        .map(|w| match w {
            Width::Fixed(px) => *px,
            Width::Share(_) => 0.0,
        })
        .sum();
    let shares: f32 = COLUMNS
        .iter()
        .map(|w| match w {
            Width::Share(n) => *n,
            Width::Fixed(_) => 0.0,
        })
        .sum();
    let rest = (total - ROW_INSET - fixed).max(0.0);
    COLUMNS.map(|w| match w {
        Width::Fixed(px) => px,
        Width::Share(n) => rest * n / shares,
    })
}

/// The header's titles, in the order of the columns.
pub fn titles() -> [String; 9] {
    [
        fl!("inbox-col-number"),
        fl!("inbox-col-received"),
        fl!("inbox-col-complainant"),
        fl!("inbox-col-subject"),
        fl!("inbox-col-kind"),
        fl!("inbox-col-category"),
        fl!("inbox-col-status"),
        fl!("inbox-col-assignee"),
        fl!("inbox-col-due"),
    ]
}

/// A text in a cell `width` wide: whole when it fits, else cut with "…" and whole in a tooltip.
pub fn clipped<'a>(full: String, width: f32, size: f32) -> Element<'a, Message> {
    match fit::clip(&full, width, size) {
        None => text(full).size(size).wrapping(text::Wrapping::None).into(),
        Some(short) => tooltip(
            text(short).size(size).wrapping(text::Wrapping::None),
            container(text(full).size(size))
                .padding(style::space::S)
                .style(style::card),
            tooltip::Position::Bottom,
        )
        .into(),
    }
}

impl State {
    /// Header and rows, laid out for the width the window gives them.
    pub(super) fn table(&self) -> Element<'_, Message> {
        responsive(move |size| {
            let widths = column_widths(size.width);
            let body: Element<'_, Message> = if self.is_empty() {
                self.empty()
            } else {
                self.list(widths)
            };
            column![self.header(widths), body]
                .spacing(style::space::S)
                .into()
        })
        .into()
    }

    fn empty(&self) -> Element<'_, Message> {
        container(
            column![
                text(fl!("inbox-empty")).style(style::muted),
                text(fl!("inbox-empty-hint"))
                    .size(style::size::SMALL)
                    .style(style::muted),
            ]
            .spacing(style::space::S)
            .align_x(Alignment::Center),
        )
        .center(Length::Fill)
        .into()
    }

    fn header(&self, widths: [f32; 9]) -> Element<'_, Message> {
        let arrow_width = fit::width(" ▲", style::size::LABEL);
        let cells =
            titles()
                .into_iter()
                .zip(SortKey::ALL)
                .zip(widths)
                .map(|((title, key), width)| {
                    let active = self.sort == key;
                    let arrow = match (active, self.descending) {
                        (true, false) => " ▲",
                        (true, true) => " ▼",
                        (false, _) => "",
                    };
                    let title =
                        fit::clip(&title, width - arrow_width, style::size::LABEL).unwrap_or(title);
                    button(
                        text(format!("{title}{arrow}"))
                            .size(style::size::LABEL)
                            .wrapping(text::Wrapping::None),
                    )
                    .width(Length::Fill)
                    .padding(0)
                    .style(style::flat(active))
                    .on_press(Message::SortBy(key))
                    .into()
                });
        cells_row(cells, widths)
            .padding([0.0, style::space::S])
            .into()
    }

    fn list(&self, widths: [f32; 9]) -> Element<'_, Message> {
        let range = self.visible_range();
        let above = range.start as f32 * style::ROW_HEIGHT;
        let below = (self.len() - range.end) as f32 * style::ROW_HEIGHT;
        let mut rows = column![Space::new().height(above)];
        for index in range {
            rows = rows.push(self.list_row(index, widths));
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

    fn list_row(&self, index: usize, widths: [f32; 9]) -> Element<'_, Message> {
        let selected = self.selected() == Some(index) || self.is_marked(index);
        let content: Element<'_, Message> = match self.row(index) {
            Some(r) => cells_row(self.cells(r, widths), widths).into(),
            None => text("…").style(style::muted).into(),
        };
        button(content)
            .width(Length::Fill)
            .height(style::ROW_HEIGHT)
            .padding([style::space::XS, style::space::S])
            .style(style::inbox_row(selected, index % 2 == 1))
            .on_press(Message::RowPressed(index))
            .into()
    }

    fn cells<'a>(&self, r: &'a InboxRow, widths: [f32; 9]) -> Vec<Element<'a, Message>> {
        let size = style::size::LABEL;
        let due: Element<'a, Message> = match r.next_due {
            Some(date) => {
                // The case header's colour language: one rule in the library, one mapping.
                let state = klagomal_core::domain::DeadlineState::of(date, None, self.today);
                let colour = style::deadline_text(state);
                text(date.format("%Y-%m-%d").to_string())
                    .size(size)
                    .style(colour)
                    .into()
            }
            None => text(fl!("inbox-nothing-due")).size(size).into(),
        };
        let texts = [
            r.number.to_string(),
            r.received_at.format("%Y-%m-%d").to_string(),
            r.complainant.clone(),
            r.subject.clone(),
            label("kind", r.kind.code()),
            r.category
                .map(|c| label("category", c.code()))
                .unwrap_or_default(),
            label("status", r.status.code()),
            r.assignee_name.clone().unwrap_or_default(),
        ];
        texts
            .into_iter()
            .zip(widths)
            .map(|(t, width)| clipped(t, width, size))
            .chain([due])
            .collect()
    }
}

/// Lays out one row of cells in the given widths, clipping whatever still does not fit.
fn cells_row<'a>(
    cells: impl IntoIterator<Item = Element<'a, Message>>,
    widths: [f32; 9],
) -> iced::widget::Row<'a, Message> {
    let mut r = row![].spacing(style::space::S).align_y(Alignment::Center);
    for (cell, width) in cells.into_iter().zip(widths) {
        r = r.push(container(cell).width(width).clip(true));
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_columns_fill_the_width_and_every_header_fits_at_1280_px() {
        // 1280 px window, less the sidebar and the main area's padding.
        let total = 1280.0 - style::SIDEBAR_WIDTH - 2.0 * style::space::M;
        let widths = column_widths(total);
        let sum: f32 = widths.iter().sum::<f32>() + ROW_INSET;
        assert!((sum - total).abs() < 0.5, "{sum} vs {total}");
        let arrow = fit::width(" ▲", style::size::LABEL);
        for (title, width) in titles().iter().zip(widths) {
            assert!(
                fit::width(title, style::size::LABEL) + arrow <= width,
                "{title} fits {width} px with its arrow"
            );
        }
        // The longest status and a typical date are never cut.
        let status = label("status", "awaiting-information");
        assert!(fit::clip(&status, widths[6], style::size::LABEL).is_none());
        assert!(fit::clip("2026-11-24", widths[8], style::size::LABEL).is_none());
        assert!(fit::clip("K-2026-00042", widths[0], style::size::LABEL).is_none());
        // A narrow window gives the texts no room rather than a negative width.
        assert!(column_widths(300.0).iter().all(|w| *w >= 0.0));
    }
}
