//! The keyboard: which key presses are the app's shortcuts.

use iced::keyboard::{self, Key, key::Named};

/// The keys the app reacts to outside text fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    Up,
    Down,
    /// Shift+↑/↓: move and mark the rows passed over.
    ExtendUp,
    ExtendDown,
    Enter,
    Escape,
    Find,
    NewCase,
    Lock,
    FocusNext,
    FocusPrevious,
}

/// Turns a key press into a shortcut. Inside a text field only the Ctrl shortcuts and Escape count.
pub fn shortcut(key: &Key, modifiers: keyboard::Modifiers, captured: bool) -> Option<Shortcut> {
    if modifiers.command() {
        return match key.as_ref() {
            Key::Character("f") => Some(Shortcut::Find),
            Key::Character("n") => Some(Shortcut::NewCase),
            Key::Character("l") => Some(Shortcut::Lock),
            _ => None,
        };
    }
    match key {
        Key::Named(Named::Escape) => Some(Shortcut::Escape),
        Key::Named(Named::Tab) if modifiers.shift() => Some(Shortcut::FocusPrevious),
        Key::Named(Named::Tab) => Some(Shortcut::FocusNext),
        _ if captured => None,
        Key::Named(Named::ArrowUp) if modifiers.shift() => Some(Shortcut::ExtendUp),
        Key::Named(Named::ArrowDown) if modifiers.shift() => Some(Shortcut::ExtendDown),
        Key::Named(Named::ArrowUp) => Some(Shortcut::Up),
        Key::Named(Named::ArrowDown) => Some(Shortcut::Down),
        Key::Named(Named::Enter) => Some(Shortcut::Enter),
        _ => None,
    }
}
