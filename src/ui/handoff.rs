//! Moving a value that cannot be cloned (an open store) through iced's cloneable messages.

use std::fmt;
use std::sync::{Arc, Mutex};

/// A one-time box: cloning shares it, and the first `take` gets the value.
pub struct Handoff<T>(Arc<Mutex<Option<T>>>);

impl<T> Handoff<T> {
    pub fn new(value: T) -> Self {
        Handoff(Arc::new(Mutex::new(Some(value))))
    }

    /// The value, once; `None` if it was taken already.
    pub fn take(&self) -> Option<T> {
        self.0.lock().ok().and_then(|mut slot| slot.take())
    }
}

impl<T> Clone for Handoff<T> {
    fn clone(&self) -> Self {
        Handoff(Arc::clone(&self.0))
    }
}

impl<T> fmt::Debug for Handoff<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Handoff(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::Handoff;

    #[test]
    fn the_value_is_taken_once() {
        let a = Handoff::new(7);
        let b = a.clone();
        assert_eq!(b.take(), Some(7));
        assert_eq!(a.take(), None);
    }
}
