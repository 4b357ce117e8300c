//! Small pieces that several screens build the same way.

use iced::widget::{Row, button, column, container, pick_list, progress_bar, row, text};
use iced::{Alignment, Element, Length};

use super::{Choice, style};
use klagomal_core::domain::{Language, LetterKind};
use klagomal_core::fl;
use klagomal_core::i18n::label;

/// The back button's id, the same on every screen.
pub const BACK: &str = "back";

/// "← Back": the one way back to where the officer came from, top-left of every screen but the
/// inbox, always the same button in the same place.
pub fn back<'a, M: Clone + 'a>(on_press: M) -> Element<'a, M> {
    container(
        button(text(fl!("action-back")))
            .on_press(on_press)
            .style(style::flat(false))
            .padding([style::space::S, style::space::M]),
    )
    .id(BACK)
    .into()
}

/// A screen's top bar: back (top-left), its title, and the primary action (a button inside a
/// container with `id`, so that tests can find it).
pub fn action_bar<'a, M: Clone + 'a>(
    on_back: M,
    title: String,
    primary: (String, M, &'static str),
) -> Row<'a, M> {
    let (label, on_primary, id) = primary;
    row![
        back(on_back),
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
    ]
    .spacing(style::space::M)
    .align_y(Alignment::Center)
}

/// A confirmation beside the button that caused it: plain words on green, hard to miss.
pub fn banner<'a, M: 'a>(words: String) -> Element<'a, M> {
    container(text(words))
        .padding([style::space::S, style::space::M])
        .style(style::success_banner)
        .into()
}

/// Work running off the UI thread: a bar, "`done` of `total`" as `count` says it, and a cancel
/// button.
pub fn progress<'a, M: Clone + 'a>(
    done: usize,
    total: usize,
    count: String,
    cancel: (String, M),
) -> Element<'a, M> {
    let share = if total == 0 {
        0.0
    } else {
        done as f32 / total as f32
    };
    column![
        progress_bar(0.0..=1.0, share).girth(style::dim::BAR),
        text(count),
        button(text(cancel.0))
            .style(style::secondary)
            .on_press(cancel.1),
    ]
    .spacing(style::space::M)
    .into()
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
