//! Numbers, VND amounts and dates written the way each locale expects.
//!
//! VND has no minor unit, so amounts are whole dong (`i64`). Dates are shown in Vietnam's time zone
//! (UTC+7, no daylight saving) whatever the shopper's language: orders, batches and certificates are
//! all Vietnamese events.

use super::Locale;
use chrono::{DateTime, Datelike, FixedOffset, Timelike, Utc};

/// CLDR's Vietnamese currency pattern separates the symbol with a no-break space (U+00A0).
const NBSP: char = '\u{a0}';

fn group_separator(locale: Locale) -> char {
    match locale {
        Locale::Vi => '.',
        _ => ',',
    }
}

/// An integer with the locale's thousands separator: vi "1.234.567", others "1,234,567".
pub fn format_number(value: i64, locale: Locale) -> String {
    let digits = group_digits(value.unsigned_abs(), locale);
    if value < 0 {
        format!("-{digits}")
    } else {
        digits
    }
}

fn group_digits(value: u64, locale: Locale) -> String {
    let digits = value.to_string();
    let sep = group_separator(locale);
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// A VND amount as shoppers of the locale expect it: vi "150.000 ₫", en/zh-CN/ja/ko "₫150,000".
pub fn format_vnd(amount: i64, locale: Locale) -> String {
    match locale {
        Locale::Vi => format!("{}{NBSP}₫", format_number(amount, locale)),
        _ => {
            let number = group_digits(amount.unsigned_abs(), locale);
            if amount < 0 {
                format!("-₫{number}")
            } else {
                format!("₫{number}")
            }
        }
    }
}

fn vietnam_time(at: DateTime<Utc>) -> DateTime<FixedOffset> {
    let offset = FixedOffset::east_opt(7 * 3600).expect("UTC+7 is a valid offset");
    at.with_timezone(&offset)
}

const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A calendar date: vi "23/11/2026", en "Nov 23, 2026", zh-CN/ja "2026年11月23日", ko "2026년 11월 23일".
pub fn format_date(at: DateTime<Utc>, locale: Locale) -> String {
    let d = vietnam_time(at);
    let (y, m, day) = (d.year(), d.month(), d.day());
    match locale {
        Locale::Vi => format!("{day:02}/{m:02}/{y}"),
        Locale::En => format!("{} {day}, {y}", EN_MONTHS[(m - 1) as usize]),
        Locale::ZhCn | Locale::Ja => format!("{y}年{m}月{day}日"),
        Locale::Ko => format!("{y}년 {m}월 {day}일"),
    }
}

/// A calendar month given as "YYYY-MM": vi "11/2026", en "Nov 2026", zh-CN/ja "2026年11月",
/// ko "2026년 11월". Anything else is returned as it is.
pub fn format_month(month: &str, locale: Locale) -> String {
    let parsed = month
        .split_once('-')
        .and_then(|(y, m)| Some((y.parse::<i32>().ok()?, m.parse::<u32>().ok()?)))
        .filter(|(_, m)| (1..=12).contains(m));
    let Some((y, m)) = parsed else {
        return month.to_owned();
    };
    match locale {
        Locale::Vi => format!("{m:02}/{y}"),
        Locale::En => format!("{} {y}", EN_MONTHS[(m - 1) as usize]),
        Locale::ZhCn | Locale::Ja => format!("{y}年{m}月"),
        Locale::Ko => format!("{y}년 {m}월"),
    }
}

/// A date and time of day (24-hour, Vietnam time): vi "14:05 23/11/2026", en "Nov 23, 2026, 14:05".
pub fn format_datetime(at: DateTime<Utc>, locale: Locale) -> String {
    let d = vietnam_time(at);
    let time = format!("{:02}:{:02}", d.hour(), d.minute());
    let date = format_date(at, locale);
    match locale {
        Locale::Vi => format!("{time} {date}"),
        Locale::En => format!("{date}, {time}"),
        Locale::ZhCn | Locale::Ja | Locale::Ko => format!("{date} {time}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn vnd_per_locale() {
        assert_eq!(format_vnd(150_000, Locale::Vi), "150.000\u{a0}₫");
        assert_eq!(format_vnd(150_000, Locale::En), "₫150,000");
        assert_eq!(format_vnd(150_000, Locale::ZhCn), "₫150,000");
        assert_eq!(format_vnd(150_000, Locale::Ja), "₫150,000");
        assert_eq!(format_vnd(150_000, Locale::Ko), "₫150,000");
    }

    #[test]
    fn vnd_edges() {
        assert_eq!(format_vnd(0, Locale::Vi), "0\u{a0}₫");
        assert_eq!(format_vnd(999, Locale::En), "₫999");
        assert_eq!(format_vnd(1_000, Locale::Vi), "1.000\u{a0}₫");
        assert_eq!(format_vnd(-25_500, Locale::En), "-₫25,500");
        assert_eq!(format_vnd(-25_500, Locale::Vi), "-25.500\u{a0}₫");
        assert_eq!(format_vnd(i64::MIN, Locale::En), "-₫9,223,372,036,854,775,808");
    }

    #[test]
    fn months_per_locale() {
        assert_eq!(format_month("2026-03", Locale::Vi), "03/2026");
        assert_eq!(format_month("2026-03", Locale::En), "Mar 2026");
        assert_eq!(format_month("2026-03", Locale::Ja), "2026年3月");
        assert_eq!(format_month("2026-03", Locale::Ko), "2026년 3월");
        assert_eq!(format_month("2026-13", Locale::En), "2026-13");
    }

    #[test]
    fn numbers_group_by_thousands() {
        assert_eq!(format_number(1_234_567, Locale::Vi), "1.234.567");
        assert_eq!(format_number(1_234_567, Locale::Ko), "1,234,567");
        assert_eq!(format_number(12, Locale::En), "12");
        assert_eq!(format_number(100_000, Locale::En), "100,000");
    }

    #[test]
    fn dates_in_vietnam_time() {
        // 20:30 UTC on the 22nd is already the 23rd in Hà Nội.
        let at = Utc.with_ymd_and_hms(2026, 11, 22, 20, 30, 0).unwrap();
        assert_eq!(format_date(at, Locale::Vi), "23/11/2026");
        assert_eq!(format_date(at, Locale::En), "Nov 23, 2026");
        assert_eq!(format_date(at, Locale::ZhCn), "2026年11月23日");
        assert_eq!(format_date(at, Locale::Ja), "2026年11月23日");
        assert_eq!(format_date(at, Locale::Ko), "2026년 11월 23일");
        assert_eq!(format_datetime(at, Locale::Vi), "03:30 23/11/2026");
        assert_eq!(format_datetime(at, Locale::En), "Nov 23, 2026, 03:30");
    }
}
