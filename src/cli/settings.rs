//! `klagomal settings`: the settings a script may need to change: the prisbasbelopp table
//! that must be extended each year, and the retention period.

use klagomal_core::domain::{
    Money, parse_prisbasbelopp_amount, parse_prisbasbelopp_year, parse_retention_months,
};
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
                        "prisbasbelopp-row",
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
                    "prisbasbelopp-saved",
                    year = year,
                    amount = Money::kr(kr).to_string(),
                    limit = limit(kr)
                )
            );
        }
    }
    let this_year = chrono::Datelike::year(&store.today());
    if settings.prisbasbelopp_missing(this_year) {
        eprintln!("{}", fl!("prisbasbelopp-missing", year = this_year));
    }
    Ok(())
}

/// Half the prisbasbelopp, as the *småmål* limit is shown.
fn limit(kr: i64) -> String {
    Money(kr * 100 / 2).to_string()
}

fn parse_year(input: &str) -> Result<i32, Failure> {
    parse_prisbasbelopp_year(input)
        .ok_or_else(|| Failure::usage(fl!("prisbasbelopp-bad-year", input = input.to_owned())))
}

fn parse_amount(input: &str) -> Result<i64, Failure> {
    parse_prisbasbelopp_amount(input)
        .ok_or_else(|| Failure::usage(fl!("prisbasbelopp-bad-amount", input = input.to_owned())))
}

/// `settings retention`: the retention period, or with `MONTHS` a new one (administrators).
pub fn retention(store: &mut Store, months: Option<&str>) -> Result<(), Failure> {
    let mut settings = store.settings()?;
    let Some(input) = months else {
        let months = settings.retention.months;
        println!("{}", fl!("retention-months-show", months = months));
        return Ok(());
    };
    let months = parse_retention_months(input)
        .ok_or_else(|| Failure::usage(fl!("retention-months-bad", input = input.to_owned())))?;
    settings.retention.months = months;
    store.save_settings(&settings)?;
    println!("{}", fl!("retention-months-saved", months = months));
    Ok(())
}
