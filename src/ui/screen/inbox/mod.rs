//! The inbox: every case in one virtualised list. The ids of the whole selection come from the
//! store in one query; only the rows in view (and a few around them) are read and built.

mod backup_line;
mod filters;
mod fit;
mod select;
mod table;
mod view;

use std::collections::HashMap;
use std::time::Duration;

use chrono::NaiveDate;
use iced::widget::scrollable::AbsoluteOffset;
use iced::{Task, keyboard};

use crate::ui::{Session, Shortcut, job, style};
use klagomal_core::domain::{CaseId, CaseKind, Category, Officer, OfficerId, Status};
use klagomal_core::store::{InboxFilter, InboxRow, SEARCH_CANDIDATES, SortKey, StoreError};
use select::{Marks, Notice};

/// The search field's id.
pub const SEARCH: &str = "inbox-search";
/// The list's id.
pub const LIST: &str = "inbox-list";
/// The new-case button's id.
pub const NEW_CASE: &str = "inbox-new-case";
/// The button to the settings when this year's prisbasbelopp is missing.
pub const ADD_PRISBASBELOPP: &str = "inbox-add-prisbasbelopp";
/// The button to the retention sweep when one is due.
pub const SWEEP_RETENTION: &str = "inbox-sweep-retention";

/// Rows built above and below the visible ones, so that a scroll step never shows a gap.
const OVERSCAN: usize = 8;
/// Quiet time after the last keystroke before a search runs.
const DEBOUNCE: Duration = Duration::from_millis(250);

/// The sidebar's quick selections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quick {
    All,
    Mine,
    Overdue,
    DueToday,
    Status(Status),
}

/// The pick lists above the list: each narrows the quick selection and the search further.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Picks {
    pub officer: Option<OfficerId>,
    pub category: Option<Category>,
    pub kind: Option<CaseKind>,
}

/// What the screen holds.
pub struct State {
    quick: Quick,
    picks: Picks,
    search: String,
    search_generation: u64,
    sort: SortKey,
    descending: bool,
    ids: Vec<CaseId>,
    rows: HashMap<CaseId, InboxRow>,
    offset: f32,
    viewport: f32,
    /// The keyboard's row: Enter opens it, Shift+↑/↓ marks from it.
    selected: Option<usize>,
    marks: Marks,
    /// Ctrl and Shift as they are now, for what a click on a row means.
    modifiers: keyboard::Modifiers,
    /// The officer the marked cases go to, once picked.
    assign_to: Option<OfficerId>,
    /// What the last bulk action did, shown where it was done.
    notice: Option<Notice>,
    officers: Vec<Officer>,
    counts: Counts,
    /// All matches of a search, when there were more than the list shows.
    search_hits: Option<Hits>,
    /// Which selection the count under way belongs to: a newer one makes it stale.
    count_generation: u64,
    /// The count to start with the next action, set by a reload.
    counting: Option<Task<Message>>,
    today: NaiveDate,
    /// The cases past the retention period, when a sweep is due and the officer may run it.
    retention_due: Option<u64>,
}

/// How many cases a search found beyond the candidates the list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hits {
    /// Counted on a connection of its own, off the UI thread: at a million cases a common word
    /// takes a tenth of a second to count.
    Counting,
    /// This many in all.
    Counted(u64),
}

/// The sidebar's numbers.
#[derive(Debug, Clone, Default)]
pub struct Counts {
    pub total: u64,
    pub mine: u64,
    pub overdue: u64,
    pub due_today: u64,
    pub per_status: Vec<(Status, u64)>,
}

/// What happens on the screen.
#[derive(Debug, Clone)]
pub enum Message {
    SearchChanged(String),
    SearchSettled(u64),
    Quick(Quick),
    Picked(Picks),
    ClearFilters,
    SortBy(SortKey),
    Scrolled {
        offset: f32,
        height: f32,
    },
    /// A click on a row: opens it, or with Ctrl or Shift marks it.
    RowPressed(usize),
    ModifiersChanged(keyboard::Modifiers),
    /// A search's matches counted in the background, for the selection of that generation.
    Counted {
        generation: u64,
        hits: Result<u64, StoreError>,
    },
    AssignTo(OfficerId),
    AssignMarked,
    ClearMarks,
    NewCase,
    Import,
    /// To the settings, where this year's prisbasbelopp is added.
    OpenSettings,
    /// To the settings' retention part, where the due sweep is run.
    OpenRetention,
    /// To the backup settings (the line about backups).
    OpenBackups,
    Shortcut(Shortcut),
}

/// What the parent does next.
pub enum Action {
    None,
    Run(Task<Message>),
    OpenCase(CaseId),
    NewCase,
    Import,
    Settings,
    /// The settings, at the retention part.
    Retention,
    Error(StoreError),
}

impl State {
    /// The inbox with every case, soonest deadline first.
    pub fn new(session: &Session) -> Result<State, StoreError> {
        let mut state = State {
            quick: Quick::All,
            picks: Picks::default(),
            search: String::new(),
            search_generation: 0,
            sort: SortKey::Due,
            descending: false,
            ids: Vec::new(),
            rows: HashMap::new(),
            offset: 0.0,
            viewport: 800.0,
            selected: None,
            marks: Marks::default(),
            modifiers: keyboard::Modifiers::default(),
            assign_to: None,
            notice: None,
            officers: session.store.officers()?,
            counts: Counts::default(),
            search_hits: None,
            count_generation: 0,
            counting: None,
            today: session.store.today(),
            retention_due: retention_reminder(session)?,
        };
        state.reload(session)?;
        state.recount(session)?;
        Ok(state)
    }

    pub fn update(&mut self, message: Message, session: &mut Session) -> Action {
        let action = self.handle(message, session);
        match (self.counting.take(), action) {
            (Some(count), Action::None) => Action::Run(count),
            (Some(count), Action::Run(task)) => Action::Run(Task::batch([task, count])),
            (_, action) => action,
        }
    }

    fn handle(&mut self, message: Message, session: &mut Session) -> Action {
        let result = match message {
            Message::SearchChanged(text) => return self.search_changed(text),
            Message::SearchSettled(generation) if generation != self.search_generation => {
                Ok(Action::None)
            }
            Message::SearchSettled(_) => self.reloaded(session),
            Message::Quick(quick) => self.quick_picked(quick, session),
            Message::Picked(picks) => self.picked(picks, session),
            Message::ClearFilters => self.clear_filters(session),
            Message::SortBy(key) => {
                self.descending = self.sort == key && !self.descending;
                self.sort = key;
                self.reloaded(session)
            }
            Message::Scrolled { offset, height } => {
                self.offset = offset;
                self.viewport = height;
                self.load_visible(session).map(|()| Action::None)
            }
            Message::RowPressed(index) => Ok(self.row_pressed(index)),
            Message::ModifiersChanged(modifiers) => {
                self.modifiers = modifiers;
                Ok(Action::None)
            }
            Message::Counted { generation, hits } => self.counted(generation, hits),
            Message::AssignTo(officer) => {
                self.assign_to = Some(officer);
                Ok(Action::None)
            }
            Message::AssignMarked => self.assign_marked(session),
            Message::ClearMarks => {
                self.marks.clear();
                Ok(Action::None)
            }
            Message::NewCase => Ok(Action::NewCase),
            Message::Import => Ok(Action::Import),
            Message::OpenSettings => Ok(Action::Settings),
            Message::OpenRetention | Message::OpenBackups => Ok(Action::Retention),
            Message::Shortcut(key) => self.shortcut(key, session),
        };
        result.unwrap_or_else(Action::Error)
    }

    fn search_changed(&mut self, text: String) -> Action {
        self.search = text;
        self.search_generation += 1;
        let generation = self.search_generation;
        Action::Run(Task::perform(
            async { tokio::time::sleep(DEBOUNCE).await },
            move |()| Message::SearchSettled(generation),
        ))
    }

    fn counted(
        &mut self,
        generation: u64,
        hits: Result<u64, StoreError>,
    ) -> Result<Action, StoreError> {
        if generation != self.count_generation {
            return Ok(Action::None);
        }
        self.search_hits = None;
        let hits = hits?;
        self.search_hits = (hits > u64::from(SEARCH_CANDIDATES)).then_some(Hits::Counted(hits));
        Ok(Action::None)
    }

    fn shortcut(&mut self, key: Shortcut, session: &Session) -> Result<Action, StoreError> {
        // Find and Escape work on an empty list too: they are the way out of a search that
        // finds nothing.
        let last = match key {
            Shortcut::Find => return Ok(Action::Run(focus_search())),
            Shortcut::Escape => return self.escape(session),
            Shortcut::ExtendUp => return self.extend(false, session),
            Shortcut::ExtendDown => return self.extend(true, session),
            _ => match self.ids.len().checked_sub(1) {
                Some(last) => last,
                None => return Ok(Action::None),
            },
        };
        let selected = match (key, self.selected) {
            (Shortcut::Down, None) | (Shortcut::Up, None) => 0,
            (Shortcut::Down, Some(i)) => (i + 1).min(last),
            (Shortcut::Up, Some(i)) => i.saturating_sub(1),
            (Shortcut::Enter, Some(i)) => {
                return Ok(self
                    .ids
                    .get(i)
                    .map_or(Action::None, |id| Action::OpenCase(*id)));
            }
            _ => return Ok(Action::None),
        };
        self.marks.clear();
        self.move_to(selected, session)
    }

    /// Puts the keyboard's row at `index` and scrolls it into view.
    fn move_to(&mut self, index: usize, session: &Session) -> Result<Action, StoreError> {
        self.selected = Some(index);
        Ok(self
            .keep_in_view(index, session)?
            .map_or(Action::None, Action::Run))
    }

    /// Scrolls so that row `index` is visible; `None` when it already is.
    fn keep_in_view(
        &mut self,
        index: usize,
        session: &Session,
    ) -> Result<Option<Task<Message>>, StoreError> {
        let top = index as f32 * style::ROW_HEIGHT;
        let bottom = top + style::ROW_HEIGHT;
        let offset = if top < self.offset {
            top
        } else if bottom > self.offset + self.viewport {
            bottom - self.viewport
        } else {
            return Ok(None);
        };
        self.offset = offset;
        self.load_visible(session)?;
        Ok(Some(iced::widget::operation::scroll_to(
            LIST,
            AbsoluteOffset { x: 0.0, y: offset },
        )))
    }

    /// Back from a case: the same selection, sort, search and place in the list, with fresh data
    /// (the case may have changed, and so may the counts).
    pub fn refresh(&mut self, session: &Session) -> Result<Task<Message>, StoreError> {
        let (selected, offset) = (self.selected, self.offset);
        // Keys let go of on another screen never reached this one.
        self.modifiers = keyboard::Modifiers::default();
        self.officers = session.store.officers()?;
        // Asked again only while shown: after a sweep it goes.
        if self.retention_due.is_some() {
            self.retention_due = retention_reminder(session)?;
        }
        self.reload(session)?;
        self.recount(session)?;
        let last = self.ids.len().checked_sub(1);
        self.selected = selected.zip(last).map(|(s, last)| s.min(last));
        self.offset = offset;
        self.load_visible(session)?;
        let scroll = iced::widget::operation::scroll_to(LIST, AbsoluteOffset { x: 0.0, y: offset });
        Ok(match self.counting.take() {
            Some(count) => Task::batch([scroll, count]),
            None => scroll,
        })
    }

    /// Reloads and scrolls the list back to the top.
    fn reloaded(&mut self, session: &Session) -> Result<Action, StoreError> {
        self.reload(session)?;
        Ok(Action::Run(iced::widget::operation::scroll_to(
            LIST,
            AbsoluteOffset { x: 0.0, y: 0.0 },
        )))
    }

    /// Runs the selection again: ids, counts and the visible rows.
    fn reload(&mut self, session: &Session) -> Result<(), StoreError> {
        let store = &session.store;
        self.today = store.today();
        let filter = self.filter(session);
        self.ids = store.inbox_ids(&filter, self.sort, self.descending)?;
        self.count_in_background(filter, session);
        self.rows.clear();
        self.selected = None;
        self.marks.keep_only(&self.ids);
        self.offset = 0.0;
        self.load_visible(session)
    }

    /// A full list of candidates may hide more: then the real number is counted on a
    /// connection of its own, and the list does not wait for it.
    fn count_in_background(&mut self, filter: InboxFilter, session: &Session) {
        self.count_generation += 1;
        self.counting = None;
        self.search_hits = None;
        if filter.search.is_none() || (self.ids.len() as u64) < u64::from(SEARCH_CANDIDATES) {
            return;
        }
        self.search_hits = Some(Hits::Counting);
        let (generation, reopen) = (self.count_generation, session.reopen());
        self.counting = Some(job::once(
            move || reopen.open()?.search_count(&filter),
            move |hits| Message::Counted { generation, hits },
        ));
    }

    /// Counts the cases for the sidebar. They change only when cases do, not with the selection.
    fn recount(&mut self, session: &Session) -> Result<(), StoreError> {
        let store = &session.store;
        let mine = InboxFilter {
            assignee: Some(store.actor()),
            ..InboxFilter::default()
        };
        let overdue = InboxFilter {
            overdue_on: Some(self.today),
            ..InboxFilter::default()
        };
        let due_today = InboxFilter {
            due_on: Some(self.today),
            ..InboxFilter::default()
        };
        self.counts = Counts {
            total: store.case_count()?,
            mine: store.inbox_count(&mine)?,
            overdue: store.inbox_count(&overdue)?,
            due_today: store.inbox_count(&due_today)?,
            per_status: store.status_counts()?,
        };
        Ok(())
    }

    /// The rows of the list that are (nearly) in view.
    fn visible_range(&self) -> std::ops::Range<usize> {
        let first = (self.offset / style::ROW_HEIGHT).floor().max(0.0) as usize;
        let count = (self.viewport / style::ROW_HEIGHT).ceil() as usize + 1;
        let start = first.saturating_sub(OVERSCAN).min(self.ids.len());
        let end = (first + count + OVERSCAN).min(self.ids.len());
        start..end
    }

    /// Reads the rows in view that are not cached yet; keeps the cache small.
    fn load_visible(&mut self, session: &Session) -> Result<(), StoreError> {
        let range = self.visible_range();
        let missing: Vec<CaseId> = self.ids[range.clone()]
            .iter()
            .filter(|id| !self.rows.contains_key(id))
            .copied()
            .collect();
        if missing.is_empty() {
            return Ok(());
        }
        if self.rows.len() > 2_000 {
            let keep: std::collections::HashSet<CaseId> = self.ids[range].iter().copied().collect();
            self.rows.retain(|id, _| keep.contains(id));
        }
        for row in session.store.inbox_rows(&missing)? {
            self.rows.insert(row.id, row);
        }
        Ok(())
    }

    /// How many cases the list holds.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// True when no case matches.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The row at `index`, when it is loaded.
    pub fn row(&self, index: usize) -> Option<&InboxRow> {
        self.ids.get(index).and_then(|id| self.rows.get(id))
    }

    /// The selected row's index.
    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    /// The search text.
    pub fn search(&self) -> &str {
        &self.search
    }

    /// The cases past the retention period, when the banner reminds of a sweep.
    pub fn retention_due(&self) -> Option<u64> {
        self.retention_due
    }
}

/// The banner's rule: shown to an administrator or complaints manager when the store says a
/// sweep is due (cases past the period, and no sweep in the last 30 days), with their number.
fn retention_reminder(session: &Session) -> Result<Option<u64>, StoreError> {
    if !super::settings::retention::may_sweep(session) {
        return Ok(None);
    }
    session.store.sweep_reminder()
}

/// Ctrl+F: the search field, its text selected so that typing replaces it.
fn focus_search() -> Task<Message> {
    iced::widget::operation::focus(SEARCH).chain(iced::widget::operation::select_all(SEARCH))
}

#[cfg(test)]
mod banner_tests;
#[cfg(test)]
mod tests;
