//! The prisbasbelopp table: the figure per year that a final answer's *småmål* limit (half of
//! it) comes from. The government sets next year's figure each autumn, so the table must be
//! extended once a year; until it is, the screen says which year is missing.

use chrono::Datelike;
use iced::widget::{Column, button, row, text, text_input};
use iced::{Alignment, Element, Length};

use crate::describe;
use crate::ui::{Session, style};
use klagomal_core::domain::{Money, parse_prisbasbelopp_amount, parse_prisbasbelopp_year};
use klagomal_core::fl;
use klagomal_core::i18n::LOADER;

/// How many of the latest years the table shows.
const SHOWN_YEARS: usize = 4;

/// The prisbasbelopp part of the settings screen.
#[derive(Debug)]
pub struct Prisbasbelopp {
    year: String,
    amount: String,
    notice: Option<Notice>,
}

/// What the last save said.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Notice {
    Saved(String),
    Refused(String),
}

/// What happens in the prisbasbelopp part.
#[derive(Debug, Clone)]
pub enum Message {
    Year(String),
    Amount(String),
    Save,
}

impl Prisbasbelopp {
    /// Ready for the year that is due: this year when it is missing, else next year.
    pub fn new(session: &Session) -> Prisbasbelopp {
        let this_year = session.store.today().year();
        let due = if session.settings.prisbasbelopp_missing(this_year) {
            this_year
        } else {
            this_year + 1
        };
        Prisbasbelopp {
            year: due.to_string(),
            amount: String::new(),
            notice: None,
        }
    }

    pub fn update(&mut self, message: Message, session: &mut Session) {
        match message {
            Message::Year(v) => self.year = v,
            Message::Amount(v) => self.amount = v,
            Message::Save => self.notice = Some(self.save(session)),
        }
    }

    /// Sets one year's figure in the store's settings, or says which field is wrong.
    fn save(&mut self, session: &mut Session) -> Notice {
        let Some(year) = parse_prisbasbelopp_year(&self.year) else {
            return Notice::Refused(fl!("prisbasbelopp-bad-year", input = self.year.clone()));
        };
        let Some(kr) = parse_prisbasbelopp_amount(&self.amount) else {
            return Notice::Refused(fl!("prisbasbelopp-bad-amount", input = self.amount.clone()));
        };
        let mut next = session.settings.clone();
        next.prisbasbelopp.insert(year, kr);
        if let Err(e) = session.store.save_settings(&next) {
            return Notice::Refused(describe::store_error(&LOADER, &e));
        }
        session.settings = next;
        self.amount.clear();
        Notice::Saved(fl!(
            "prisbasbelopp-saved",
            year = year,
            amount = Money::kr(kr).to_string(),
            limit = Money(kr * 100 / 2).to_string()
        ))
    }

    /// The latest years, the missing year's warning, and the fields to add one.
    pub fn view(&self, session: &Session) -> Element<'_, Message> {
        let settings = &session.settings;
        let mut col = Column::new()
            .spacing(style::space::S)
            .push(
                text(fl!("settings-prisbasbelopp"))
                    .size(style::size::HEADING)
                    .font(style::BOLD),
            )
            .push(
                text(fl!("settings-prisbasbelopp-help"))
                    .size(style::size::SMALL)
                    .style(style::muted),
            );
        let this_year = session.store.today().year();
        if settings.prisbasbelopp_missing(this_year) {
            col = col.push(
                text(fl!("prisbasbelopp-missing", year = this_year)).style(style::warning_text),
            );
        }
        for (&year, &kr) in settings.prisbasbelopp.iter().rev().take(SHOWN_YEARS) {
            let (amount, limit) = (Money::kr(kr).to_string(), Money(kr * 100 / 2).to_string());
            let line = fl!(
                "prisbasbelopp-row",
                year = year,
                amount = amount,
                limit = limit
            );
            col = col.push(text(line));
        }
        col = col.push(
            row![
                text(fl!("settings-prisbasbelopp-year")),
                text_input("", &self.year)
                    .on_input(Message::Year)
                    .width(style::dim::NUMBER_FIELD)
                    .padding(style::space::S),
                text(fl!("settings-prisbasbelopp-amount")),
                text_input("", &self.amount)
                    .on_input(Message::Amount)
                    .on_submit(Message::Save)
                    .width(Length::Fixed(2.0 * style::dim::NUMBER_FIELD))
                    .padding(style::space::S),
                button(text(fl!("action-save")))
                    .style(style::secondary)
                    .on_press(Message::Save),
            ]
            .spacing(style::space::S)
            .align_y(Alignment::Center),
        );
        match &self.notice {
            Some(Notice::Saved(s)) => col = col.push(text(s.as_str()).style(style::muted)),
            Some(Notice::Refused(s)) => col = col.push(text(s.as_str()).style(style::error_text)),
            None => {}
        }
        col.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::testing::session;

    #[test]
    fn a_year_is_added_only_when_year_and_amount_are_right() {
        let (_dir, mut session) = session(0);
        let before = session.store.settings().expect("settings");
        let mut part = Prisbasbelopp::new(&session);
        let cases = [
            ("27", "60000", false),
            ("2027", "sextio tusen", false),
            ("2027", "0", false),
            ("2027", "60 100 kr", true),
        ];
        for (year, amount, saved) in cases {
            part.update(Message::Year(year.into()), &mut session);
            part.update(Message::Amount(amount.into()), &mut session);
            part.update(Message::Save, &mut session);
            let stored = session.store.settings().expect("settings");
            assert_eq!(
                stored.prisbasbelopp.get(&2027) == Some(&60_100),
                saved,
                "{year} {amount}"
            );
            assert!(
                matches!(part.notice, Some(Notice::Saved(_))) == saved,
                "{year} {amount}: {:?}",
                part.notice
            );
            if !saved {
                assert_eq!(stored, before, "a refused figure changes nothing");
            }
        }
        assert_eq!(session.settings.prisbasbelopp.get(&2027), Some(&60_100));
        assert_eq!(
            session.settings.small_claims_limit(2027),
            Some(Money(3_005_000))
        );
    }
}
