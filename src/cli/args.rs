//! The command line's shape: every subcommand and argument, with help texts from the
//! translation files and clap's own words in the user's language.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Arg, ArgAction, CommandFactory, Parser, Subcommand};
use klagomal_core::domain::{
    Addressee, CaseKind, Category, Language, LegalBasis, NoteKind, Outcome, Recipient,
    RectifiedField, Role, Status,
};
use klagomal_core::i18n;

use super::values::{codes, date};

/// The parsed command line. Help texts come from the translation files at run time.
#[derive(Debug, Parser)]
#[command(name = "klagomal", version)]
pub struct Cli {
    #[arg(long, global = true, env = "KLAGOMAL_STORE", value_name = "PATH")]
    pub store: Option<PathBuf>,
    #[arg(long, global = true, value_name = "sv|en", value_parser = codes(Language::ALL))]
    lang: Option<Language>,
    // Its own id: `assign CASE OFFICER` has an argument named `officer` too.
    #[arg(
        id = "acting_officer",
        long = "officer",
        global = true,
        env = "KLAGOMAL_OFFICER",
        value_name = "NAME"
    )]
    pub officer: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands; their help texts are `cli-NAME-*` in the translation files.
#[derive(Debug, Subcommand)]
pub enum Command {
    Init {
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
        #[arg(long, value_name = "STATUS", value_parser = codes(Status::ALL))]
        status: Option<Status>,
        #[arg(long, value_name = "KIND", value_parser = codes(CaseKind::ALL))]
        kind: Option<CaseKind>,
        #[arg(long, value_name = "CATEGORY", value_parser = codes(Category::ALL))]
        category: Option<Category>,
        #[arg(long, action = ArgAction::SetTrue)]
        overdue: bool,
        #[arg(long, action = ArgAction::SetTrue)]
        mine: bool,
        #[arg(long, value_name = "Q")]
        search: Option<String>,
        #[arg(long, value_name = "due|received|number", default_value = "due")]
        sort: super::Sort,
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
        #[arg(long, value_name = "KIND", default_value = "note", value_parser = codes(NoteKind::WRITTEN))]
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
        kind: super::ComposableKind,
        #[arg(long, value_name = "sv|en", value_parser = codes(Language::ALL))]
        lang: Option<Language>,
        #[arg(long, value_name = "FILE.pdf")]
        out: Option<PathBuf>,
        #[arg(long, value_name = "OUTCOME", default_value = "rejected", value_parser = codes(Outcome::ALL))]
        outcome: Outcome,
        #[arg(long, value_name = "TEXT", default_value = "")]
        reasons: String,
        #[arg(long, value_name = "DATE", value_parser = date)]
        date: Option<NaiveDate>,
        #[arg(long, value_name = "FILE.eml")]
        eml: Option<PathBuf>,
        #[arg(long, value_name = "complainant|representative", value_parser = codes(Addressee::ALL))]
        recipient: Option<Addressee>,
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
        to: super::Recipient,
        #[arg(long, value_name = "FILE.zip")]
        out: PathBuf,
        #[arg(long, action = ArgAction::SetTrue)]
        include_notes: bool,
        #[arg(long, action = ArgAction::SetTrue)]
        unmask: bool,
    },
    Backup {
        #[command(subcommand)]
        command: Option<BackupCommand>,
        #[arg(long, value_name = "DIR")]
        to: Option<PathBuf>,
    },
    Restore {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        #[arg(long, action = ArgAction::SetTrue)]
        dry_run: bool,
    },
    Print {
        #[arg(value_name = "FILE.pdf")]
        file: PathBuf,
        #[arg(long, value_name = "NAME")]
        printer: Option<String>,
        #[arg(long, value_name = "N", default_value_t = 1)]
        copies: u32,
    },
    New {
        #[command(flatten)]
        fields: super::CaseFields,
        #[arg(long, value_name = "FILE.json", conflicts_with = "CaseFields")]
        json: Option<PathBuf>,
    },
    Edit {
        #[arg(value_name = "CASE")]
        case: String,
        #[command(flatten)]
        fields: super::CaseFields,
        #[arg(long, value_name = "FILE.json", conflicts_with = "CaseFields")]
        json: Option<PathBuf>,
    },
    Status {
        #[arg(value_name = "CASE")]
        case: String,
        #[arg(value_name = "STATUS", value_parser = codes(Status::ALL))]
        to: Status,
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
    },
    Assign {
        #[arg(value_name = "CASE")]
        case: String,
        #[arg(value_name = "OFFICER")]
        officer: String,
    },
    Hold {
        #[arg(value_name = "CASE")]
        case: String,
        #[arg(long, value_name = "TEXT")]
        reason: String,
    },
    Release {
        #[arg(value_name = "CASE")]
        case: String,
    },
    Escalate {
        #[arg(value_name = "CASE")]
        case: String,
        #[arg(long, value_name = "RECIPIENT")]
        to: super::Recipient,
        #[arg(long, value_name = "REF")]
        reference: String,
        #[arg(long, value_name = "DATE", value_parser = date)]
        statement_due: NaiveDate,
        #[arg(long = "claim", value_name = "TEXT")]
        claims: Vec<String>,
        #[arg(long, value_name = "KR")]
        amount: Option<String>,
        #[arg(long, value_name = "DATE", value_parser = date)]
        received: Option<NaiveDate>,
        #[arg(long, value_name = "NAME", default_value = "")]
        court: String,
    },
    Correspondence {
        #[command(subcommand)]
        command: CorrespondenceCommand,
    },
    Settings {
        #[command(subcommand)]
        command: SettingsCommand,
    },
    Review {
        #[command(subcommand)]
        command: ReviewCommand,
    },
    Disclosure {
        #[command(subcommand)]
        command: DisclosureCommand,
    },
    Person {
        #[command(subcommand)]
        command: PersonCommand,
    },
    Retention {
        #[command(subcommand)]
        command: RetentionCommand,
    },
    Officer {
        #[command(subcommand)]
        command: OfficerCommand,
    },
    Key {
        #[command(subcommand)]
        command: KeyCommand,
    },
}

/// `klagomal backup …`: the copies of the store.
#[derive(Debug, Subcommand)]
pub enum BackupCommand {
    List {
        #[arg(value_name = "DIR")]
        folder: Option<PathBuf>,
        #[arg(long, action = ArgAction::SetTrue)]
        json: bool,
    },
    Verify {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

/// `klagomal person …`: one person across cases.
#[derive(Debug, Subcommand)]
pub enum PersonCommand {
    Find {
        #[arg(value_name = "QUERY")]
        query: String,
        #[arg(long, action = ArgAction::SetTrue)]
        json: bool,
    },
    Notes {
        #[arg(value_name = "PERSON")]
        person: String,
        #[arg(long, action = ArgAction::SetTrue)]
        json: bool,
    },
    Extract {
        #[arg(value_name = "PERSON")]
        person: String,
        #[arg(long, value_name = "FILE.zip")]
        out: PathBuf,
        #[arg(long = "include-note", value_name = "ID")]
        include_note: Vec<i64>,
    },
    Rectify {
        #[arg(value_name = "PERSON")]
        person: String,
        #[arg(long, value_name = "FIELD", value_parser = codes(RectifiedField::ALL))]
        field: RectifiedField,
        #[arg(long, value_name = "VALUE", allow_hyphen_values = true)]
        value: String,
        #[arg(long, value_name = "TEXT", default_value = "")]
        reason: String,
        #[arg(long, value_name = "FILE.pdf")]
        letter: Option<PathBuf>,
    },
    Erase {
        #[arg(value_name = "PERSON")]
        person: String,
        #[arg(long, action = ArgAction::SetTrue)]
        dry_run: bool,
        #[arg(long, value_name = "FILE.pdf", required_unless_present = "dry_run")]
        letter: Option<PathBuf>,
    },
}

/// `klagomal retention …`: the retention sweep (*gallring*).
#[derive(Debug, Subcommand)]
pub enum RetentionCommand {
    Sweep {
        #[arg(long, action = ArgAction::SetTrue)]
        dry_run: bool,
        #[arg(long, action = ArgAction::SetTrue)]
        json: bool,
    },
}

/// `klagomal disclosure …`: the log of personal data disclosed outside the company.
#[derive(Debug, Subcommand)]
pub enum DisclosureCommand {
    Add {
        #[arg(value_name = "CASE")]
        case: String,
        #[arg(long, value_name = "RECIPIENT", value_parser = codes(Recipient::ALL))]
        to: Recipient,
        #[arg(long, value_name = "NAME", default_value = "")]
        name: String,
        #[arg(long, value_name = "TEXT")]
        what: String,
        #[arg(long, value_name = "BASIS", value_parser = codes(LegalBasis::ALL))]
        basis: LegalBasis,
        #[arg(long, value_name = "DATE", value_parser = date)]
        date: Option<NaiveDate>,
    },
    List {
        #[arg(value_name = "CASE")]
        case: Option<String>,
        #[arg(long, action = ArgAction::SetTrue)]
        json: bool,
    },
}

/// `klagomal review …`: the complaints manager's review of final answers and statements.
#[derive(Debug, Subcommand)]
pub enum ReviewCommand {
    Submit {
        #[arg(value_name = "CASE")]
        case: String,
        #[arg(long, value_name = "sv|en", value_parser = codes(Language::ALL))]
        lang: Option<Language>,
        #[arg(long, value_name = "OUTCOME", default_value = "rejected", value_parser = codes(Outcome::ALL))]
        outcome: Outcome,
        #[arg(long, value_name = "TEXT", default_value = "")]
        reasons: String,
        #[arg(long, value_name = "DATE", value_parser = date)]
        date: Option<NaiveDate>,
        #[arg(long, value_name = "FILE.pdf")]
        out: Option<PathBuf>,
        #[arg(long, value_name = "complainant|representative", value_parser = codes(Addressee::ALL))]
        recipient: Option<Addressee>,
    },
    Approve {
        #[arg(value_name = "CASE")]
        case: String,
        #[arg(long)]
        override_independence: bool,
        #[arg(long, value_name = "FILE.pdf")]
        out: Option<PathBuf>,
    },
    Return {
        #[arg(value_name = "CASE")]
        case: String,
        #[arg(long, value_name = "TEXT")]
        comment: String,
    },
    List,
}

/// `klagomal officer …`.
#[derive(Debug, Subcommand)]
pub enum OfficerCommand {
    Add {
        #[arg(value_name = "NAME")]
        name: String,
        #[arg(long = "role", value_name = "officer|manager|admin", value_parser = codes(Role::ALL))]
        roles: Vec<Role>,
        #[arg(long, value_name = "TITLE")]
        title: Option<String>,
    },
    List {
        #[arg(long, action = ArgAction::SetTrue)]
        json: bool,
    },
    Remove {
        #[arg(value_name = "NAME")]
        name: String,
    },
    Roles {
        #[arg(value_name = "NAME")]
        name: String,
        #[arg(long = "role", value_name = "officer|manager|admin", value_parser = codes(Role::ALL), required = true)]
        roles: Vec<Role>,
    },
    Passwd,
}

/// `klagomal key …`.
#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    Export,
}

/// `klagomal settings …`.
#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    Prisbasbelopp {
        #[arg(value_name = "YEAR")]
        year: Option<String>,
        #[arg(value_name = "AMOUNT")]
        amount: Option<String>,
    },
    Retention {
        #[arg(value_name = "MONTHS")]
        months: Option<String>,
    },
}

/// `klagomal audit …`.
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    Verify,
}

/// `klagomal correspondence …`.
#[derive(Debug, Subcommand)]
pub enum CorrespondenceCommand {
    #[command(group(clap::ArgGroup::new("what").required(true).args(["file", "phone"])))]
    Add {
        #[arg(value_name = "CASE")]
        case: String,
        #[arg(long, value_name = "FILE")]
        file: Option<PathBuf>,
        #[arg(long, value_name = "TEXT")]
        phone: Option<String>,
        #[arg(long, value_name = "TEXT")]
        subject: Option<String>,
        #[arg(long, value_name = "DATE", value_parser = super::values::date_time)]
        date: Option<chrono::NaiveDateTime>,
        #[arg(long, value_name = "NAME")]
        from: Option<String>,
    },
}

/// `--lang` read before clap parses, so that clap's help is in that language too.
pub(super) fn requested_language() -> Option<Language> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .enumerate()
        .find_map(|(i, a)| match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1)?.parse().ok(),
            Some(rest) => rest.strip_prefix('=')?.parse().ok(),
            None => None,
        })
}

/// The clap command with every about and help text from the translation files, clap's own
/// words (headings, help and version) included.
pub(super) fn localized_command() -> clap::Command {
    let options = i18n::message("cli-heading-options");
    let mut cmd = Cli::command()
        .about(i18n::message("cli-about"))
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(i18n::message("cli-version"))
                .help_heading(options.clone())
                .display_order(LAST + 1),
        )
        .mut_arg("store", |a| {
            a.help(i18n::message("cli-arg-store"))
                .help_heading(options.clone())
                .display_order(LAST - 2)
        })
        .mut_arg("lang", |a| {
            a.help(i18n::message("cli-arg-lang"))
                .help_heading(options.clone())
                .hide_possible_values(true)
                .display_order(LAST - 1)
        })
        .mut_arg("acting_officer", |a| {
            a.help(i18n::message("cli-arg-officer"))
                .help_heading(options.clone())
                .display_order(LAST - 3)
        });
    cmd = own_words(cmd);
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
        sub = sub.mut_arg(id, |a| {
            let heading = match a.is_positional() {
                true => "cli-heading-arguments",
                false => "cli-heading-options",
            };
            let takes_values = a.get_action().takes_values();
            a.help(i18n::message(&key))
                .help_heading(i18n::message(heading))
                .hide_possible_values(takes_values)
        });
    }
    for name in nested {
        sub = sub.mut_subcommand(&name, |s| localize(s, &format!("{prefix}-{name}")));
    }
    // After the arguments, so that the headings come in their order: arguments, then options.
    own_words(sub)
}

/// Where the options every command has (`--store`, `--lang`, `--help`) come in its help: last.
const LAST: usize = 1000;

/// clap's own words on a command, in the user's language: the usage line, the command list's
/// heading and `--help`.
fn own_words(cmd: clap::Command) -> clap::Command {
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        i18n::message("cli-heading-usage")
    );
    cmd.help_template(template)
        .subcommand_help_heading(i18n::message("cli-heading-commands"))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(i18n::message("cli-help"))
                .help_heading(i18n::message("cli-heading-options"))
                .display_order(LAST),
        )
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
        let mut keys: Vec<String> = [
            "cli-about",
            "cli-arg-store",
            "cli-arg-lang",
            "cli-arg-officer",
            "cli-help",
            "cli-version",
            "cli-heading-usage",
            "cli-heading-commands",
            "cli-heading-arguments",
            "cli-heading-options",
            "cli-see-help",
        ]
        .map(str::to_owned)
        .to_vec();
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
        localized_command().debug_assert();
    }
}
