//! Translations: the Fluent loader, the `fl!` macro, and the names of the domain's codes.

use std::sync::LazyLock;

pub use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::fluent::fluent_language_loader;
use i18n_embed::{LanguageLoader, unic_langid::LanguageIdentifier};
use rust_embed::RustEmbed;

use crate::domain::Language;

#[derive(RustEmbed)]
#[folder = "../i18n/"]
struct Localizations;

/// The one loader; Swedish until [`select`] says otherwise.
pub static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader = fluent_language_loader!();
    // The embedded Swedish file is checked by the test suite (it parses, every key exists), so
    // this cannot fail in a built program; if it did, messages would show their ids.
    let _ = loader.load_fallback_language(&Localizations);
    loader.set_use_isolating(false);
    loader
});

/// The compile-time checked lookup behind [`fl!`](crate::fl), for crates that use the macro.
#[doc(hidden)]
pub use i18n_embed_fl::fl as __fl;

/// A translated message, checked against the Swedish file at compile time:
/// `fl!("inbox-search")`, `fl!("cli-seeded", count = 5)` in the interface's language, or
/// `fl!(in loader, "error-locked")` through a given loader.
#[macro_export]
macro_rules! fl {
    (in $loader:expr, $id:literal) => {{ $crate::i18n::__fl!($loader, $id) }};
    (in $loader:expr, $id:literal, $($args:tt)*) => {{ $crate::i18n::__fl!($loader, $id, $($args)*) }};
    ($id:literal) => {{ $crate::i18n::__fl!($crate::i18n::LOADER, $id) }};
    ($id:literal, $($args:tt)*) => {{ $crate::i18n::__fl!($crate::i18n::LOADER, $id, $($args)*) }};
}

/// Switches every message to `language`.
pub fn select(language: Language) {
    let Ok(id) = language.code().parse::<LanguageIdentifier>() else {
        return;
    };
    // Both languages are embedded and tested; a failure leaves the previous language in place.
    let _ = i18n_embed::select(&*LOADER, &Localizations, &[id]);
    // Isolation marks around inserted values would show up in terminals and break text search.
    LOADER.set_use_isolating(false);
}

static SWEDISH: LazyLock<FluentLanguageLoader> = LazyLock::new(|| fixed_loader(Language::Sv));
static ENGLISH: LazyLock<FluentLanguageLoader> = LazyLock::new(|| fixed_loader(Language::En));

fn fixed_loader(language: Language) -> FluentLanguageLoader {
    let loader = fluent_language_loader!();
    let ids: Vec<LanguageIdentifier> = language.code().parse().into_iter().collect();
    // Embedded and tested like the main loader; a failure would show message ids.
    let _ = loader.load_languages(&Localizations, &ids);
    loader.set_use_isolating(false);
    loader
}

/// A loader fixed to one language, whatever the interface uses: letters are written in the
/// complainant's language.
pub fn loader_for(language: Language) -> &'static FluentLanguageLoader {
    match language {
        Language::Sv => &SWEDISH,
        Language::En => &ENGLISH,
    }
}

/// The language messages are shown in now.
pub fn current_language() -> Language {
    let current = LOADER.current_languages();
    match current.first().map(|l| l.language.as_str()) {
        Some("en") => Language::En,
        _ => Language::Sv,
    }
}

/// The language of the desktop session: English for an English locale, otherwise Swedish.
pub fn system_language() -> Language {
    let requested = i18n_embed::DesktopLanguageRequester::requested_languages();
    match requested.first().map(|l| l.language.as_str()) {
        Some("en") => Language::En,
        _ => Language::Sv,
    }
}

/// The message with a runtime id, for ids built from codes (`status-new`). Every such id is
/// covered by a test; an unknown one shows the id rather than nothing.
pub fn message(id: &str) -> String {
    LOADER.get(id)
}

/// The translated name of a domain code: `label("status", "under_investigation")` reads
/// `status-under-investigation`.
pub fn label(prefix: &str, code: &str) -> String {
    message(&label_id(prefix, code))
}

/// The translated name of a domain code through a given loader.
pub fn label_in(loader: &FluentLanguageLoader, prefix: &str, code: &str) -> String {
    loader.get(&label_id(prefix, code))
}

/// The message id of a code's name.
pub fn label_id(prefix: &str, code: &str) -> String {
    format!("{prefix}-{}", code.replace(['_', '.'], "-"))
}

/// Every message id in the Swedish file, for tests and tools.
pub fn has_message(id: &str) -> bool {
    LOADER.has(id)
}
