//! The command line's values and its usage errors in the user's language: codes with their
//! choices, dates, and clap's commonest complaints said in our own words.

use std::error::Error;
use std::str::FromStr;

use chrono::{NaiveDate, NaiveDateTime};
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use klagomal_core::fl;
use klagomal_core::i18n::message;

/// A domain code (`--kind complaint`): one of `all`, shown as the choices when it is not.
pub fn codes<T>(all: &'static [T]) -> impl TypedValueParser<Value = T>
where
    T: Copy + Into<&'static str> + FromStr + Clone + Send + Sync + 'static,
    T::Err: Error + Send + Sync + 'static,
{
    PossibleValuesParser::new(all.iter().map(|v| (*v).into())).try_map(|s| s.parse::<T>())
}

/// `ÅÅÅÅ-MM-DD`.
pub fn date(text: &str) -> Result<NaiveDate, String> {
    text.trim().parse().map_err(|_| message("problem-date"))
}

/// `ÅÅÅÅ-MM-DD TT:MM`, or a date alone (midnight).
pub fn date_time(text: &str) -> Result<NaiveDateTime, String> {
    let t = text.trim();
    NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M")
        .ok()
        .or_else(|| date(t).ok().and_then(|d| d.and_hms_opt(0, 0, 0)))
        .ok_or_else(|| message("problem-date-time"))
}

/// A usage error from clap in the user's language, for the kinds people meet most; `None`
/// for the others (and for help and version, which are not errors to the user).
pub fn usage_error(e: &clap::Error) -> Option<String> {
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(list)) => list.join(", "),
        _ => String::new(),
    };
    let arg = text(ContextKind::InvalidArg);
    let said = match e.kind() {
        ErrorKind::InvalidValue => fl!(
            "error-bad-code",
            arg = arg,
            input = text(ContextKind::InvalidValue),
            choices = text(ContextKind::ValidValue)
        ),
        ErrorKind::ValueValidation => {
            let detail = e.source().map(|s| s.to_string()).unwrap_or_default();
            fl!(
                "error-bad-value",
                arg = arg,
                input = text(ContextKind::InvalidValue),
                detail = detail
            )
        }
        ErrorKind::MissingRequiredArgument => fl!("error-missing-argument", args = arg),
        ErrorKind::ArgumentConflict => fl!(
            "error-argument-conflict",
            arg = arg,
            other = text(ContextKind::PriorArg)
        ),
        ErrorKind::UnknownArgument => fl!("error-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => {
            fl!(
                "error-unknown-command",
                command = text(ContextKind::InvalidSubcommand)
            )
        }
        _ => return None,
    };
    Some(format!("{said}\n{}", message("cli-see-help")))
}
