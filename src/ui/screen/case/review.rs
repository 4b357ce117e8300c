//! The complaints manager's review on a case: the draft waiting (who wrote it and when, its
//! text, its PDF), and approving it or returning it with a comment. Shown above every tab while
//! a draft waits, so that the reviewer who opens the case from the queue sees it at once.

use iced::widget::{
    Column, button, checkbox, column, container, row, scrollable, text, text_input,
};
use iced::{Alignment, Element, Length};

use crate::describe;
use crate::ui::{Session, style};
use klagomal_core::domain::{Case, Draft, conflict};
use klagomal_core::fl;
use klagomal_core::i18n::{LOADER, label};
use klagomal_core::letters::review;
use klagomal_core::store::ApproveOptions;

/// The approve button's id.
pub const APPROVE: &str = "review-approve";
/// The return button's id.
pub const RETURN: &str = "review-return";
/// The comment field's id.
pub const COMMENT: &str = "review-comment";

/// The review panel's state.
#[derive(Debug, Default)]
pub struct Review {
    draft: Option<Draft>,
    /// The collection cases the signed-in officer has handled, read with the case.
    handled: Vec<String>,
    comment: String,
    /// The reviewer confirmed approving although they handled one of the collection cases.
    override_independence: bool,
    notice: Option<String>,
}

/// What happens in the panel.
#[derive(Debug, Clone)]
pub enum Message {
    Comment(String),
    Override(bool),
    OpenPdf,
    Approve,
    Return,
}

/// What the case view does next.
pub enum Effect {
    None,
    /// The draft was approved or returned: read the case again.
    Decided,
}

impl Review {
    /// Takes the case's waiting draft (or none) and the officer's handled collection cases, as
    /// read with the case.
    pub fn sync(&mut self, draft: Option<Draft>, handled: Vec<String>) {
        self.handled = handled;
        if self.draft.as_ref().map(|d| d.id) != draft.as_ref().map(|d| d.id) {
            self.comment.clear();
            self.override_independence = false;
        }
        self.draft = draft;
    }

    /// True while a draft waits.
    pub fn waiting(&self) -> bool {
        self.draft.is_some()
    }

    pub fn update(&mut self, message: Message, case: &Case, session: &mut Session) -> Effect {
        self.notice = None;
        match message {
            Message::Comment(c) => self.comment = c,
            Message::Override(b) => self.override_independence = b,
            Message::OpenPdf => {
                if let Some(d) = &self.draft {
                    self.notice = Some(match session.store.draft_pdf(d.id) {
                        Ok(pdf) => {
                            let name = format!("{}-utkast.pdf", case.number);
                            crate::ui::show_in_viewer(&name, &pdf)
                                .unwrap_or_else(|| fl!("review-pdf-opened"))
                        }
                        Err(e) => describe::store_error(&LOADER, &e),
                    });
                }
            }
            Message::Approve => {
                let options = ApproveOptions {
                    self_approval: session.settings.review.self_approval,
                    override_independence: self.override_independence,
                };
                match review::approve(&mut session.store, case.id, options) {
                    Ok(_) => return Effect::Decided,
                    Err(e) => self.notice = Some(describe::issue_error(&LOADER, &e)),
                }
            }
            Message::Return => {
                match review::send_back(&mut session.store, case.id, &self.comment) {
                    Ok(_) => return Effect::Decided,
                    Err(e) => self.notice = Some(describe::issue_error(&LOADER, &e)),
                }
            }
        }
        Effect::None
    }

    /// Nothing while no draft waits.
    pub fn view<'a>(
        &'a self,
        case: &'a Case,
        session: &'a Session,
    ) -> Option<Element<'a, Message>> {
        let d = self.draft.as_ref()?;
        let me = session.store.actor();
        let own = d.author == me;
        let allowed_own = own && session.settings.review.self_approval;
        let not_independent = conflict(&self.handled, &case.details.debt_case_numbers);
        let mut col = Column::new().spacing(style::space::S).push(
            text(fl!(
                "review-waiting",
                kind = label("letter-kind", d.kind.code()),
                author = session.officer_name(d.author),
                at = d.submitted_at.format("%Y-%m-%d %H:%M").to_string()
            ))
            .font(style::BOLD),
        );
        col = col.push(
            container(scrollable(text(d.text.as_str()).size(style::size::SMALL)))
                .height(Length::Fixed(180.0))
                .padding(style::space::S)
                .style(style::card),
        );
        if own && !allowed_own {
            col = col.push(text(fl!("review-own-draft")).style(style::muted));
        } else if allowed_own {
            col = col.push(text(fl!("review-self-approval")).style(style::warning_text));
        }
        if let Some(number) = not_independent {
            col = col.push(
                checkbox(self.override_independence)
                    .label(fl!("review-override", number = number.to_owned()))
                    .on_toggle(Message::Override),
            );
        }
        let may_approve =
            (!own || allowed_own) && (not_independent.is_none() || self.override_independence);
        col = col.push(
            row![
                button(text(fl!("review-open-pdf")))
                    .style(style::secondary)
                    .on_press(Message::OpenPdf),
                text_input(&fl!("review-comment"), &self.comment)
                    .id(COMMENT)
                    .on_input(Message::Comment)
                    .padding(style::space::S)
                    .width(Length::Fill),
                container(
                    button(text(fl!("review-return")))
                        .style(style::secondary)
                        .on_press_maybe(
                            (!self.comment.trim().is_empty()).then_some(Message::Return)
                        )
                )
                .id(RETURN),
                container(
                    button(text(fl!("review-approve")))
                        .on_press_maybe(may_approve.then_some(Message::Approve))
                )
                .id(APPROVE),
            ]
            .spacing(style::space::S)
            .align_y(Alignment::Center),
        );
        if let Some(notice) = &self.notice {
            col = col.push(text(notice.as_str()).style(style::error_text));
        }
        Some(
            container(column![col])
                .padding(style::space::M)
                .style(style::card)
                .width(Length::Fill)
                .into(),
        )
    }
}
