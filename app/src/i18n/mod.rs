//! Localisation: the locale in the path, Fluent messages, and per-locale formatting. The messages
//! are compiled into the server; the browser bundle carries none. Storefront islands get their words
//! from the server as props; whole-page islands (sellers, administrators, accounts, checkout) read
//! the page's locale's messages, which the page fetches once (`/i18n/{locale}.ftl`, cached for good)
//! before they hydrate.

mod format;
mod locale;

pub use format::{format_date, format_datetime, format_month, format_number, format_vnd};
pub use locale::{Locale, UnknownLocale, LANG_COOKIE};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use leptos::prelude::*;
use std::sync::OnceLock;

/// The Fluent files of one locale, in a fixed order; each locale has the same file names.
#[cfg(not(feature = "hydrate"))]
macro_rules! ftl_files {
    ($code:literal) => {
        [
            (
                "common.ftl",
                include_str!(concat!("../../../locales/", $code, "/common.ftl")),
            ),
            (
                "accounts.ftl",
                include_str!(concat!("../../../locales/", $code, "/accounts.ftl")),
            ),
            (
                "cooperatives.ftl",
                include_str!(concat!("../../../locales/", $code, "/cooperatives.ftl")),
            ),
            (
                "catalog.ftl",
                include_str!(concat!("../../../locales/", $code, "/catalog.ftl")),
            ),
            (
                "search.ftl",
                include_str!(concat!("../../../locales/", $code, "/search.ftl")),
            ),
            (
                "orders.ftl",
                include_str!(concat!("../../../locales/", $code, "/orders.ftl")),
            ),
            (
                "admin.ftl",
                include_str!(concat!("../../../locales/", $code, "/admin.ftl")),
            ),
        ]
    };
}

/// The Fluent sources of a locale: (file name, text).
#[cfg(not(feature = "hydrate"))]
pub fn sources(locale: Locale) -> [(&'static str, &'static str); 7] {
    match locale {
        Locale::Vi => ftl_files!("vi"),
        Locale::En => ftl_files!("en"),
        Locale::ZhCn => ftl_files!("zh-CN"),
        Locale::Ja => ftl_files!("ja"),
        Locale::Ko => ftl_files!("ko"),
    }
}

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: [OnceLock<Bundle>; 5] = [
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
];

/// Parses a locale's messages once. A syntax error is caught by `locale_files_parse` in the tests;
/// at run time the broken entries are skipped rather than taking the site down.
fn bundle(locale: Locale) -> &'static Bundle {
    BUNDLES[locale.index()].get_or_init(|| {
        let langid = locale
            .code()
            .parse()
            .unwrap_or_else(|_| unic_langid::langid!("vi"));
        let mut bundle = Bundle::new_concurrent(vec![langid]);
        // Isolation marks (U+2068/U+2069) would leak into attributes, titles and tests.
        bundle.set_use_isolating(false);
        for text in texts_of(locale) {
            let resource = match FluentResource::try_new(text) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            // Duplicate ids are reported by the tests; keep the first here.
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

/// The Fluent texts of a locale: compiled in on the server.
#[cfg(not(feature = "hydrate"))]
fn texts_of(locale: Locale) -> Vec<String> {
    sources(locale).iter().map(|(_, t)| (*t).to_owned()).collect()
}

/// The Fluent texts of a locale in the browser: those the page fetched for its islands (only the
/// page's own locale is ever asked for).
#[cfg(feature = "hydrate")]
fn texts_of(_locale: Locale) -> Vec<String> {
    let window = leptos::prelude::window();
    leptos::web_sys::js_sys::Reflect::get(&window, &"__htxMessages".into())
        .ok()
        .and_then(|v| v.as_string())
        .into_iter()
        .collect()
}

/// Every message of a locale as one Fluent file (served to the browser as `/i18n/{locale}.ftl`) and
/// a short hash of it, for the address that may be cached for good.
#[cfg(not(feature = "hydrate"))]
pub fn messages_file(locale: Locale) -> &'static (String, String) {
    static FILES: [OnceLock<(String, String)>; 5] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    FILES[locale.index()].get_or_init(|| {
        let text = sources(locale)
            .iter()
            .map(|(_, t)| *t)
            .collect::<Vec<_>>()
            .join("\n");
        // FNV-1a: a stable fingerprint (the standard hasher may change between releases).
        let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        });
        (text, format!("{hash:016x}"))
    })
}

/// The address of a locale's messages for the browser.
#[cfg(not(feature = "hydrate"))]
pub fn messages_href(locale: Locale) -> String {
    format!("/i18n/{}.ftl?v={}", locale.code(), messages_file(locale).1)
}

/// Looks up a message; a missing id shows the id itself so the gap is visible, never a panic.
pub fn translate(locale: Locale, id: &str, args: Option<&FluentArgs>) -> String {
    let bundle = bundle(locale);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_owned();
    };
    let mut errors = vec![];
    bundle.format_pattern(pattern, args, &mut errors).into_owned()
}

/// The current locale, provided to every page under `/{locale}/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct I18n {
    pub locale: Locale,
}

impl I18n {
    /// A message without arguments.
    pub fn t(&self, id: &str) -> String {
        translate(self.locale, id, None)
    }

    /// A message with named arguments; numbers select plural forms by the locale's rules.
    pub fn t_with<'a>(&self, id: &str, args: &[(&'a str, FluentValue<'a>)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        translate(self.locale, id, Some(&fargs))
    }

    /// A VND amount in this locale.
    pub fn vnd(&self, amount: i64) -> String {
        format_vnd(amount, self.locale)
    }

    /// Prefixes an app path with the locale: "/account" → "/en/account".
    pub fn href(&self, path: &str) -> String {
        format!("/{}{}", self.locale.code(), path)
    }
}

/// The I18n of the current page (Vietnamese outside a locale route).
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or(I18n { locale: Locale::Vi })
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast::Entry;
    use std::collections::BTreeSet;

    fn ids(locale: Locale) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for (file, text) in sources(locale) {
            let ast = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errs)| {
                panic!("{}/{file} has Fluent syntax errors: {errs:?}", locale.code())
            });
            for entry in ast.body {
                match entry {
                    Entry::Message(m) => {
                        assert!(
                            out.insert(format!("{file}:{}", m.id.name)),
                            "{}/{file} defines {} twice",
                            locale.code(),
                            m.id.name
                        );
                    }
                    Entry::Term(t) => {
                        out.insert(format!("{file}:-{}", t.id.name));
                    }
                    Entry::Junk { content } => {
                        panic!("{}/{file} has unparsable text: {content}", locale.code())
                    }
                    _ => {}
                }
            }
        }
        out
    }

    #[test]
    fn locale_files_parse() {
        for l in Locale::ALL {
            assert!(!ids(l).is_empty(), "{} has no messages", l.code());
        }
    }

    /// Every message id the code names literally: `t("…")`, `t_with("…"`, `translate(…, "…"` and
    /// any "error-…" or "mail-…" literal (field errors, conflicts).
    fn ids_named_in(source: &str) -> Vec<String> {
        let mut ids = Vec::new();
        for marker in [".t(\"", ".t_with(\"", "translate(locale, \""] {
            for (at, _) in source.match_indices(marker) {
                let rest = &source[at + marker.len()..];
                if let Some(end) = rest.find('"') {
                    ids.push(rest[..end].to_owned());
                }
            }
        }
        for (i, literal) in source.split('"').enumerate() {
            let looks_like_id = literal.len() > 6
                && literal
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                && (literal.starts_with("error-") || literal.starts_with("mail-"));
            if i % 2 == 1 && looks_like_id {
                ids.push(literal.to_owned());
            }
        }
        ids
    }

    fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    #[test]
    fn every_message_id_named_in_the_code_exists() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        rust_files(&root.join("src"), &mut files);
        rust_files(&root.join("../server/src"), &mut files);
        let bundle = bundle(Locale::En);
        let mut missing = BTreeSet::new();
        // This file names a missing id on purpose.
        files.retain(|f| !f.ends_with("i18n/mod.rs"));
        for file in &files {
            let source = std::fs::read_to_string(file).unwrap();
            for id in ids_named_in(&source) {
                if bundle.get_message(&id).is_none() {
                    missing.insert(format!("{id} ({})", file.display()));
                }
            }
        }
        // Ids built at run time.
        use crate::domain::cooperative_status::{CooperativeAction, CooperativeStatus};
        let mut built: Vec<String> = CooperativeStatus::ALL
            .iter()
            .map(|s| s.message_key().to_owned())
            .collect();
        built.extend(CooperativeAction::ALL.iter().map(|a| a.message_key().to_owned()));
        built.extend(crate::domain::documents::DocumentKind::ALL.map(|k| k.message_key().to_owned()));
        built.extend(crate::domain::catalog::StepKind::ALL.map(|k| k.message_key()));
        built.extend(crate::domain::catalog::CERT_KINDS.map(|k| format!("cert-{k}")));
        built.extend(crate::domain::catalog::UNITS.map(|k| format!("unit-{k}")));
        built.extend(["draft", "published", "archived"].map(|k| format!("products-make-{k}")));
        built.extend(["pending", "verified", "rejected"].map(|k| format!("cert-status-{k}")));
        built.extend(["provincial", "national"].map(|k| format!("ocop-level-{k}")));
        built
            .extend(["sku", "label", "price", "stock", "weight-grams"].map(|k| format!("variant-field-{k}")));
        built.extend(
            [
                "legal_name_vi",
                "registration_number",
                "region_code",
                "address",
                "year_founded",
                "member_count",
                "legal_representative",
                "contact_phone",
                "contact_email",
                "documents",
            ]
            .map(crate::ui::pages::application_parts::field_label_key),
        );
        for id in built {
            if bundle.get_message(&id).is_none() {
                missing.insert(id);
            }
        }
        assert!(
            missing.is_empty(),
            "message ids used but not defined: {missing:#?}"
        );
    }

    #[test]
    fn every_locale_has_exactly_the_vietnamese_message_ids() {
        let source = ids(Locale::Vi);
        for l in Locale::ALL {
            let have = ids(l);
            let missing: Vec<_> = source.difference(&have).collect();
            let extra: Vec<_> = have.difference(&source).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", l.code());
            assert!(extra.is_empty(), "{} has ids vi lacks: {extra:?}", l.code());
        }
    }

    #[test]
    fn every_message_formats_without_errors() {
        // Provide every variable the messages use, so a typo in a placeable is caught.
        let mut args = FluentArgs::new();
        for name in [
            "count", "name", "email", "minutes", "link", "locale", "min", "max", "site", "status", "reason",
            "role", "inviter", "days", "price", "lot", "day", "month", "year", "page", "pages", "rows",
            "products", "product", "scheme", "number", "date", "percent", "q", "stars", "min", "variant",
            "stock", "amount", "time", "orders", "total", "payment", "tracking", "currency", "hours", "half",
        ] {
            args.set(name, FluentValue::from(3));
        }
        for l in Locale::ALL {
            let b = bundle(l);
            for (_, text) in sources(l) {
                let ast = fluent_syntax::parser::parse(text).expect("parsed above");
                for entry in ast.body {
                    if let Entry::Message(m) = entry {
                        let msg = b.get_message(m.id.name).expect("added to the bundle");
                        if let Some(p) = msg.value() {
                            let mut errors = vec![];
                            let out = b.format_pattern(p, Some(&args), &mut errors);
                            assert!(errors.is_empty(), "{}:{} → {errors:?}", l.code(), m.id.name);
                            assert!(!out.trim().is_empty(), "{}:{} is empty", l.code(), m.id.name);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn plurals_follow_the_locale() {
        let en = I18n { locale: Locale::En };
        assert_eq!(en.t_with("minutes-left", &[("count", 1.into())]), "1 minute");
        assert_eq!(en.t_with("minutes-left", &[("count", 5.into())]), "5 minutes");
        let vi = I18n { locale: Locale::Vi };
        assert_eq!(vi.t_with("minutes-left", &[("count", 5.into())]), "5 phút");
    }

    /// Every user-facing error is an `ErrorId` variant: each has a message in every locale.
    #[test]
    fn every_error_id_has_a_message_in_every_locale() {
        use crate::error::ErrorId;
        let mut missing = Vec::new();
        for l in Locale::ALL {
            let bundle = bundle(l);
            for id in ErrorId::ALL {
                if !bundle.has_message(id.as_str()) {
                    missing.push(format!("{} {id}", l.code()));
                }
            }
        }
        assert!(missing.is_empty(), "error ids without a message: {missing:?}");
    }

    /// An error id is named through `ErrorId`, never as a string: a literal "error-…" anywhere but
    /// in the list of ids would bypass the check above.
    #[test]
    fn error_ids_are_only_spelled_in_the_error_id_list() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        rust_files(&root.join("src"), &mut files);
        rust_files(&root.join("../server/src"), &mut files);
        files.retain(|f| !f.ends_with("error/id.rs") && !f.ends_with("i18n/mod.rs"));
        let spelled: Vec<String> = files
            .iter()
            .flat_map(|f| {
                let source = std::fs::read_to_string(f).unwrap();
                ids_named_in(&source)
                    .into_iter()
                    .filter(|id| id.starts_with("error-"))
                    .map(|id| format!("{id} in {}", f.display()))
                    .collect::<Vec<_>>()
            })
            .collect();
        assert!(spelled.is_empty(), "use ErrorId instead of: {spelled:?}");
    }

    #[test]
    fn missing_id_shows_the_id() {
        assert_eq!(
            I18n { locale: Locale::En }.t("no-such-message"),
            "no-such-message"
        );
    }
}
