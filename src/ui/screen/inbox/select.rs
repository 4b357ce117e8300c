//! Several cases at once: rows marked by Ctrl-click, Shift-click or Shift+↑/↓, and the marked
//! cases assigned to one officer together.

use std::collections::{BTreeSet, HashSet};

use super::{Action, State};
use crate::ui::Session;
use klagomal_core::domain::CaseId;
use klagomal_core::store::StoreError;

/// The marked cases (by id, so that they survive a new sort) and where a range starts.
#[derive(Debug, Clone, Default)]
pub struct Marks {
    ids: BTreeSet<CaseId>,
    anchor: Option<usize>,
}

impl Marks {
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn contains(&self, id: CaseId) -> bool {
        self.ids.contains(&id)
    }

    pub fn clear(&mut self) {
        self.ids.clear();
        self.anchor = None;
    }

    /// After the list changed: marks on cases no longer in it go, and row numbers mean nothing.
    pub fn keep_only(&mut self, ids: &[CaseId]) {
        self.anchor = None;
        if self.ids.is_empty() {
            return;
        }
        let present: HashSet<CaseId> = ids.iter().copied().collect();
        self.ids.retain(|id| present.contains(id));
    }

    /// Marks the row, or unmarks it; a later Shift-click ranges from it.
    fn toggle(&mut self, index: usize, ids: &[CaseId]) {
        if let Some(id) = ids.get(index)
            && !self.ids.remove(id)
        {
            self.ids.insert(*id);
        }
        self.anchor = Some(index);
    }

    /// Marks the rows from the anchor to `index`, and no others.
    fn range(&mut self, anchor: usize, index: usize, ids: &[CaseId]) {
        let (from, to) = (anchor.min(index), anchor.max(index));
        self.ids = ids
            .get(from..=to.min(ids.len().saturating_sub(1)))
            .unwrap_or_default()
            .iter()
            .copied()
            .collect();
        self.anchor = Some(anchor);
    }
}

/// What the last bulk action did, shown in the bar where it was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Assigned { count: usize, officer: String },
}

impl State {
    /// A click on a row opens the case; with Ctrl it marks or unmarks the row, with Shift it
    /// marks the rows from the last one marked (or the keyboard's row) to this one.
    pub(super) fn row_pressed(&mut self, index: usize) -> Action {
        if self.modifiers.command() {
            self.notice = None;
            self.marks.toggle(index, &self.ids);
            self.selected = Some(index);
        } else if self.modifiers.shift() {
            self.notice = None;
            let anchor = self.marks.anchor.or(self.selected).unwrap_or(index);
            self.marks.range(anchor, index, &self.ids);
            self.selected = Some(index);
        } else if let Some(id) = self.ids.get(index) {
            return Action::OpenCase(*id);
        }
        Action::None
    }

    /// Shift+↑/↓: moves the keyboard's row and marks everything from where it started.
    pub(super) fn extend(&mut self, down: bool, session: &Session) -> Result<Action, StoreError> {
        let Some(last) = self.ids.len().checked_sub(1) else {
            return Ok(Action::None);
        };
        let from = self.selected.unwrap_or(0);
        let to = match (down, self.selected) {
            (_, None) => 0,
            (true, Some(i)) => (i + 1).min(last),
            (false, Some(i)) => i.saturating_sub(1),
        };
        let anchor = self.marks.anchor.unwrap_or(from);
        self.notice = None;
        self.marks.range(anchor, to, &self.ids);
        self.move_to(to, session)
    }

    /// Assigns every marked case to the picked officer in one transaction (each change with its
    /// own audit event, as one at a time would have), then says so where the officer looks.
    pub(super) fn assign_marked(&mut self, session: &mut Session) -> Result<Action, StoreError> {
        let Some(officer) = self.assign_to else {
            return Ok(Action::None);
        };
        let ids: Vec<CaseId> = self.marks.ids.iter().copied().collect();
        if ids.is_empty() {
            return Ok(Action::None);
        }
        session.store.batch(|b| {
            ids.iter()
                .try_for_each(|id| b.assign(*id, Some(officer)).map(drop))
        })?;
        let name = self
            .officers
            .iter()
            .find(|o| o.id == officer)
            .map(|o| o.name.clone())
            .unwrap_or_default();
        self.marks.clear();
        let task = self.refresh(session)?;
        self.notice = Some(Notice::Assigned {
            count: ids.len(),
            officer: name,
        });
        Ok(Action::Run(task))
    }

    /// Whether the row at `index` is marked.
    pub fn is_marked(&self, index: usize) -> bool {
        self.ids
            .get(index)
            .is_some_and(|id| self.marks.contains(*id))
    }

    /// The marked cases, in no particular order.
    pub fn marked(&self) -> Vec<CaseId> {
        self.marks.ids.iter().copied().collect()
    }
}
