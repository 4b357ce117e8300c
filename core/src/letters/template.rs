//! Letter templates: the defaults compiled into the program, rendered with minijinja; an unknown
//! field or a syntax error is an error with its line, never a half-filled letter.

use minijinja::{Environment, ErrorKind, UndefinedBehavior, Value};

use crate::domain::{Language, LetterKind};

/// Why a template did not render.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("template problem {kind:?} at line {line:?}: {detail}")]
pub struct TemplateError {
    /// What kind of problem.
    pub kind: TemplateProblem,
    /// The line of the template, from 1, when known.
    pub line: Option<usize>,
    /// The template engine's own description (technical, for the person editing the template).
    pub detail: String,
}

/// The kinds of template problems the interface names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemplateProblem {
    /// The template is not valid template syntax.
    Syntax,
    /// The template uses a field that does not exist.
    UnknownField,
    /// The template rendered to nothing: no subject line.
    Empty,
    /// Anything else the engine refused.
    Other,
}

/// The default text of a letter kind in a language (every kind has one in both languages).
pub fn default_template(kind: LetterKind, language: Language) -> Option<&'static str> {
    use Language::{En, Sv};
    use LetterKind::*;
    Some(match (kind, language) {
        (Acknowledgement, Sv) => include_str!("../../../assets/templates/sv/acknowledgement.txt"),
        (Acknowledgement, En) => include_str!("../../../assets/templates/en/acknowledgement.txt"),
        (RequestForInformation, Sv) => {
            include_str!("../../../assets/templates/sv/request_for_information.txt")
        }
        (RequestForInformation, En) => {
            include_str!("../../../assets/templates/en/request_for_information.txt")
        }
        (DelayNotice, Sv) => include_str!("../../../assets/templates/sv/delay_notice.txt"),
        (DelayNotice, En) => include_str!("../../../assets/templates/en/delay_notice.txt"),
        (Referral, Sv) => include_str!("../../../assets/templates/sv/referral.txt"),
        (Referral, En) => include_str!("../../../assets/templates/en/referral.txt"),
        (FinalAnswer, Sv) => include_str!("../../../assets/templates/sv/final_answer.txt"),
        (FinalAnswer, En) => include_str!("../../../assets/templates/en/final_answer.txt"),
        (AccessReport, Sv) => include_str!("../../../assets/templates/sv/access_report.txt"),
        (AccessReport, En) => include_str!("../../../assets/templates/en/access_report.txt"),
        (Rectification, Sv) => include_str!("../../../assets/templates/sv/rectification.txt"),
        (Rectification, En) => include_str!("../../../assets/templates/en/rectification.txt"),
        (Erasure, Sv) => include_str!("../../../assets/templates/sv/erasure.txt"),
        (Erasure, En) => include_str!("../../../assets/templates/en/erasure.txt"),
        (ArnStatement, Sv) => include_str!("../../../assets/templates/sv/arn_statement.txt"),
        (ArnStatement, En) => include_str!("../../../assets/templates/en/arn_statement.txt"),
    })
}

/// Renders a template with the letter's context. Unknown fields are errors.
pub fn render(source: &str, context: &Value) -> Result<String, TemplateError> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_trim_blocks(true);
    env.set_lstrip_blocks(true);
    let text = env
        .template_from_str(source)
        .and_then(|t| t.render(context))
        .map_err(|e| TemplateError {
            kind: match e.kind() {
                ErrorKind::SyntaxError => TemplateProblem::Syntax,
                ErrorKind::UndefinedError => TemplateProblem::UnknownField,
                _ => TemplateProblem::Other,
            },
            line: e.line(),
            detail: e
                .detail()
                .map_or_else(|| e.kind().to_string(), str::to_owned),
        })?;
    let text = tidy(&text);
    if text.lines().next().is_none_or(|l| l.trim().is_empty()) {
        return Err(TemplateError {
            kind: TemplateProblem::Empty,
            line: None,
            detail: String::new(),
        });
    }
    Ok(text)
}

/// Trims trailing spaces, collapses runs of blank lines to one, and drops leading and trailing
/// blank lines, so that conditionals in a template never leave gaps in the letter.
pub fn tidy(text: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim_end) {
        let blank = line.is_empty();
        if blank && out.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        out.push(line);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out.join("\n")
}

/// Splits a rendered letter into its subject (the first line) and its body.
pub fn split_subject(text: &str) -> (String, String) {
    let text = text.trim_start_matches(['\n', '\r']);
    let (subject, body) = text.split_once('\n').unwrap_or((text, ""));
    (
        subject.trim().to_owned(),
        body.trim_matches(['\n', '\r']).to_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use minijinja::context;

    #[test]
    fn renders_and_tidies() {
        let src = "Ämne {{ n }}\n\n{% if false %}x{% endif %}\n\nHej {{ name }},  \n\n\n\nRad två";
        let text = render(src, &context! { n => "K-1", name => "Åsa" });
        assert_eq!(text, Ok("Ämne K-1\n\nHej Åsa,\n\nRad två".to_owned()));
    }

    #[test]
    fn errors_name_the_kind_and_line() {
        let unknown = render("Ämne\n\n{{ unknown_field }}", &context! {}).err();
        assert_eq!(
            unknown.as_ref().map(|e| (e.kind, e.line)),
            Some((TemplateProblem::UnknownField, Some(3)))
        );
        let syntax = render("Ämne\n{% if %}\nx", &context! {}).err();
        assert_eq!(
            syntax.as_ref().map(|e| (e.kind, e.line)),
            Some((TemplateProblem::Syntax, Some(2)))
        );
        let empty = render("{% if false %}x{% endif %}", &context! {}).err();
        assert_eq!(empty.map(|e| e.kind), Some(TemplateProblem::Empty));
    }

    #[test]
    fn subject_is_the_first_line() {
        assert_eq!(
            split_subject("Ämne\n\nBrödtext\n\nMer"),
            ("Ämne".to_owned(), "Brödtext\n\nMer".to_owned())
        );
        assert_eq!(
            split_subject("Bara ämne"),
            ("Bara ämne".to_owned(), String::new())
        );
    }

    #[test]
    fn every_composable_kind_has_both_languages() {
        for kind in LetterKind::COMPOSABLE {
            for language in Language::ALL {
                assert!(
                    default_template(*kind, *language).is_some(),
                    "{kind} {language}"
                );
            }
        }
    }
}
