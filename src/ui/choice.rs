//! Translated choices for pick lists: a domain value shown by its name in the user's language.

use std::fmt;

/// A value and its translated label; equal when the values are.
#[derive(Debug, Clone)]
pub struct Choice<T> {
    /// The value chosen.
    pub value: T,
    label: String,
}

impl<T: PartialEq> PartialEq for Choice<T> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<T> fmt::Display for Choice<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label)
    }
}

impl<T: Copy> Choice<T> {
    /// One choice per value, labelled by `label`.
    pub fn all(values: &[T], label: impl Fn(T) -> String) -> Vec<Choice<T>> {
        values
            .iter()
            .map(|v| Choice {
                value: *v,
                label: label(*v),
            })
            .collect()
    }

    /// The choice for `value` among `choices`.
    pub fn find(choices: &[Choice<T>], value: T) -> Option<Choice<T>>
    where
        T: PartialEq,
    {
        choices.iter().find(|c| c.value == value).cloned()
    }
}
