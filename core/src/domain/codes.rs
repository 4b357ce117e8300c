//! Stable text codes for the domain's enums, used by the store, `--json` and the translation keys.

/// A code that names no variant of the enum it was parsed as.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} code `{code}`")]
pub struct UnknownCode {
    /// Which enum was asked for.
    pub what: &'static str,
    /// The text that did not match.
    pub code: String,
}

impl UnknownCode {
    pub(crate) fn new(what: &'static str, code: &str) -> Self {
        Self {
            what,
            code: code.to_owned(),
        }
    }
}

/// Declares a fieldless enum with a stable snake_case code per variant, `ALL`, `code()`,
/// `Display` (the code), `FromStr` and serde as the code.
macro_rules! coded_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident as $what:literal { $($(#[$vmeta:meta])* $variant:ident = $code:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(try_from = "String", into = "&'static str")]
        $vis enum $name { $($(#[$vmeta])* $variant,)+ }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The stable code stored on disk and printed in `--json`.
            pub const fn code(self) -> &'static str {
                match self { $($name::$variant => $code,)+ }
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::domain::UnknownCode;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($code => Ok($name::$variant),)+
                    _ => Err($crate::domain::UnknownCode::new($what, s)),
                }
            }
        }

        impl TryFrom<String> for $name {
            type Error = $crate::domain::UnknownCode;
            fn try_from(s: String) -> Result<Self, Self::Error> { s.parse() }
        }

        impl From<$name> for &'static str {
            fn from(v: $name) -> Self { v.code() }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str(self.code()) }
        }
    };
}
pub(crate) use coded_enum;
