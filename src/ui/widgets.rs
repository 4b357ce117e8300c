//! Small pieces that several screens build the same way.

use iced::widget::{Row, button, container, pick_list, row, text};
use iced::{Alignment, Length};

use super::{Choice, style};
use crate::domain::{Language, LetterKind};
use crate::i18n::label;

/// A screen's top bar: its title, the primary action (a button inside a container with `id`,
/// so that tests can find it) and a quiet secondary action.
pub fn action_bar<'a, M: Clone + 'a>(
    title: String,
    primary: (String, M, &'static str),
    secondary: (String, M),
) -> Row<'a, M> {
    let (label, on_primary, id) = primary;
    row![
        text(title)
            .size(style::size::TITLE)
            .font(style::BOLD)
            .width(Length::Fill),
        container(
            button(text(label))
                .on_press(on_primary)
                .padding([style::space::S, style::space::L])
        )
        .id(id),
        button(text(secondary.0))
            .on_press(secondary.1)
            .style(style::flat(false))
            .padding([style::space::S, style::space::L]),
    ]
    .spacing(style::space::M)
    .align_y(Alignment::Center)
}

/// The pick lists for a letter's kind and language, as the composer and the template editor
/// both offer them.
pub fn letter_choices<'a, M: Clone + 'a>(
    kind: LetterKind,
    language: Language,
    on_kind: fn(LetterKind) -> M,
    on_language: fn(Language) -> M,
) -> Row<'a, M> {
    let kinds = Choice::all(LetterKind::COMPOSABLE, |k| label("letter-kind", k.code()));
    let languages = Choice::all(Language::ALL, |l| label("language", l.code()));
    let selected_kind = Choice::find(&kinds, kind);
    let selected_language = Choice::find(&languages, language);
    row![
        pick_list(kinds, selected_kind, move |c: Choice<LetterKind>| on_kind(
            c.value
        )),
        pick_list(languages, selected_language, move |c: Choice<Language>| {
            on_language(c.value)
        }),
    ]
    .spacing(style::space::S)
}
