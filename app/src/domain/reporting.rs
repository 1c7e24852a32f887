//! Reporting periods: a half-year, a year or a range of days, in Vietnam's time (UTC+7, no daylight
//! saving), with the period before it for comparison.
//!
//! Provincial authorities report every six months and every year, so those are the named periods;
//! any range of days is allowed too, within bounds that catch typing mistakes.

use crate::error::ErrorId;
use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use serde::{Deserialize, Serialize};

/// The earliest date a report may cover (the marketplace did not exist before).
pub const EARLIEST_YEAR: i32 = 2000;
/// The longest range of days one report covers.
pub const MAX_DAYS: i64 = 3_660;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PeriodKind {
    /// January–June (1) or July–December (2).
    Half(u8),
    Year,
    Range,
}

/// Inclusive calendar dates in Vietnam.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub kind: PeriodKind,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Why a period was refused; each names the Fluent id of its message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    #[error("not a date")]
    BadDate,
    #[error("the end is before the start")]
    Inverted,
    #[error("outside the years a report can cover")]
    OutOfBounds,
    #[error("longer than ten years")]
    TooLong,
    #[error("no such period")]
    BadKind,
    #[error("not a year")]
    BadYear,
}

impl PeriodError {
    pub fn message_key(self) -> ErrorId {
        match self {
            PeriodError::BadDate => ErrorId::ReportDate,
            PeriodError::Inverted => ErrorId::ReportInverted,
            PeriodError::OutOfBounds => ErrorId::ReportBounds,
            PeriodError::TooLong => ErrorId::ReportTooLong,
            PeriodError::BadKind => ErrorId::ReportKind,
            PeriodError::BadYear => ErrorId::ReportYear,
        }
    }

    /// The form field the error belongs to.
    pub fn field(self) -> &'static str {
        match self {
            PeriodError::BadKind => "kind",
            PeriodError::BadYear => "year",
            PeriodError::Inverted | PeriodError::TooLong => "to",
            _ => "from",
        }
    }
}

/// What a report form or link asks for, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodQuery {
    /// "h1", "h2", "year" or "range".
    pub kind: Option<String>,
    /// As typed; empty for this year.
    pub year: Option<String>,
    /// ISO dates, for ranges.
    pub from: Option<String>,
    pub to: Option<String>,
}

fn vietnam() -> FixedOffset {
    FixedOffset::east_opt(7 * 3600).expect("UTC+7 is a valid offset")
}

/// Today's date in Vietnam.
pub fn today_in_vietnam(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&vietnam()).date_naive()
}

fn date(y: i32, m: u32, d: u32) -> Result<NaiveDate, PeriodError> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or(PeriodError::BadDate)
}

fn parse_date(s: Option<&str>) -> Result<NaiveDate, PeriodError> {
    NaiveDate::parse_from_str(s.map(str::trim).unwrap_or_default(), "%Y-%m-%d")
        .map_err(|_| PeriodError::BadDate)
}

impl Period {
    pub fn half(year: i32, half: u8) -> Result<Period, PeriodError> {
        let (from, to) = match half {
            1 => (date(year, 1, 1)?, date(year, 6, 30)?),
            2 => (date(year, 7, 1)?, date(year, 12, 31)?),
            _ => return Err(PeriodError::BadKind),
        };
        Ok(Period {
            kind: PeriodKind::Half(half),
            from,
            to,
        })
    }

    pub fn year(year: i32) -> Result<Period, PeriodError> {
        Ok(Period {
            kind: PeriodKind::Year,
            from: date(year, 1, 1)?,
            to: date(year, 12, 31)?,
        })
    }

    pub fn range(from: NaiveDate, to: NaiveDate) -> Period {
        Period {
            kind: PeriodKind::Range,
            from,
            to,
        }
    }

    /// Parses and checks a query. With no kind, the half-year containing `today`.
    pub fn from_query(q: &PeriodQuery, today: NaiveDate) -> Result<Period, PeriodError> {
        let year = match q.year.as_deref().map(str::trim).filter(|y| !y.is_empty()) {
            None => today.year(),
            Some(y) => y.parse::<i32>().map_err(|_| PeriodError::BadYear)?,
        };
        let period = match q.kind.as_deref().map(str::trim).unwrap_or("") {
            "" => Period::half(today.year(), if today.month() <= 6 { 1 } else { 2 })?,
            "h1" => Period::half(year, 1)?,
            "h2" => Period::half(year, 2)?,
            "year" => Period::year(year)?,
            "range" => Period::range(parse_date(q.from.as_deref())?, parse_date(q.to.as_deref())?),
            _ => return Err(PeriodError::BadKind),
        };
        period.check(today)?;
        Ok(period)
    }

    /// From 1 January 2000 to the end of next year, at most ten years long, start before end.
    pub fn check(&self, today: NaiveDate) -> Result<(), PeriodError> {
        if self.from > self.to {
            return Err(PeriodError::Inverted);
        }
        let last = date(today.year() + 1, 12, 31)?;
        if self.from.year() < EARLIEST_YEAR || self.to > last {
            return Err(PeriodError::OutOfBounds);
        }
        if self.days() > MAX_DAYS {
            return Err(PeriodError::TooLong);
        }
        Ok(())
    }

    /// Days covered, both ends included.
    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days() + 1
    }

    /// The period to compare with: the half-year or year before, or as many days just before.
    pub fn previous(&self) -> Period {
        match self.kind {
            PeriodKind::Half(1) => Period::half(self.from.year() - 1, 2),
            PeriodKind::Half(_) => Period::half(self.from.year(), 1),
            PeriodKind::Year => Period::year(self.from.year() - 1),
            PeriodKind::Range => Ok(Period::range(
                self.from - Duration::days(self.days()),
                self.from - Duration::days(1),
            )),
        }
        .unwrap_or(*self)
    }

    /// The first instant of the period, in UTC.
    pub fn start_utc(&self) -> DateTime<Utc> {
        midnight_utc(self.from)
    }

    /// The first instant after the period, in UTC.
    pub fn end_utc(&self) -> DateTime<Utc> {
        midnight_utc(self.to + Duration::days(1))
    }

    /// The months the period touches, as "YYYY-MM", in order.
    pub fn months(&self) -> Vec<String> {
        let mut out = Vec::new();
        let (mut y, mut m) = (self.from.year(), self.from.month());
        while (y, m) <= (self.to.year(), self.to.month()) {
            out.push(format!("{y:04}-{m:02}"));
            (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        }
        out
    }

    /// The query that asks for this period again (links, CSV downloads).
    pub fn to_query(&self) -> PeriodQuery {
        let (kind, year, from, to) = match self.kind {
            PeriodKind::Half(h) => (format!("h{h}"), Some(self.from.year().to_string()), None, None),
            PeriodKind::Year => ("year".to_owned(), Some(self.from.year().to_string()), None, None),
            PeriodKind::Range => (
                "range".to_owned(),
                None,
                Some(self.from.to_string()),
                Some(self.to.to_string()),
            ),
        };
        PeriodQuery {
            kind: Some(kind),
            year,
            from,
            to,
        }
    }
}

/// The dashboard's default: the twelve months up to today (this month included).
pub fn last_twelve_months(today: NaiveDate) -> Period {
    let (mut y, mut m) = (today.year(), today.month() as i32 - 11);
    if m < 1 {
        m += 12;
        y -= 1;
    }
    let from = NaiveDate::from_ymd_opt(y, m as u32, 1).unwrap_or(today);
    Period::range(from, today)
}

fn midnight_utc(day: NaiveDate) -> DateTime<Utc> {
    let local = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    vietnam()
        .from_local_datetime(&local)
        .single()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&local))
}

/// The median of waiting times in hours; None without any.
pub fn median_hours(mut waits: Vec<i64>) -> Option<i64> {
    if waits.is_empty() {
        return None;
    }
    waits.sort_unstable();
    let n = waits.len();
    Some(if n % 2 == 1 {
        waits[n / 2]
    } else {
        (waits[n / 2 - 1] + waits[n / 2]) / 2
    })
}

/// Percentage change from `before` to `now`, rounded; None when there was nothing before.
pub fn change_percent(before: i64, now: i64) -> Option<i64> {
    if before == 0 {
        return None;
    }
    let diff = (now - before) as f64 * 100.0 / before as f64;
    Some(diff.round() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn q(kind: &str, year: Option<i32>, from: Option<&str>, to: Option<&str>) -> PeriodQuery {
        PeriodQuery {
            kind: Some(kind.into()),
            year: year.map(|y| y.to_string()),
            from: from.map(Into::into),
            to: to.map(Into::into),
        }
    }

    #[test]
    fn halves_and_years_have_their_dates_and_predecessors() {
        let today = d("2026-11-23");
        let h1 = Period::from_query(&q("h1", Some(2026), None, None), today).unwrap();
        assert_eq!((h1.from, h1.to), (d("2026-01-01"), d("2026-06-30")));
        assert_eq!(h1.previous(), Period::half(2025, 2).unwrap());
        let h2 = Period::half(2026, 2).unwrap();
        assert_eq!(h2.previous(), h1);
        let y = Period::from_query(&q("year", Some(2025), None, None), today).unwrap();
        assert_eq!((y.from, y.to), (d("2025-01-01"), d("2025-12-31")));
        assert_eq!(y.previous(), Period::year(2024).unwrap());
        // No kind: the half-year we are in.
        assert_eq!(Period::from_query(&PeriodQuery::default(), today).unwrap(), h2);
    }

    #[test]
    fn a_range_compares_with_as_many_days_before() {
        let p = Period::from_query(
            &q("range", None, Some("2026-03-10"), Some("2026-03-19")),
            d("2026-11-23"),
        )
        .unwrap();
        assert_eq!(p.days(), 10);
        let before = p.previous();
        assert_eq!((before.from, before.to), (d("2026-02-28"), d("2026-03-09")));
    }

    #[test]
    fn bad_ranges_are_refused_with_a_reason() {
        let today = d("2026-11-23");
        let check = |from: &str, to: &str| Period::from_query(&q("range", None, Some(from), Some(to)), today);
        assert_eq!(check("2026-05-01", "2026-04-30"), Err(PeriodError::Inverted));
        assert_eq!(check("1999-12-31", "2026-01-01"), Err(PeriodError::OutOfBounds));
        assert_eq!(check("2026-01-01", "2028-01-01"), Err(PeriodError::OutOfBounds));
        assert_eq!(check("2010-01-01", "2026-01-01"), Err(PeriodError::TooLong));
        assert_eq!(check("2026-02-30", "2026-03-01"), Err(PeriodError::BadDate));
        assert_eq!(check("", "2026-03-01"), Err(PeriodError::BadDate));
        assert_eq!(
            Period::from_query(&q("quarter", Some(2026), None, None), today),
            Err(PeriodError::BadKind)
        );
        assert_eq!(
            Period::from_query(&q("year", Some(999_999), None, None), today),
            Err(PeriodError::BadDate)
        );
        let typed = PeriodQuery {
            kind: Some("year".into()),
            year: Some("twenty".into()),
            ..Default::default()
        };
        assert_eq!(Period::from_query(&typed, today), Err(PeriodError::BadYear));
        assert_eq!(
            Period::from_query(&q("year", Some(1990), None, None), today),
            Err(PeriodError::OutOfBounds)
        );
    }

    #[test]
    fn periods_start_at_midnight_in_vietnam() {
        let p = Period::half(2026, 1).unwrap();
        assert_eq!(p.start_utc().to_rfc3339(), "2025-12-31T17:00:00+00:00");
        assert_eq!(p.end_utc().to_rfc3339(), "2026-06-30T17:00:00+00:00");
        assert_eq!(p.months().len(), 6);
        assert_eq!(p.months()[0], "2026-01");
        let across = Period::range(d("2025-11-15"), d("2026-02-01"));
        assert_eq!(across.months(), ["2025-11", "2025-12", "2026-01", "2026-02"]);
        let last = last_twelve_months(d("2026-11-23"));
        assert_eq!((last.from, last.months().len()), (d("2025-12-01"), 12));
    }

    #[test]
    fn queries_round_trip() {
        let today = d("2026-11-23");
        for p in [
            Period::half(2025, 2).unwrap(),
            Period::year(2024).unwrap(),
            Period::range(d("2026-01-05"), d("2026-02-06")),
        ] {
            assert_eq!(Period::from_query(&p.to_query(), today).unwrap(), p);
        }
    }

    #[test]
    fn medians_and_changes() {
        assert_eq!(median_hours(vec![]), None);
        assert_eq!(median_hours(vec![5, 1, 3]), Some(3));
        assert_eq!(median_hours(vec![4, 1, 3, 10]), Some(3));
        assert_eq!(change_percent(0, 5), None);
        assert_eq!(change_percent(200, 250), Some(25));
        assert_eq!(change_percent(4, 1), Some(-75));
    }
}
