//! The subcommands: open the store, do one thing, print the result in the user's language.

pub mod args;
mod backup;
mod case;
mod correspondence;
mod disclosure;
mod export;
mod import;
mod letter;
mod officer;
mod person;
mod print;
mod records;
mod retention;
mod review;
mod settings;
pub mod values;
mod window;
mod workflow;

pub use case::CaseFields;
pub use export::Recipient;
pub use letter::ComposableKind;
pub use window::{demo, window};

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::FromArgMatches;
use std::path::PathBuf;

use crate::describe;
use klagomal_core::domain::{CaseNumber, NewNote, NoteKind};
use klagomal_core::fl;
use klagomal_core::i18n::{self, LOADER};
use klagomal_core::store::{
    InboxFilter, InboxQuery, OpenOptions, Secret, SortKey, Store, StoreError,
};
use zeroize::Zeroizing;

use args::{
    AuditCommand, BackupCommand, Cli, Command, CorrespondenceCommand, DisclosureCommand,
    KeyCommand, OfficerCommand, PersonCommand, RetentionCommand, ReviewCommand, SettingsCommand,
    localized_command, requested_language,
};

/// Why a command failed: the message to print and the exit status.
#[derive(Debug)]
pub struct Failure {
    /// Already translated.
    pub message: String,
    /// 1: the operation failed; 2: wrong usage or wrong passphrase.
    pub exit_code: u8,
}

impl Failure {
    fn usage(message: String) -> Failure {
        Failure {
            message,
            exit_code: 2,
        }
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Failure {
        // Who signs in, and with what, is the caller's to get right: like wrong usage. An
        // action the role may not take is a failure (1), with the role named.
        let exit_code = match e {
            StoreError::WrongPassphrase
            | StoreError::EmptyPassphrase
            | StoreError::UnknownOfficer
            | StoreError::OfficerNotGiven
            | StoreError::SlotNotRecognised
            | StoreError::TooManyAttempts { .. } => 2,
            _ => 1,
        };
        Failure {
            message: describe::store_error(&LOADER, &e),
            exit_code,
        }
    }
}

/// `--sort`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Sort {
    Due,
    Received,
    Number,
}

pub(super) fn store_path(store: Option<PathBuf>) -> Result<PathBuf, Failure> {
    match store {
        Some(p) => Ok(p),
        None => klagomal_core::paths::default_store().ok_or_else(|| Failure {
            message: fl!("error-no-data-dir"),
            exit_code: 1,
        }),
    }
}

/// Runs one subcommand against the store at `store` (or the default store), as `officer` (or
/// the store's only officer).
pub fn run(
    store: Option<PathBuf>,
    officer: Option<String>,
    command: Command,
) -> Result<(), Failure> {
    let path = store_path(store)?;
    if let Command::Print {
        file,
        printer,
        copies,
    } = command
    {
        return letter::print(&file, printer.as_deref(), copies);
    }
    if let Command::Init { title } = command {
        return init(path, officer, title);
    }
    if let Command::Restore { file, dry_run } = &command {
        let passphrase = passphrase(false)?;
        let secret = Secret::sign_in(officer.as_deref(), &passphrase);
        return backup::restore(&path, &file.clone(), secret, *dry_run);
    }
    if let Command::Backup {
        command: Some(BackupCommand::Verify { file }),
        ..
    } = &command
    {
        let passphrase = passphrase(false)?;
        let secret = Secret::sign_in(officer.as_deref(), &passphrase);
        return backup::verify(&file.clone(), secret);
    }
    let passphrase = passphrase(false)?;
    let secret = Secret::sign_in(officer.as_deref(), &passphrase);
    let mut store = Store::open(&path, secret, &OpenOptions::default())
        .map_err(|e| sign_in_failed(&path, e))?;
    drop(passphrase);
    match command {
        Command::Init { .. }
        | Command::Demo { .. }
        | Command::Print { .. }
        | Command::Restore { .. }
        | Command::Backup {
            command: Some(BackupCommand::Verify { .. }),
            ..
        } => Ok(()),
        Command::Backup { command: None, to } => backup::make(&mut store, to.as_deref()),
        Command::Backup {
            command: Some(BackupCommand::List { folder, json }),
            ..
        } => backup::list(&store, folder.as_deref(), json),
        Command::Import { paths, json } => import::import(&mut store, &paths, json),
        Command::PrintCase {
            case,
            out,
            include_notes,
            unmask,
        } => letter::print_case(
            &store,
            &case,
            &out,
            klagomal_core::export::Options {
                include_notes,
                unmask,
            },
        ),
        Command::Export {
            case,
            to,
            out,
            include_notes,
            unmask,
        } => export::export(
            &mut store,
            &case,
            to.into(),
            &out,
            klagomal_core::export::Options {
                include_notes,
                unmask,
            },
        ),
        Command::Letter {
            case,
            kind,
            lang,
            out,
            outcome,
            reasons,
            date,
            eml,
            recipient,
        } => {
            let request = letter::Request {
                recipient,
                case,
                kind: kind.into(),
                language: lang,
                out,
                outcome,
                reasons,
                date,
                eml,
            };
            letter::letter(&mut store, request)
        }
        Command::Seed { cases, seed } => {
            let added = klagomal_core::seed::seed_store(&mut store, cases, seed)?;
            println!(
                "{}",
                fl!("cli-seeded", count = added, total = store.case_count()?)
            );
            Ok(())
        }
        Command::List {
            status,
            kind,
            category,
            overdue,
            mine,
            search,
            sort,
            limit,
            json,
        } => {
            let filter = InboxFilter {
                status,
                kind,
                category,
                assignee: mine.then(|| store.actor()),
                overdue_on: overdue.then(|| store.today()),
                due_on: None,
                search,
            };
            let sort = match sort {
                Sort::Due => SortKey::Due,
                Sort::Received => SortKey::Received,
                Sort::Number => SortKey::Number,
            };
            list(
                &store,
                InboxQuery {
                    filter,
                    sort,
                    limit: limit.max(1),
                    ..InboxQuery::default()
                },
                json,
            )
        }
        Command::Show { case, json } => {
            let case = store.case_by_number(case_number(&case)?)?;
            let notes = store.notes(case.id)?;
            let settings = store.settings()?;
            let (officers, records) = (store.officers()?, records::Records::load(&store, case.id)?);
            print::show(
                &case,
                &notes,
                &settings,
                store.today(),
                json,
                &officers,
                records.json(&officers),
            );
            if !json {
                records.print(&officers);
            }
            Ok(())
        }
        Command::Note { case, text, kind } => note(&mut store, &case, text, kind),
        Command::New { fields, json } => case::new(&mut store, fields, json),
        Command::Edit { case, fields, json } => case::edit(&mut store, &case, fields, json),
        Command::Status { case, to, reason } => workflow::status(&mut store, &case, to, reason),
        Command::Assign { case, officer } => workflow::assign(&mut store, &case, &officer),
        Command::Hold { case, reason } => person::hold(&mut store, &case, Some(&reason)),
        Command::Release { case } => person::hold(&mut store, &case, None),
        Command::Escalate {
            case,
            to,
            reference,
            statement_due,
            claims,
            amount,
            received,
            court,
        } => workflow::escalate(
            &mut store,
            workflow::Request {
                case,
                body: to.into(),
                reference,
                court,
                statement_due,
                claims,
                amount,
                received,
            },
        ),
        Command::Correspondence {
            command:
                CorrespondenceCommand::Add {
                    case,
                    file,
                    phone,
                    subject,
                    date,
                    from,
                },
        } => correspondence::add(
            &mut store,
            correspondence::Entry {
                case,
                file,
                phone,
                subject,
                at: date,
                from,
            },
        ),
        Command::Audit {
            command: AuditCommand::Verify,
        } => verify(&store),
        Command::Settings {
            command: SettingsCommand::Prisbasbelopp { year, amount },
        } => settings::prisbasbelopp(&mut store, year.as_deref(), amount.as_deref()),
        Command::Settings {
            command: SettingsCommand::Retention { months },
        } => settings::retention(&mut store, months.as_deref()),
        Command::Retention {
            command: RetentionCommand::Sweep { dry_run, json },
        } => retention::sweep(&mut store, dry_run, json),
        Command::Review { command } => match command {
            ReviewCommand::Submit {
                case,
                lang,
                outcome,
                reasons,
                date,
                out,
                recipient,
            } => letter::letter(
                &mut store,
                letter::Request {
                    recipient,
                    case,
                    kind: klagomal_core::domain::LetterKind::FinalAnswer,
                    language: lang,
                    out,
                    outcome,
                    reasons,
                    date,
                    eml: None,
                },
            ),
            ReviewCommand::Approve {
                case,
                override_independence,
                out,
            } => review::approve(&mut store, &case, override_independence, out.as_deref()),
            ReviewCommand::Return { case, comment } => {
                review::send_back(&mut store, &case, &comment)
            }
            ReviewCommand::List => review::list(&store),
        },
        Command::Disclosure { command } => match command {
            DisclosureCommand::Add {
                case,
                to,
                name,
                what,
                basis,
                date,
            } => disclosure::add(
                &mut store,
                &case,
                disclosure::Entry {
                    to,
                    name,
                    what,
                    basis,
                    date,
                },
            ),
            DisclosureCommand::List { case, json } => {
                disclosure::list(&store, case.as_deref(), json)
            }
        },
        Command::Person { command } => match command {
            PersonCommand::Find { query, json } => person::find(&store, &query, json),
            PersonCommand::Notes { person, json } => person::notes(&store, &person, json),
            PersonCommand::Extract {
                person,
                out,
                include_note,
            } => person::extract(&mut store, &person, &out, &include_note),
            PersonCommand::Rectify {
                person,
                field,
                value,
                reason,
                letter,
            } => person::rectify(
                &mut store,
                &person,
                (field, &value),
                &reason,
                letter.as_deref(),
            ),
            PersonCommand::Erase {
                person,
                dry_run,
                letter,
            } => match dry_run {
                true => person::erase_dry_run(&mut store, &person),
                false => person::erase(&mut store, &person, letter.as_deref()),
            },
        },
        Command::Officer { command } => officers(&mut store, command),
        Command::Key {
            command: KeyCommand::Export,
        } => officer::export_key(&mut store),
    }
}

fn officers(store: &mut Store, command: OfficerCommand) -> Result<(), Failure> {
    match command {
        OfficerCommand::Add { name, roles, title } => {
            officer::add(store, &name, title.as_deref().unwrap_or(""), &roles)
        }
        OfficerCommand::List { json } => officer::list(store, json),
        OfficerCommand::Remove { name } => officer::remove(store, &name),
        OfficerCommand::Roles { name, roles } => officer::roles(store, &name, &roles),
        OfficerCommand::Passwd => officer::passwd(store),
    }
}

/// A sign-in that did not say who, or named nobody, lists who can sign in.
fn sign_in_failed(path: &std::path::Path, e: StoreError) -> Failure {
    let names = || klagomal_core::store::officer_names(path).join(", ");
    match e {
        StoreError::OfficerNotGiven => {
            Failure::usage(fl!("cli-officer-not-given", officers = names()))
        }
        StoreError::UnknownOfficer => {
            Failure::usage(fl!("cli-officer-cannot-sign-in", officers = names()))
        }
        e => e.into(),
    }
}

fn init(path: PathBuf, officer: Option<String>, title: Option<String>) -> Result<(), Failure> {
    if path.exists() {
        return Err(StoreError::AlreadyExists(path).into());
    }
    let passphrase = passphrase(true)?;
    let secret = Secret::sign_in(officer.as_deref(), &passphrase);
    let mut store = Store::create(&path, secret, &OpenOptions::default())?;
    if let Some(title) = title {
        let mut me = store.signed_in().clone();
        me.title = title;
        store.update_officer(&me)?;
    }
    println!("{}", fl!("cli-created", path = path.display().to_string()));
    Ok(())
}

fn list(store: &Store, query: InboxQuery, json: bool) -> Result<(), Failure> {
    let page = store.inbox(&query)?;
    if json {
        print::list_json(&page.rows, store.today());
        return Ok(());
    }
    if query.filter.search.is_some() {
        let hits = store.search_count(&query.filter)?;
        if hits > u64::from(klagomal_core::store::SEARCH_CANDIDATES) {
            eprintln!(
                "{}",
                fl!(
                    "cli-search-capped",
                    hits = hits,
                    shown = klagomal_core::store::SEARCH_CANDIDATES
                )
            );
        }
    }
    print::list_table(&page.rows, store.today());
    if page.next.is_some() {
        println!("{}", fl!("cli-list-more"));
    }
    Ok(())
}

fn note(store: &mut Store, case: &str, text: String, kind: NoteKind) -> Result<(), Failure> {
    let number = case_number(case)?;
    let case = store.case_by_number(number)?;
    store.add_note(case.id, NewNote { kind, text })?;
    println!("{}", fl!("cli-note-added", number = number.to_string()));
    Ok(())
}

fn verify(store: &Store) -> Result<(), Failure> {
    let report = store.verify_audit()?;
    match report.first_broken {
        None => {
            println!("{}", fl!("cli-audit-ok", events = report.events));
            Ok(())
        }
        Some(seq) => Err(Failure {
            message: fl!("cli-audit-broken", seq = seq, events = report.events),
            exit_code: 1,
        }),
    }
}

pub(crate) fn case_number(input: &str) -> Result<CaseNumber, Failure> {
    input
        .parse()
        .map_err(|_| Failure::usage(fl!("error-bad-case-number", input = input.to_owned())))
}

/// The passphrase from `KLAGOMAL_PASSPHRASE`, or asked for on a terminal without echo (twice when
/// creating a store). With neither, a usage error.
fn passphrase(new: bool) -> Result<Zeroizing<String>, Failure> {
    match new {
        true => asked(&NEW_STORE),
        false => asked(&SIGN_IN),
    }
}

/// A new officer's first passphrase, or the acting officer's new one: from
/// `KLAGOMAL_NEW_PASSPHRASE`, or asked for twice on a terminal without echo.
fn new_passphrase() -> Result<Zeroizing<String>, Failure> {
    asked(&NEW_OFFICER)
}

/// Where a passphrase comes from, and the words around asking for it.
struct Asking {
    variable: &'static str,
    /// Asked twice, after this warning; `None`: asked once.
    warning: Option<&'static str>,
    missing: &'static str,
    mismatch: &'static str,
}

const SIGN_IN: Asking = Asking {
    variable: "KLAGOMAL_PASSPHRASE",
    warning: None,
    missing: "error-no-passphrase",
    mismatch: "error-passphrase-mismatch",
};
const NEW_STORE: Asking = Asking {
    warning: Some("cli-passphrase-warning"),
    ..SIGN_IN
};
const NEW_OFFICER: Asking = Asking {
    variable: "KLAGOMAL_NEW_PASSPHRASE",
    warning: Some("cli-officer-passphrase-warning"),
    missing: "cli-no-new-passphrase",
    mismatch: "cli-new-passphrase-mismatch",
};

fn asked(how: &Asking) -> Result<Zeroizing<String>, Failure> {
    if let Ok(p) = std::env::var(how.variable) {
        return Ok(Zeroizing::new(p));
    }
    if !std::io::stdin().is_terminal() {
        return Err(Failure::usage(i18n::message(how.missing)));
    }
    let prompt = |key: &str| -> Result<Zeroizing<String>, Failure> {
        rpassword::prompt_password(format!("{} ", i18n::message(key)))
            .map(Zeroizing::new)
            .map_err(|e| Failure::from(StoreError::from(e)))
    };
    let Some(warning) = how.warning else {
        return prompt("cli-passphrase-prompt");
    };
    eprintln!("{}", i18n::message(warning));
    let first = prompt("cli-passphrase-new")?;
    let second = prompt("cli-passphrase-repeat")?;
    if first != second {
        return Err(Failure::usage(i18n::message(how.mismatch)));
    }
    Ok(first)
}

/// The program: parse the command line in the user's language, run the window or one
/// subcommand, print a failure and give its exit status.
pub fn main() -> ExitCode {
    i18n::select(requested_language().unwrap_or_else(i18n::system_language));
    let mut command = localized_command();
    let parsed = command
        .try_get_matches_from_mut(std::env::args_os())
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => match values::usage_error(&e) {
            Some(message) => {
                eprintln!("{message}");
                return ExitCode::from(2);
            }
            None => e.exit(),
        },
    };
    let result = match cli.command {
        None => window(cli.store),
        Some(Command::Demo { cases }) => demo(cases),
        Some(subcommand) => run(cli.store, cli.officer, subcommand),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("{}", failure.message);
            ExitCode::from(failure.exit_code)
        }
    }
}
