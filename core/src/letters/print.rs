//! Printing a PDF through the system: CUPS (`lp`, `lpstat`) on Linux and other Unix systems,
//! the shell's print verb on Windows. The platform-specific part is this one file.

use std::path::Path;
use std::process::Command;

/// A printer the system knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Printer {
    /// The queue's name.
    pub name: String,
    /// Whether it is the system's default.
    pub is_default: bool,
}

/// Why printing did not happen.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PrintError {
    /// The system has no printer set up.
    #[error("no printer is set up")]
    NoPrinter,
    /// The system's printing commands are missing (no CUPS).
    #[error("printing is not available on this system")]
    Unavailable,
    /// The print system refused the job; its own words.
    #[error("the printer refused the job: {0}")]
    Refused(String),
}

/// The printers the system offers, the default first.
pub fn printers() -> Result<Vec<Printer>, PrintError> {
    let names = run(list_command())?;
    let default = run(default_command())
        .ok()
        .and_then(|out| parse_default(&out));
    let mut printers: Vec<Printer> = names
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|name| Printer {
            name: name.to_owned(),
            is_default: default.as_deref() == Some(name),
        })
        .collect();
    printers.sort_by_key(|p| !p.is_default);
    if printers.is_empty() {
        return Err(PrintError::NoPrinter);
    }
    Ok(printers)
}

/// Sends a PDF file to a printer (the default when `None`); returns the system's job id or message.
pub fn print_file(file: &Path, printer: Option<&str>, copies: u32) -> Result<String, PrintError> {
    run(print_command(file, printer, copies.max(1))).map(|out| job_id(&out))
}

/// The job id from `lp`'s "request id is Kontor-42 (1 file(s))", or the output as it is.
fn job_id(out: &str) -> String {
    let out = out.trim();
    out.strip_prefix("request id is ")
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or(out)
        .to_owned()
}

/// The command that sends a file to a printer, for the platform this was built for.
pub fn print_command(file: &Path, printer: Option<&str>, copies: u32) -> Command {
    if cfg!(windows) {
        // PowerShell's Start-Process with the PrintTo verb hands the PDF to the viewer that is
        // registered for printing PDFs, once per copy.
        let target = printer
            .map(|p| format!(" -ArgumentList '\"{}\"'", p.replace('\'', "''")))
            .unwrap_or_default();
        let verb = if printer.is_some() {
            "PrintTo"
        } else {
            "Print"
        };
        let script = format!(
            "1..{copies} | ForEach-Object {{ Start-Process -FilePath '{}' -Verb {verb}{target} -Wait }}",
            file.display().to_string().replace('\'', "''")
        );
        let mut cmd = Command::new("powershell");
        cmd.args(["-NoProfile", "-NonInteractive", "-Command", &script]);
        cmd
    } else {
        let mut cmd = Command::new("lp");
        if let Some(p) = printer {
            cmd.args(["-d", p]);
        }
        cmd.args(["-n", &copies.to_string(), "-t", "Klagomal", "--"])
            .arg(file);
        cmd
    }
}

fn list_command() -> Command {
    if cfg!(windows) {
        let mut cmd = Command::new("powershell");
        cmd.args([
            "-NoProfile",
            "-NonInteractive",
            "-Command",
            "Get-Printer | ForEach-Object { $_.Name }",
        ]);
        cmd
    } else {
        let mut cmd = Command::new("lpstat");
        cmd.arg("-e");
        cmd
    }
}

fn default_command() -> Command {
    if cfg!(windows) {
        let mut cmd = Command::new("powershell");
        let script = "(Get-CimInstance Win32_Printer | Where-Object Default).Name";
        cmd.args(["-NoProfile", "-NonInteractive", "-Command", script]);
        cmd
    } else {
        let mut cmd = Command::new("lpstat");
        cmd.arg("-d");
        cmd
    }
}

/// The default printer's name from `lpstat -d` ("system default destination: NAME"), or the
/// whole output on Windows.
fn parse_default(out: &str) -> Option<String> {
    let line = out.lines().next()?.trim();
    match line.split_once(": ") {
        Some((_, name)) if !line.starts_with("no ") => Some(name.trim().to_owned()),
        Some(_) => None,
        None if cfg!(windows) && !line.is_empty() => Some(line.to_owned()),
        None => None,
    }
}

fn run(mut cmd: Command) -> Result<String, PrintError> {
    // The print system's messages are for the officer's IT support; keep them in English as is.
    let out = cmd
        .env("LC_ALL", "C")
        .output()
        .map_err(|_| PrintError::Unavailable)?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        let message = String::from_utf8_lossy(&out.stderr).trim().to_owned();
        if message.contains("No destinations added") || message.contains("no default destination") {
            return Err(PrintError::NoPrinter);
        }
        Err(PrintError::Refused(message))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_job_id_is_read_from_lp() {
        assert_eq!(job_id("request id is Kontor-42 (1 file(s))\n"), "Kontor-42");
        assert_eq!(job_id("något annat"), "något annat");
    }

    #[test]
    fn the_default_printer_is_read_from_lpstat() {
        assert_eq!(
            parse_default("system default destination: Kontor-HP\n"),
            Some("Kontor-HP".to_owned())
        );
        assert_eq!(parse_default("no system default destination\n"), None);
        assert_eq!(parse_default(""), None);
    }

    #[cfg(unix)]
    #[test]
    fn the_print_command_names_printer_and_copies() {
        let cmd = print_command(Path::new("/tmp/brev.pdf"), Some("Kontor"), 2);
        let args: Vec<String> = cmd
            .get_args()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        assert_eq!(cmd.get_program(), "lp");
        assert_eq!(
            args,
            [
                "-d",
                "Kontor",
                "-n",
                "2",
                "-t",
                "Klagomal",
                "--",
                "/tmp/brev.pdf"
            ]
        );
        let default: Vec<String> = print_command(Path::new("a.pdf"), None, 1)
            .get_args()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        assert_eq!(default, ["-n", "1", "-t", "Klagomal", "--", "a.pdf"]);
    }
}
