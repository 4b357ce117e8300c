//! `klagomal settings`: the settings a script may need to change, starting with the
//! prisbasbelopp table that must be extended each year.

use klagomal_core::domain::Money;
use klagomal_core::fl;
use klagomal_core::store::Store;

use super::Failure;

/// `settings prisbasbelopp`: the table, or with `YEAR AMOUNT` one year's figure set.
pub fn prisbasbelopp(
    store: &mut Store,
    year: Option<&str>,
    amount: Option<&str>,
) -> Result<(), Failure> {
    let mut settings = store.settings()?;
    match (year, amount) {
        (None, _) => {
            for (year, kr) in &settings.prisbasbelopp {
                println!(
                    "{}",
                    fl!(
                        "cli-prisbasbelopp-row",
                        year = year,
                        amount = Money::kr(*kr).to_string(),
                        limit = limit(*kr)
                    )
                );
            }
        }
        (Some(_), None) => return Err(Failure::usage(fl!("cli-prisbasbelopp-needs-amount"))),
        (Some(year), Some(amount)) => {
            let year = parse_year(year)?;
            let kr = parse_amount(amount)?;
            settings.prisbasbelopp.insert(year, kr);
            store.save_settings(&settings)?;
            println!(
                "{}",
                fl!(
                    "cli-prisbasbelopp-saved",
                    year = year,
                    amount = Money::kr(kr).to_string(),
                    limit = limit(kr)
                )
            );
        }
    }
    let this_year = chrono::Datelike::year(&store.today());
    if settings.prisbasbelopp_missing(this_year) {
        eprintln!("{}", fl!("cli-prisbasbelopp-missing", year = this_year));
    }
    Ok(())
}

/// Half the prisbasbelopp, as the *småmål* limit is shown.
fn limit(kr: i64) -> String {
    Money(kr * 100 / 2).to_string()
}

fn parse_year(input: &str) -> Result<i32, Failure> {
    input
        .trim()
        .parse()
        .ok()
        .filter(|y| (2000..=2100).contains(y))
        .ok_or_else(|| Failure::usage(fl!("cli-prisbasbelopp-bad-year", input = input.to_owned())))
}

/// Whole kronor, with or without spaces between the thousands and a trailing "kr".
fn parse_amount(input: &str) -> Result<i64, Failure> {
    let digits: String = input
        .trim()
        .trim_end_matches("kr")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    digits
        .parse::<i64>()
        .ok()
        .filter(|kr| (1..=10_000_000).contains(kr))
        .ok_or_else(|| {
            Failure::usage(fl!(
                "cli-prisbasbelopp-bad-amount",
                input = input.to_owned()
            ))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_and_years_are_read_as_people_write_them() {
        let amounts = [
            ("59200", Some(59_200)),
            ("59 200", Some(59_200)),
            ("59 200 kr", Some(59_200)),
            ("0", None),
            ("-5", None),
            ("59,2", None),
            ("", None),
        ];
        for (input, expected) in amounts {
            assert_eq!(parse_amount(input).ok(), expected, "{input:?}");
        }
        let years = [("2027", Some(2027)), ("27", None), ("år", None)];
        for (input, expected) in years {
            assert_eq!(parse_year(input).ok(), expected, "{input:?}");
        }
    }
}
