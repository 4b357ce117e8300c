//! Small pieces that several screens build the same way.

use iced::widget::{Row, button, container, row, text};
use iced::{Alignment, Length};

use super::style;

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
