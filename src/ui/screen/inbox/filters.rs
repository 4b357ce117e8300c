//! Which cases the list holds: the quick selection, the pick lists and the search together,
//! and Escape as the way back out of them.

use super::{Action, Picks, Quick, State};
use crate::ui::Session;
use klagomal_core::store::{InboxFilter, StoreError};

impl State {
    /// Escape undoes the narrowest thing first: the marks, then the search, then the filters.
    pub(super) fn escape(&mut self, session: &Session) -> Result<Action, StoreError> {
        if !self.marks.is_empty() {
            self.marks.clear();
            return Ok(Action::None);
        }
        if !self.search.is_empty() {
            self.search.clear();
            self.search_generation += 1;
            return self.reloaded(session);
        }
        self.clear_filters(session)
    }

    /// "Mine" and a picked officer both say whose cases: the one chosen last wins.
    pub(super) fn quick_picked(
        &mut self,
        quick: Quick,
        session: &Session,
    ) -> Result<Action, StoreError> {
        if quick == Quick::Mine {
            self.picks.officer = None;
        }
        self.quick = quick;
        self.reloaded(session)
    }

    pub(super) fn picked(&mut self, picks: Picks, session: &Session) -> Result<Action, StoreError> {
        if picks.officer.is_some() && self.quick == Quick::Mine {
            self.quick = Quick::All;
        }
        self.picks = picks;
        self.reloaded(session)
    }

    pub(super) fn clear_filters(&mut self, session: &Session) -> Result<Action, StoreError> {
        if self.picks == Picks::default() && self.quick == Quick::All {
            return Ok(Action::None);
        }
        self.picks = Picks::default();
        self.quick = Quick::All;
        self.reloaded(session)
    }

    pub(super) fn filter(&self, session: &Session) -> InboxFilter {
        let mut filter = InboxFilter {
            search: Some(self.search.trim().to_owned()).filter(|s| !s.is_empty()),
            assignee: self.picks.officer,
            category: self.picks.category,
            kind: self.picks.kind,
            ..InboxFilter::default()
        };
        match self.quick {
            Quick::All => {}
            Quick::Mine => filter.assignee = Some(session.store.actor()),
            Quick::Overdue => filter.overdue_on = Some(self.today),
            Quick::DueToday => filter.due_on = Some(self.today),
            Quick::Status(s) => filter.status = Some(s),
        }
        filter
    }
}
