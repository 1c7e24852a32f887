//! The five locales HTX Market speaks, and how a request's preferred one is chosen.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A supported UI locale. Vietnamese is the source language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Locale {
    #[default]
    Vi,
    En,
    ZhCn,
    Ja,
    Ko,
}

/// The cookie that remembers the shopper's last chosen locale.
pub const LANG_COOKIE: &str = "lang";

impl Locale {
    /// Every locale, source first; the order of the language switcher.
    pub const ALL: [Locale; 5] = [Locale::Vi, Locale::En, Locale::ZhCn, Locale::Ja, Locale::Ko];

    /// The BCP 47 code used in paths, `<html lang>` and hreflang.
    pub const fn code(self) -> &'static str {
        match self {
            Locale::Vi => "vi",
            Locale::En => "en",
            Locale::ZhCn => "zh-CN",
            Locale::Ja => "ja",
            Locale::Ko => "ko",
        }
    }

    /// The language's own name, shown in the switcher.
    pub const fn native_name(self) -> &'static str {
        match self {
            Locale::Vi => "Tiếng Việt",
            Locale::En => "English",
            Locale::ZhCn => "简体中文",
            Locale::Ja => "日本語",
            Locale::Ko => "한국어",
        }
    }

    /// Position in [`Locale::ALL`].
    pub const fn index(self) -> usize {
        match self {
            Locale::Vi => 0,
            Locale::En => 1,
            Locale::ZhCn => 2,
            Locale::Ja => 3,
            Locale::Ko => 4,
        }
    }

    /// Parses a path segment or cookie value; only the exact canonical codes are accepted so every page
    /// has one URL per locale.
    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Maps a language tag from Accept-Language ("en-US", "zh-Hans-CN", "VI") to a locale we have.
    pub fn from_language_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "vi" => Some(Locale::Vi),
            "en" => Some(Locale::En),
            "zh" => Some(Locale::ZhCn),
            "ja" => Some(Locale::Ja),
            "ko" => Some(Locale::Ko),
            _ => None,
        }
    }

    /// The best locale for a visitor: the `lang` cookie, then Accept-Language (by q-value), then vi.
    pub fn negotiate(cookie: Option<&str>, accept_language: Option<&str>) -> Locale {
        cookie
            .and_then(Locale::from_code)
            .or_else(|| accept_language.and_then(best_from_accept_language))
            .unwrap_or_default()
    }

    /// Splits a path into its locale and the rest: "/en/account" → (En, "/account").
    pub fn split_path(path: &str) -> Option<(Locale, &str)> {
        let trimmed = path.strip_prefix('/')?;
        let (first, rest) = match trimmed.find('/') {
            Some(i) => (&trimmed[..i], &trimmed[i..]),
            None => (trimmed, ""),
        };
        Locale::from_code(first).map(|l| (l, rest))
    }

    /// The same page in another locale: "/en/account?x=1" in ja → "/ja/account?x=1".
    pub fn switch_path(self, path_and_query: &str) -> String {
        let (path, query) = match path_and_query.find('?') {
            Some(i) => (&path_and_query[..i], &path_and_query[i..]),
            None => (path_and_query, ""),
        };
        let rest = Locale::split_path(path).map(|(_, r)| r).unwrap_or("/");
        let rest = if rest.is_empty() { "/" } else { rest };
        format!("/{}{}{}", self.code(), rest, query)
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Error for an unsupported locale code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unsupported locale: {0}")]
pub struct UnknownLocale(pub String);

impl FromStr for Locale {
    type Err = UnknownLocale;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Locale::from_code(s).ok_or_else(|| UnknownLocale(s.to_owned()))
    }
}

fn best_from_accept_language(header: &str) -> Option<Locale> {
    let mut best: Option<(f32, usize, Locale)> = None;
    for (position, part) in header.split(',').enumerate().take(32) {
        let mut pieces = part.split(';');
        let tag = pieces.next().unwrap_or("").trim();
        let q = pieces
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if q <= 0.0 || !q.is_finite() {
            continue;
        }
        let Some(locale) = Locale::from_language_tag(tag) else {
            continue;
        };
        // Higher q wins; on equal q the earlier entry wins.
        let better = match best {
            None => true,
            Some((bq, _, _)) => q > bq,
        };
        if better {
            best = Some((q, position, locale));
        }
    }
    best.map(|(_, _, l)| l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for l in Locale::ALL {
            assert_eq!(Locale::from_code(l.code()), Some(l));
            assert_eq!(Locale::ALL[l.index()], l);
        }
        assert_eq!(Locale::from_code("zh-cn"), None, "only canonical codes in paths");
        assert_eq!(Locale::from_code("fr"), None);
    }

    #[test]
    fn cookie_beats_accept_language() {
        assert_eq!(Locale::negotiate(Some("ja"), Some("en-US,en;q=0.9")), Locale::Ja);
    }

    #[test]
    fn accept_language_by_quality() {
        assert_eq!(
            Locale::negotiate(None, Some("fr-FR,fr;q=0.9,en;q=0.8,ko;q=0.85")),
            Locale::Ko
        );
        assert_eq!(Locale::negotiate(None, Some("zh-TW")), Locale::ZhCn);
        assert_eq!(Locale::negotiate(None, Some("en-GB,vi;q=0.5")), Locale::En);
        assert_eq!(Locale::negotiate(None, Some("de, *;q=0.1")), Locale::Vi);
        assert_eq!(Locale::negotiate(None, Some("en;q=0, ja")), Locale::Ja);
    }

    #[test]
    fn bad_cookie_falls_back_to_header_then_vi() {
        assert_eq!(Locale::negotiate(Some("xx"), Some("ko-KR")), Locale::Ko);
        assert_eq!(Locale::negotiate(None, None), Locale::Vi);
        assert_eq!(Locale::negotiate(None, Some(";;;,q=,")), Locale::Vi);
    }

    #[test]
    fn switch_path_keeps_the_page() {
        assert_eq!(Locale::Ja.switch_path("/en/account?tab=1"), "/ja/account?tab=1");
        assert_eq!(Locale::ZhCn.switch_path("/vi"), "/zh-CN/");
        assert_eq!(Locale::En.switch_path("/vi/"), "/en/");
        assert_eq!(Locale::Ko.switch_path("/xx/foo"), "/ko/");
    }
}
