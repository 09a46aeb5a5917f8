//! A figure's past values as a sparkline of block characters (`▁▄█`), one per value,
//! scaled from the smallest to the largest; an unknown value is a gap. ASCII where the
//! locale is not UTF-8 (`_-^`).

const LEVELS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
const LEVELS_ASCII: [char; 3] = ['_', '-', '^'];

/// The sparkline of `values`, oldest first; empty when fewer than two are known.
pub fn sparkline(values: &[Option<i64>], ascii: bool) -> String {
    let known: Vec<i64> = values.iter().flatten().copied().collect();
    let (Some(&low), Some(&high)) = (known.iter().min(), known.iter().max()) else {
        return String::new();
    };
    if known.len() < 2 {
        return String::new();
    }
    let levels: &[char] = if ascii { &LEVELS_ASCII } else { &LEVELS };
    let top = levels.len() - 1;
    values
        .iter()
        .map(|value| match value {
            None => ' ',
            Some(_) if high == low => levels[top / 2],
            Some(value) => {
                // i128: the difference of two investments may not fit an i64 product.
                let step = i128::from(value - low) * top as i128 / i128::from(high - low);
                levels[usize::try_from(step).unwrap_or(top).min(top)]
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_rise_and_fall_from_the_lowest_to_the_highest_block() {
        assert_eq!(sparkline(&[Some(60), Some(69), Some(74)], false), "▁▅█");
        assert_eq!(sparkline(&[Some(5), None, Some(1)], false), "█ ▁");
        assert_eq!(sparkline(&[Some(3), Some(3)], false), "▄▄");
        assert_eq!(sparkline(&[Some(1), Some(2), Some(3)], true), "_-^");
        assert_eq!(sparkline(&[Some(1), None], false), "", "one known value is no line");
        assert_eq!(sparkline(&[Some(0), Some(i64::MAX)], false), "▁█");
    }
}
