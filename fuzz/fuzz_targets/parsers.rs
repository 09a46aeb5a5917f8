//! Every parser of typed values, fed arbitrary text: none may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ortaq::domain::{Country, Field, Money, PartialDate, Status, parse_count, text};

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else { return };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
    let _ = Money::parse(input);
    let _ = parse_count(input);
    let _ = PartialDate::parse(input, today);
    let _ = input.parse::<PartialDate>();
    let _ = Status::parse(input);
    let _ = Country::parse(input);
    for field in Field::ALL {
        let _ = field.parse_value(input, today);
    }
    assert!(!text::for_terminal(input).chars().any(text::is_unsafe));
});
