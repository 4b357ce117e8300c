//! Case statuses and the transitions allowed between them, as data.

use super::codes::coded_enum;

coded_enum! {
    /// Where a case stands.
    pub enum Status as "status" {
        New = "new",
        UnderInvestigation = "under_investigation",
        AwaitingInformation = "awaiting_information",
        AwaitingReview = "awaiting_review",
        Answered = "answered",
        Closed = "closed",
        /// Referred to customer service (an objection to the debt).
        Referred = "referred",
        /// Taken to ARN, a court or a supervisor.
        Escalated = "escalated",
    }
}

impl Status {
    /// True when the case is finished: answered, closed, or referred to customer service. A
    /// finished case's closure date starts its retention period; an escalated case is not
    /// finished (an external review is pending).
    pub const fn is_finished(self) -> bool {
        matches!(self, Status::Answered | Status::Closed | Status::Referred)
    }

    /// True while the company still owes the complainant an answer.
    pub const fn is_open(self) -> bool {
        matches!(
            self,
            Status::New
                | Status::UnderInvestigation
                | Status::AwaitingInformation
                | Status::AwaitingReview
        )
    }

    /// The statuses a case may move to from this one.
    pub fn next(self) -> impl Iterator<Item = &'static Transition> {
        TRANSITIONS.iter().filter(move |t| t.from == self)
    }

    /// The shortest way to `target` over transitions that need no reason, not counting this
    /// status; empty when already there, `None` when there is no such way.
    pub fn path_to(self, target: Status) -> Option<Vec<Status>> {
        let mut paths: Vec<Vec<Status>> = vec![vec![self]];
        let mut seen = vec![self];
        while !paths.is_empty() {
            let mut next = Vec::new();
            for path in paths {
                let last = *path.last()?;
                if last == target {
                    return Some(path[1..].to_vec());
                }
                for t in last.next().filter(|t| !t.needs_reason) {
                    if !seen.contains(&t.to) {
                        seen.push(t.to);
                        next.push([path.clone(), vec![t.to]].concat());
                    }
                }
            }
            paths = next;
        }
        None
    }

    /// Checks a move from this status to `to`; `reason` is what the officer wrote, if anything.
    pub fn transition(
        self,
        to: Status,
        reason: Option<&str>,
    ) -> Result<&'static Transition, TransitionError> {
        if self == to {
            return Err(TransitionError::Already(to));
        }
        let t = self
            .next()
            .find(|t| t.to == to)
            .ok_or(TransitionError::NotAllowed { from: self, to })?;
        if t.needs_reason && reason.is_none_or(|r| r.trim().is_empty()) {
            return Err(TransitionError::ReasonRequired { from: self, to });
        }
        Ok(t)
    }
}

/// One allowed move between statuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Transition {
    /// From this status…
    pub from: Status,
    /// …to this one.
    pub to: Status,
    /// A reopening or a shortcut that the officer must explain.
    pub needs_reason: bool,
}

const fn t(from: Status, to: Status) -> Transition {
    Transition {
        from,
        to,
        needs_reason: false,
    }
}

const fn with_reason(from: Status, to: Status) -> Transition {
    Transition {
        from,
        to,
        needs_reason: true,
    }
}

use Status::{
    Answered, AwaitingInformation, AwaitingReview, Closed, Escalated, New, Referred,
    UnderInvestigation,
};

/// Every allowed transition. The main track runs new → under investigation → (awaiting information
/// ⇄ under investigation) → awaiting review → answered → closed; referral and escalation are side
/// tracks; reopening a finished case and closing an open one early (withdrawn) need a reason.
pub const TRANSITIONS: &[Transition] = &[
    t(New, UnderInvestigation),
    t(New, Referred),
    t(UnderInvestigation, AwaitingInformation),
    t(AwaitingInformation, UnderInvestigation),
    t(UnderInvestigation, AwaitingReview),
    t(UnderInvestigation, Referred),
    t(AwaitingReview, UnderInvestigation),
    t(AwaitingReview, Answered),
    t(Answered, Closed),
    t(Answered, Escalated),
    t(Closed, Escalated),
    t(Referred, Closed),
    t(Escalated, Closed),
    // The complainant may go to ARN or a court before the company has answered.
    t(New, Escalated),
    t(UnderInvestigation, Escalated),
    t(AwaitingInformation, Escalated),
    t(AwaitingReview, Escalated),
    with_reason(New, Closed),
    with_reason(UnderInvestigation, Closed),
    with_reason(AwaitingInformation, Closed),
    with_reason(AwaitingReview, Closed),
    with_reason(Answered, UnderInvestigation),
    with_reason(Closed, UnderInvestigation),
    with_reason(Referred, UnderInvestigation),
    with_reason(Escalated, UnderInvestigation),
];

/// A status change the rules do not allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    /// There is no such transition.
    #[error("a case cannot go from {from} to {to}")]
    NotAllowed { from: Status, to: Status },
    /// The transition exists but needs a written reason.
    #[error("going from {from} to {to} needs a reason")]
    ReasonRequired { from: Status, to: Status },
    /// The case already has that status.
    #[error("the case is already {0}")]
    Already(Status),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transition_table() {
        use Status::*;
        type Row = (
            Status,
            Status,
            Option<&'static str>,
            Result<(), TransitionError>,
        );
        let table: &[Row] = &[
            (New, UnderInvestigation, None, Ok(())),
            (UnderInvestigation, AwaitingInformation, None, Ok(())),
            (AwaitingInformation, UnderInvestigation, None, Ok(())),
            (UnderInvestigation, AwaitingReview, None, Ok(())),
            (AwaitingReview, Answered, None, Ok(())),
            (AwaitingReview, UnderInvestigation, None, Ok(())),
            (Answered, Closed, None, Ok(())),
            (New, Referred, None, Ok(())),
            (Referred, Closed, None, Ok(())),
            (Answered, Escalated, None, Ok(())),
            (Closed, Escalated, None, Ok(())),
            (Escalated, Closed, None, Ok(())),
            (
                Closed,
                UnderInvestigation,
                Some("Ny uppgift från kunden"),
                Ok(()),
            ),
            (
                Closed,
                UnderInvestigation,
                None,
                Err(TransitionError::ReasonRequired {
                    from: Closed,
                    to: UnderInvestigation,
                }),
            ),
            (
                Closed,
                UnderInvestigation,
                Some("  "),
                Err(TransitionError::ReasonRequired {
                    from: Closed,
                    to: UnderInvestigation,
                }),
            ),
            (
                New,
                Closed,
                None,
                Err(TransitionError::ReasonRequired {
                    from: New,
                    to: Closed,
                }),
            ),
            (New, Closed, Some("Återkallat av klaganden"), Ok(())),
            (
                New,
                Answered,
                None,
                Err(TransitionError::NotAllowed {
                    from: New,
                    to: Answered,
                }),
            ),
            (
                New,
                AwaitingReview,
                None,
                Err(TransitionError::NotAllowed {
                    from: New,
                    to: AwaitingReview,
                }),
            ),
            (
                UnderInvestigation,
                Answered,
                None,
                Err(TransitionError::NotAllowed {
                    from: UnderInvestigation,
                    to: Answered,
                }),
            ),
            (
                AwaitingInformation,
                AwaitingReview,
                None,
                Err(TransitionError::NotAllowed {
                    from: AwaitingInformation,
                    to: AwaitingReview,
                }),
            ),
            (
                Closed,
                Answered,
                Some("x"),
                Err(TransitionError::NotAllowed {
                    from: Closed,
                    to: Answered,
                }),
            ),
            (
                Answered,
                New,
                None,
                Err(TransitionError::NotAllowed {
                    from: Answered,
                    to: New,
                }),
            ),
            (New, New, None, Err(TransitionError::Already(New))),
            (
                Referred,
                Escalated,
                None,
                Err(TransitionError::NotAllowed {
                    from: Referred,
                    to: Escalated,
                }),
            ),
        ];
        for &(from, to, reason, expected) in table {
            assert_eq!(
                from.transition(to, reason).map(|_| ()),
                expected,
                "{from} -> {to}"
            );
        }
    }

    #[test]
    fn table_is_consistent() {
        for (i, a) in TRANSITIONS.iter().enumerate() {
            assert_ne!(a.from, a.to, "self-loop {a:?}");
            assert!(
                TRANSITIONS[i + 1..]
                    .iter()
                    .all(|b| (b.from, b.to) != (a.from, a.to)),
                "duplicate {a:?}"
            );
        }
        // Every status can be left, and every status but New can be reached.
        for s in Status::ALL {
            assert!(s.next().next().is_some(), "{s} is a dead end");
            if *s != Status::New {
                assert!(TRANSITIONS.iter().any(|t| t.to == *s), "{s} unreachable");
            }
        }
    }

    #[test]
    fn paths_follow_the_table_without_reasons() {
        use Status::*;
        let table = [
            (
                New,
                Answered,
                Some(vec![UnderInvestigation, AwaitingReview, Answered]),
            ),
            (
                UnderInvestigation,
                Answered,
                Some(vec![AwaitingReview, Answered]),
            ),
            (
                AwaitingInformation,
                Answered,
                Some(vec![UnderInvestigation, AwaitingReview, Answered]),
            ),
            (AwaitingReview, Answered, Some(vec![Answered])),
            (Answered, Answered, Some(vec![])),
            (New, Referred, Some(vec![Referred])),
            (Closed, Answered, None),
            (Answered, Referred, None),
        ];
        for (from, to, expected) in table {
            assert_eq!(from.path_to(to), expected, "{from} -> {to}");
        }
    }

    #[test]
    fn open_statuses() {
        let open: Vec<_> = Status::ALL
            .iter()
            .filter(|s| s.is_open())
            .map(|s| s.code())
            .collect();
        assert_eq!(
            open,
            [
                "new",
                "under_investigation",
                "awaiting_information",
                "awaiting_review"
            ]
        );
    }
}
