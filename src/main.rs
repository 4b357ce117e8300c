//! The `klagomal` command: with no subcommand it opens the window on the default store; the
//! subcommands administer a store from scripts and terminals.

mod cli;

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand};
use klagomal_core::domain::{CaseKind, Category, Language, NoteKind, Outcome, Status};
use klagomal_core::i18n;

/// The parsed command line. Help texts come from the translation files at run time.
#[derive(Debug, Parser)]
#[command(name = "klagomal", version)]
pub struct Cli {
    #[arg(long, global = true, env = "KLAGOMAL_STORE", value_name = "PATH")]
    store: Option<PathBuf>,
    #[arg(long, global = true, value_name = "sv|en")]
    lang: Option<Language>,
    #[command(subcommand)]
    command: Option<Command>,
}

/// The subcommands; their help texts are `cli-NAME-*` in the translation files.
#[derive(Debug, Subcommand)]
pub enum Command {
    Init {
        #[arg(long, value_name = "NAME")]
        officer: Option<String>,
        #[arg(long, value_name = "TITLE")]
        title: Option<String>,
    },
    Seed {
        #[arg(long, value_name = "N")]
        cases: u32,
        #[arg(long, value_name = "S", default_value_t = 1)]
        seed: u64,
    },
    List {
        #[arg(long, value_name = "STATUS")]
        status: Option<Status>,
        #[arg(long, value_name = "KIND")]
        kind: Option<CaseKind>,
        #[arg(long, value_name = "CATEGORY")]
        category: Option<Category>,
        #[arg(long, action = ArgAction::SetTrue)]
        overdue: bool,
        #[arg(long, action = ArgAction::SetTrue)]
        mine: bool,
        #[arg(long, value_name = "Q")]
        search: Option<String>,
        #[arg(long, value_name = "due|received|number", default_value = "due")]
        sort: cli::Sort,
        #[arg(long, value_name = "N", default_value_t = 50)]
        limit: u32,
        #[arg(long, action = ArgAction::SetTrue)]
        json: bool,
    },
    Show {
        #[arg(value_name = "CASE")]
        case: String,
        #[arg(long, action = ArgAction::SetTrue)]
        json: bool,
    },
    Note {
        #[arg(value_name = "CASE")]
        case: String,
        #[arg(value_name = "TEXT")]
        text: String,
        #[arg(long, value_name = "KIND", default_value = "note")]
        kind: NoteKind,
    },
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    Demo {
        #[arg(long, value_name = "N", default_value_t = 300)]
        cases: u32,
    },
    Letter {
        #[arg(value_name = "CASE")]
        case: String,
        #[arg(long, value_name = "KIND")]
        kind: cli::ComposableKind,
        #[arg(long, value_name = "sv|en")]
        lang: Option<Language>,
        #[arg(long, value_name = "FILE.pdf")]
        out: Option<PathBuf>,
        #[arg(long, value_name = "OUTCOME", default_value = "rejected")]
        outcome: Outcome,
        #[arg(long, value_name = "TEXT", default_value = "")]
        reasons: String,
        #[arg(long, value_name = "DATE")]
        date: Option<NaiveDate>,
    },
    Import {
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, action = ArgAction::SetTrue)]
        json: bool,
    },
    PrintCase {
        #[arg(value_name = "CASE")]
        case: String,
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        #[arg(long, action = ArgAction::SetTrue)]
        include_notes: bool,
        #[arg(long, action = ArgAction::SetTrue)]
        unmask: bool,
    },
    Export {
        #[arg(value_name = "CASE")]
        case: String,
        #[arg(long, value_name = "RECIPIENT")]
        to: cli::Recipient,
        #[arg(long, value_name = "FILE.zip")]
        out: PathBuf,
        #[arg(long, action = ArgAction::SetTrue)]
        include_notes: bool,
        #[arg(long, action = ArgAction::SetTrue)]
        unmask: bool,
    },
    Print {
        #[arg(value_name = "FILE.pdf")]
        file: PathBuf,
        #[arg(long, value_name = "NAME")]
        printer: Option<String>,
        #[arg(long, value_name = "N", default_value_t = 1)]
        copies: u32,
    },
}

/// `klagomal audit …`.
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    Verify,
}

fn main() -> ExitCode {
    i18n::select(requested_language().unwrap_or_else(i18n::system_language));
    let mut command = localized_command();
    let matches = command.get_matches_mut();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    let result = match cli.command {
        None => cli::window(cli.store),
        Some(Command::Demo { cases }) => cli::demo(cases),
        Some(subcommand) => cli::run(cli.store, subcommand),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("{}", failure.message);
            ExitCode::from(failure.exit_code)
        }
    }
}

/// `--lang` read before clap parses, so that clap's help is in that language too.
fn requested_language() -> Option<Language> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .enumerate()
        .find_map(|(i, a)| match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1)?.parse().ok(),
            Some(rest) => rest.strip_prefix('=')?.parse().ok(),
            None => None,
        })
}

/// The clap command with every about and help text from the translation files.
fn localized_command() -> clap::Command {
    let mut cmd = Cli::command()
        .about(i18n::message("cli-about"))
        .mut_arg("store", |a| a.help(i18n::message("cli-arg-store")))
        .mut_arg("lang", |a| a.help(i18n::message("cli-arg-lang")));
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, |sub| localize(sub, &format!("cli-{name}")));
    }
    cmd
}

fn localize(sub: clap::Command, prefix: &str) -> clap::Command {
    let args: Vec<String> = sub
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    let nested: Vec<String> = sub
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    let mut sub = sub.about(i18n::message(&format!("{prefix}-about")));
    for id in args {
        let key = format!("{prefix}-{}", id.replace('_', "-"));
        sub = sub.mut_arg(id, |a| a.help(i18n::message(&key)));
    }
    for name in nested {
        sub = sub.mut_subcommand(&name, |s| localize(s, &format!("{prefix}-{name}")));
    }
    sub
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every help text the command line asks for exists in both languages.
    #[test]
    fn every_help_text_is_translated() {
        fn walk(cmd: &clap::Command, prefix: &str, keys: &mut Vec<String>) {
            keys.push(format!("{prefix}-about"));
            keys.extend(
                cmd.get_arguments()
                    .map(|a| format!("{prefix}-{}", a.get_id().as_str().replace('_', "-"))),
            );
            for sub in cmd.get_subcommands() {
                walk(sub, &format!("{prefix}-{}", sub.get_name()), keys);
            }
        }
        let mut keys = vec![
            "cli-about".to_owned(),
            "cli-arg-store".to_owned(),
            "cli-arg-lang".to_owned(),
        ];
        for sub in Cli::command().get_subcommands() {
            walk(sub, &format!("cli-{}", sub.get_name()), &mut keys);
        }
        for lang in [Language::Sv, Language::En] {
            i18n::select(lang);
            for key in &keys {
                assert!(i18n::has_message(key), "{key} missing in {lang}");
            }
        }
    }

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
