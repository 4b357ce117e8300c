//! The `klagomal` command: with no subcommand it opens the window on the default store; the
//! subcommands administer a store from scripts and terminals (`klagomal::cli`).

fn main() -> std::process::ExitCode {
    klagomal::cli::main()
}
