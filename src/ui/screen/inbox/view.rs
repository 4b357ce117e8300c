//! Drawing the inbox: sidebar, search, filters, the bar for marked cases and the table.

use iced::widget::{Column, Space, button, column, container, pick_list, row, text, text_input};
use iced::{Alignment, Element, Length};

use super::select::Notice;
use super::table::clipped;
use super::{
    ADD_PRISBASBELOPP, Hits, Message, NEW_CASE, Picks, Quick, SEARCH, SWEEP_RETENTION, State, fit,
};
use crate::ui::{Choice, Session, style};
use klagomal_core::domain::{CaseKind, Category, OfficerId, Role, Status};
use klagomal_core::fl;
use klagomal_core::i18n::label;
use klagomal_core::store::SEARCH_CANDIDATES;

impl State {
    pub fn view(&self, session: &Session) -> Element<'_, Message> {
        row![self.sidebar(), self.main(session)]
            .height(Length::Fill)
            .into()
    }

    fn sidebar(&self) -> Element<'_, Message> {
        let size = style::size::LABEL;
        // The label gets what the count leaves: one line, cut with "…" rather than wrapped.
        let room = style::SIDEBAR_WIDTH - 2.0 * style::space::M - 2.0 * style::space::XS;
        let entry = |name: String, count: u64, quick: Quick| {
            let count = count.to_string();
            let width = room - style::space::S - fit::width(&count, size);
            let content = row![
                container(clipped(name, width, size)).width(Length::Fill),
                text(count).size(size).style(style::muted)
            ]
            .spacing(style::space::S)
            .align_y(Alignment::Center);
            button(content)
                .width(Length::Fill)
                .padding([style::space::XS, style::space::XS])
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
        let wide = |label: String, message: Message| {
            button(text(label).width(Length::Fill).align_x(Alignment::Center))
                .on_press(message)
                .width(Length::Fill)
                .padding(style::space::S)
        };
        let mut list = column![
            container(wide(fl!("inbox-new-case"), Message::NewCase)).id(NEW_CASE),
            wide(fl!("inbox-import"), Message::Import).style(style::secondary),
            Space::new().height(style::space::S),
            entry(fl!("inbox-all"), self.counts.total, Quick::All),
            entry(fl!("inbox-mine"), self.counts.mine, Quick::Mine),
            entry(fl!("inbox-overdue"), self.counts.overdue, Quick::Overdue),
            entry(
                fl!("inbox-due-today"),
                self.counts.due_today,
                Quick::DueToday
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

    fn main(&self, session: &Session) -> Element<'_, Message> {
        let search = text_input(&fl!("inbox-search"), &self.search)
            .id(SEARCH)
            .on_input(Message::SearchChanged)
            .padding(style::space::S)
            .size(style::size::BODY);
        let summary = match self.search_hits {
            None => fl!("inbox-count", count = self.len()),
            Some(Hits::Counting) => fl!("inbox-search-counting", shown = SEARCH_CANDIDATES),
            Some(Hits::Counted(hits)) => fl!(
                "inbox-search-capped",
                hits = hits,
                shown = SEARCH_CANDIDATES
            ),
        };
        let top = row![search, text(summary).style(style::muted)]
            .spacing(style::space::M)
            .align_y(Alignment::Center);
        let mut main = Column::new().push(top);
        let year = chrono::Datelike::year(&self.today);
        if session.settings.prisbasbelopp_missing(year) {
            let warning =
                text(fl!("prisbasbelopp-missing", year = year)).style(style::warning_text);
            // Only an administrator can add it; the others are told whom to ask.
            let next: Element<'_, Message> = match session.may(Role::Admin) {
                true => container(
                    button(text(fl!("inbox-prisbasbelopp-add")))
                        .style(style::secondary)
                        .on_press(Message::OpenSettings),
                )
                .id(ADD_PRISBASBELOPP)
                .into(),
                false => text(fl!("inbox-prisbasbelopp-ask"))
                    .style(style::muted)
                    .into(),
            };
            main = main.push(
                row![warning, next]
                    .spacing(style::space::M)
                    .align_y(Alignment::Center),
            );
        }
        if let Some(cases) = self.retention_due {
            let months = session.settings.retention.months;
            let open = button(text(fl!("inbox-retention-open")))
                .style(style::secondary)
                .on_press(Message::OpenRetention);
            main = main.push(
                row![
                    text(fl!("inbox-retention-due", cases = cases, months = months))
                        .style(style::warning_text),
                    container(open).id(SWEEP_RETENTION)
                ]
                .spacing(style::space::M)
                .align_y(Alignment::Center),
            );
        }
        let backup = super::backup_line::notice(
            &session.settings.backup,
            &session.backup,
            session.store.now(),
        );
        main = main.push(super::backup_line::view(backup));
        main.push(self.filters())
            .push(self.bulk_bar())
            .push(self.table())
            .spacing(style::space::S)
            .padding(style::space::M)
            .width(Length::Fill)
            .into()
    }

    /// Officer, category and kind, each with "all" first; and a way back to everything.
    fn filters(&self) -> Element<'_, Message> {
        let picks = self.picks;
        let mut officers = vec![None];
        officers.extend(self.officers.iter().map(|o| Some(o.id)));
        let officers = Choice::all(&officers, |id| match id {
            None => fl!("inbox-all-officers"),
            Some(id) => self.officer_name(id),
        });
        let mut categories = vec![None];
        categories.extend(Category::ALL.iter().copied().map(Some));
        let categories = Choice::all(&categories, |c| match c {
            None => fl!("inbox-all-categories"),
            Some(c) => label("category", c.code()),
        });
        let mut kinds = vec![None];
        kinds.extend(CaseKind::ALL.iter().copied().map(Some));
        let kinds = Choice::all(&kinds, |k| match k {
            None => fl!("inbox-all-kinds"),
            Some(k) => label("kind", k.code()),
        });
        let selected_officer = Choice::find(&officers, picks.officer);
        let selected_category = Choice::find(&categories, picks.category);
        let selected_kind = Choice::find(&kinds, picks.kind);
        let filtered = picks != Picks::default() || self.quick != Quick::All;
        let clear: Element<'_, Message> = match filtered {
            true => button(text(fl!("inbox-clear-filters")).size(style::size::LABEL))
                .style(style::flat(false))
                .padding([style::space::XS, style::space::S])
                .on_press(Message::ClearFilters)
                .into(),
            false => Space::new().into(),
        };
        row![
            pick_list(
                officers,
                selected_officer,
                move |c: Choice<Option<OfficerId>>| {
                    Message::Picked(Picks {
                        officer: c.value,
                        ..picks
                    })
                }
            )
            .width(style::dim::PICKER)
            .text_size(style::size::LABEL),
            pick_list(
                categories,
                selected_category,
                move |c: Choice<Option<Category>>| {
                    Message::Picked(Picks {
                        category: c.value,
                        ..picks
                    })
                }
            )
            .width(style::dim::PICKER)
            .text_size(style::size::LABEL),
            pick_list(kinds, selected_kind, move |c: Choice<Option<CaseKind>>| {
                Message::Picked(Picks {
                    kind: c.value,
                    ..picks
                })
            })
            .width(style::dim::PICKER)
            .text_size(style::size::LABEL),
            clear,
        ]
        .spacing(style::space::S)
        .align_y(Alignment::Center)
        .into()
    }

    /// With cases marked: how many, to whom and "Tilldela". After assigning: what was done, in
    /// the same place. Otherwise a hint how to mark.
    fn bulk_bar(&self) -> Element<'_, Message> {
        let size = style::size::LABEL;
        let content: Element<'_, Message> = if !self.marks.is_empty() {
            let active: Vec<_> = self
                .officers
                .iter()
                .filter(|o| o.active)
                .map(|o| o.id)
                .collect();
            let officers = Choice::all(&active, |id| self.officer_name(id));
            let selected = self.assign_to.and_then(|id| Choice::find(&officers, id));
            row![
                text(fl!("inbox-marked", count = self.marks.len())).size(size),
                pick_list(officers, selected, |c: Choice<OfficerId>| {
                    Message::AssignTo(c.value)
                })
                .placeholder(fl!("inbox-assign-to"))
                .width(style::dim::PICKER)
                .text_size(size),
                button(text(fl!("inbox-assign")).size(size))
                    .padding([style::space::XS, style::space::M])
                    .on_press_maybe(self.assign_to.map(|_| Message::AssignMarked)),
                button(text(fl!("inbox-unmark")).size(size))
                    .padding([style::space::XS, style::space::M])
                    .style(style::secondary)
                    .on_press(Message::ClearMarks),
            ]
            .spacing(style::space::M)
            .align_y(Alignment::Center)
            .into()
        } else if let Some(Notice::Assigned { count, officer }) = &self.notice {
            let (count, officer) = (*count, officer.clone());
            let said = fl!("inbox-assigned", count = count, officer = officer);
            return container(text(said).size(size))
                .width(Length::Fill)
                .height(style::dim::BULK_BAR)
                .padding([0.0, style::space::M])
                .align_y(Alignment::Center)
                .style(style::success_banner)
                .into();
        } else {
            text(fl!("inbox-mark-hint"))
                .size(style::size::SMALL)
                .style(style::muted)
                .into()
        };
        container(content)
            .width(Length::Fill)
            .height(style::dim::BULK_BAR)
            .align_y(Alignment::Center)
            .into()
    }

    fn officer_name(&self, id: OfficerId) -> String {
        self.officers
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.name.clone())
            .unwrap_or_default()
    }
}
