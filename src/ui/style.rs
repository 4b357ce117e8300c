//! The one theme: palette, spacing, sizes and the styles of the app's recurring parts.

use iced::widget::{button, container, text};
use iced::{Background, Border, Color, Font, Theme, border, font};
use klagomal_core::domain::DeadlineState;

/// Spacing steps, in logical pixels.
pub mod space {
    pub const XS: f32 = 4.0;
    pub const S: f32 = 8.0;
    pub const M: f32 = 12.0;
    pub const L: f32 = 20.0;
    pub const XL: f32 = 32.0;
}

/// Text sizes.
pub mod size {
    pub const SMALL: f32 = 13.0;
    pub const BODY: f32 = 15.0;
    pub const LABEL: f32 = 14.0;
    pub const TITLE: f32 = 22.0;
    pub const HEADING: f32 = 18.0;
}

/// The app's own font (embedded, so that Windows and Linux look alike).
pub const FONT: Font = Font::with_name("Liberation Sans");
/// The same font, bold: titles and headings.
pub const BOLD: Font = Font {
    weight: font::Weight::Bold,
    ..FONT
};
/// The font files compiled into the program.
pub const FONT_FILES: [&[u8]; 2] = [
    include_bytes!("../../assets/fonts/LiberationSans-Regular.ttf"),
    include_bytes!("../../assets/fonts/LiberationSans-Bold.ttf"),
];

/// Fixed sizes of recurring parts, in logical pixels.
pub mod dim {
    /// The unlock card.
    pub const DIALOG_NARROW: f32 = 440.0;
    /// The first-run card.
    pub const DIALOG: f32 = 520.0;
    /// A pick list beside other controls.
    pub const PICKER: f32 = 200.0;
    /// The label column of the case overview.
    pub const LABEL_COLUMN: f32 = 220.0;
    /// A date and time column.
    pub const DATE_COLUMN: f32 = 150.0;
    /// A date field whose placeholder names the date and its format.
    pub const DATE_FIELD: f32 = 250.0;
    /// A person's name column.
    pub const NAME_COLUMN: f32 = 180.0;
    /// A small number field.
    pub const NUMBER_FIELD: f32 = 70.0;
    /// A field for a count of copies.
    pub const COUNT_FIELD: f32 = 50.0;
    /// The address block in the letter preview.
    pub const ADDRESS_PREVIEW: f32 = 240.0;
    /// Text editors, by how much they usually hold.
    pub const EDITOR_SHORT: f32 = 100.0;
    pub const EDITOR: f32 = 120.0;
    pub const EDITOR_MEDIUM: f32 = 140.0;
    pub const EDITOR_TALL: f32 = 260.0;
    pub const EDITOR_LETTER: f32 = 320.0;
    /// The letter preview.
    pub const PREVIEW: f32 = 420.0;
    /// Progress bars.
    pub const BAR_THIN: f32 = 6.0;
    pub const BAR: f32 = 10.0;
    /// The inbox's bar for marked cases, and its confirmation in the same place.
    pub const BULK_BAR: f32 = 40.0;
}

/// Height of one inbox row; the virtualised list relies on it being fixed.
pub const ROW_HEIGHT: f32 = 34.0;
/// Width of the inbox sidebar.
pub const SIDEBAR_WIDTH: f32 = 230.0;
/// Width of forms and dialogs that should not stretch across a wide screen.
pub const FORM_WIDTH: f32 = 760.0;

const fn rgb(r: u8, g: u8, b: u8) -> Color {
    Color::from_rgb8(r, g, b)
}

/// Calm, high-contrast colours (WCAG AA for text on the background).
pub mod color {
    use super::{Color, rgb};
    pub const BACKGROUND: Color = rgb(0xF7, 0xF8, 0xFA);
    pub const SURFACE: Color = rgb(0xFF, 0xFF, 0xFF);
    pub const SIDEBAR: Color = rgb(0xEE, 0xF1, 0xF5);
    pub const TEXT: Color = rgb(0x1D, 0x25, 0x30);
    pub const MUTED: Color = rgb(0x5B, 0x66, 0x75);
    pub const BORDER: Color = rgb(0xD5, 0xDB, 0xE3);
    pub const PRIMARY: Color = rgb(0x1F, 0x5F, 0xAD);
    pub const SELECTED: Color = rgb(0xDC, 0xE8, 0xF7);
    pub const STRIPE: Color = rgb(0xFA, 0xFB, 0xFC);
    pub const SUCCESS: Color = rgb(0x1E, 0x7B, 0x45);
    pub const WARNING: Color = rgb(0x9A, 0x5B, 0x00);
    pub const DANGER: Color = rgb(0xB4, 0x23, 0x18);
    pub const DANGER_SOFT: Color = rgb(0xFB, 0xE9, 0xE7);
    pub const SUCCESS_SOFT: Color = rgb(0xE6, 0xF4, 0xEA);
}

/// The application's theme.
pub fn theme() -> Theme {
    Theme::custom(
        "Klagomål",
        iced::theme::Palette {
            background: color::BACKGROUND,
            text: color::TEXT,
            primary: color::PRIMARY,
            success: color::SUCCESS,
            warning: color::WARNING,
            danger: color::DANGER,
        },
    )
}

/// Secondary text: dates, hints, counts.
pub fn muted(_: &Theme) -> text::Style {
    text::Style {
        color: Some(color::MUTED),
    }
}

/// Danger: an overdue deadline.
pub fn danger_text(_: &Theme) -> text::Style {
    text::Style {
        color: Some(color::DANGER),
    }
}

/// Ordinary text in the theme's colour.
pub fn plain_text(_: &Theme) -> text::Style {
    text::Style { color: None }
}

/// A deadline within two days.
pub fn warning_text(_: &Theme) -> text::Style {
    text::Style {
        color: Some(color::WARNING),
    }
}

/// Something done: every point of a statement answered.
pub fn success_text(_: &Theme) -> text::Style {
    text::Style {
        color: Some(color::SUCCESS),
    }
}

/// The colour of a deadline in its state, the same in the inbox and the case header: overdue
/// red, due within two days amber, later plain, met green, no longer owed muted.
pub fn deadline_text(state: DeadlineState) -> fn(&Theme) -> text::Style {
    match state {
        DeadlineState::Overdue => danger_text,
        DeadlineState::DueSoon => warning_text,
        DeadlineState::Later => plain_text,
        DeadlineState::Met(_) => success_text,
        DeadlineState::Moot => muted,
    }
}

/// A confirmation that something was done, shown beside the button that asked for it.
pub fn success_banner(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(color::SUCCESS_SOFT)),
        text_color: Some(color::SUCCESS),
        border: Border {
            color: color::SUCCESS,
            width: 1.0,
            radius: 4.0.into(),
        },
        ..container::Style::default()
    }
}

/// A field's validation message.
pub fn error_text(_: &Theme) -> text::Style {
    text::Style {
        color: Some(color::DANGER),
    }
}

/// A white card on the background.
pub fn card(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(color::SURFACE)),
        border: Border {
            color: color::BORDER,
            width: 1.0,
            radius: 6.0.into(),
        },
        ..container::Style::default()
    }
}

/// The inbox sidebar.
pub fn sidebar(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(color::SIDEBAR)),
        ..container::Style::default()
    }
}

/// The bar at the top of every screen.
pub fn top_bar(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(color::SURFACE)),
        border: Border {
            color: color::BORDER,
            width: 1.0,
            radius: 0.0.into(),
        },
        ..container::Style::default()
    }
}

/// An error banner.
pub fn error_banner(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(color::DANGER_SOFT)),
        text_color: Some(color::DANGER),
        border: Border {
            color: color::DANGER,
            width: 1.0,
            radius: 4.0.into(),
        },
        ..container::Style::default()
    }
}

/// One row of the inbox: selected, striped or plain, lighter under the pointer.
pub fn inbox_row(
    selected: bool,
    striped: bool,
) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |_, status| {
        let base = match (selected, striped) {
            (true, _) => color::SELECTED,
            (false, true) => color::STRIPE,
            (false, false) => color::SURFACE,
        };
        let background = match status {
            button::Status::Hovered if !selected => color::SIDEBAR,
            _ => base,
        };
        button::Style {
            background: Some(Background::Color(background)),
            text_color: color::TEXT,
            border: border::rounded(0),
            ..button::Style::default()
        }
    }
}

/// A flat button that looks like a link or a list entry; `active` marks the current one.
pub fn flat(active: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |_, status| {
        let background = match (active, status) {
            (true, _) => Some(Background::Color(color::SELECTED)),
            (false, button::Status::Hovered) => Some(Background::Color(color::BORDER)),
            _ => None,
        };
        button::Style {
            background,
            text_color: if active { color::PRIMARY } else { color::TEXT },
            border: border::rounded(4),
            ..button::Style::default()
        }
    }
}

/// A secondary action: outlined, quieter than the primary button.
pub fn secondary(_: &Theme, status: button::Status) -> button::Style {
    let background = match status {
        button::Status::Hovered | button::Status::Pressed => color::SELECTED,
        _ => color::SURFACE,
    };
    button::Style {
        background: Some(Background::Color(background)),
        text_color: color::PRIMARY,
        border: Border {
            color: color::PRIMARY,
            width: 1.0,
            radius: 4.0.into(),
        },
        ..button::Style::default()
    }
}
