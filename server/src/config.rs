//! The server's configuration, read once from environment variables. A bad value stops start-up with
//! one line naming the variable and the problem.

use std::net::SocketAddr;
use std::path::PathBuf;
use url::Url;

/// A configuration value that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{var}: {problem}")]
pub struct ConfigError {
    pub var: &'static str,
    pub problem: String,
}

fn err(var: &'static str, problem: impl Into<String>) -> ConfigError {
    ConfigError {
        var,
        problem: problem.into(),
    }
}

/// Meilisearch connection (search lands in a later issue; validated now so deployments fail early).
#[derive(Debug, Clone)]
pub struct MeiliConfig {
    pub url: Url,
    pub master_key: Option<String>,
}

/// Stripe keys: card payments are offered when they are set.
#[derive(Debug, Clone)]
pub struct StripeConfig {
    pub secret_key: String,
    /// Verifies /webhooks/stripe deliveries; without it payments could not be confirmed.
    pub webhook_secret: String,
    /// Another address for Stripe's API (a local stand-in in tests); https://api.stripe.com when unset.
    pub api_base: Option<String>,
}

/// Everything the server reads from its environment.
#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: String,
    pub data_dir: PathBuf,
    pub public_base_url: Url,
    pub site_addr: SocketAddr,
    pub site_root: PathBuf,
    pub meili: Option<MeiliConfig>,
    pub stripe: Option<StripeConfig>,
    pub smtp_url: Option<String>,
    pub mail_from: String,
    pub trust_proxy: bool,
    /// Uploaded files: DATA_DIR/files, or an S3-compatible bucket when S3_BUCKET is set.
    pub storage: app::backend::storage::StorageConfig,
    /// Request bodies larger than this are refused with 413.
    pub max_body_bytes: usize,
}

impl Config {
    /// Reads the process environment.
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_lookup(|k| std::env::var(k).ok())
    }

    /// Reads configuration through `get` (the environment, or a map in tests). Empty values count as unset.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let var = |k: &str| get(k).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());

        let data_dir = PathBuf::from(var("DATA_DIR").unwrap_or_else(|| "data".to_owned()));

        let site_addr: SocketAddr = match var("LEPTOS_SITE_ADDR") {
            Some(v) => v.parse().map_err(|_| {
                err(
                    "LEPTOS_SITE_ADDR",
                    format!("'{v}' is not an address such as 127.0.0.1:3000"),
                )
            })?,
            None => SocketAddr::from(([127, 0, 0, 1], 3000)),
        };
        let site_root = PathBuf::from(var("LEPTOS_SITE_ROOT").unwrap_or_else(|| "target/site".to_owned()));

        let database_url = match var("DATABASE_URL") {
            Some(v) => {
                if !(v.starts_with("sqlite:")
                    || v.starts_with("postgres://")
                    || v.starts_with("postgresql://"))
                {
                    return Err(err(
                        "DATABASE_URL",
                        "must start with sqlite:, postgres:// or postgresql://",
                    ));
                }
                v
            }
            None => format!("sqlite://{}?mode=rwc", data_dir.join("htx.db").display()),
        };

        let public_base_url = match var("PUBLIC_BASE_URL") {
            Some(v) => parse_http_url("PUBLIC_BASE_URL", &v)?,
            None => {
                let host = if site_addr.ip().is_unspecified() {
                    "localhost".to_owned()
                } else {
                    site_addr.ip().to_string()
                };
                Url::parse(&format!("http://{host}:{}", site_addr.port()))
                    .map_err(|e| err("LEPTOS_SITE_ADDR", e.to_string()))?
            }
        };
        if public_base_url.path() != "/" || public_base_url.query().is_some() {
            return Err(err(
                "PUBLIC_BASE_URL",
                "must be an origin without a path, such as https://htx.example.vn",
            ));
        }

        let meili = match var("MEILI_URL") {
            Some(v) => Some(MeiliConfig {
                url: parse_http_url("MEILI_URL", &v)?,
                master_key: var("MEILI_MASTER_KEY"),
            }),
            None => {
                if var("MEILI_MASTER_KEY").is_some() {
                    return Err(err("MEILI_MASTER_KEY", "is set but MEILI_URL is not"));
                }
                None
            }
        };

        let stripe = match var("STRIPE_SECRET_KEY") {
            Some(key) => {
                if !(key.starts_with("sk_") || key.starts_with("rk_")) {
                    return Err(err(
                        "STRIPE_SECRET_KEY",
                        "must be a Stripe secret key (sk_… or rk_…)",
                    ));
                }
                let Some(webhook_secret) = var("STRIPE_WEBHOOK_SECRET") else {
                    return Err(err(
                        "STRIPE_WEBHOOK_SECRET",
                        "must be set with STRIPE_SECRET_KEY (payments are confirmed by webhook)",
                    ));
                };
                if !webhook_secret.starts_with("whsec_") {
                    return Err(err(
                        "STRIPE_WEBHOOK_SECRET",
                        "must be a webhook signing secret (whsec_…)",
                    ));
                }
                let api_base = var("STRIPE_API_BASE");
                if let Some(base) = &api_base {
                    if Url::parse(base).is_err() {
                        return Err(err("STRIPE_API_BASE", "must be a URL"));
                    }
                }
                Some(StripeConfig {
                    secret_key: key,
                    webhook_secret,
                    api_base,
                })
            }
            None => {
                if var("STRIPE_WEBHOOK_SECRET").is_some() {
                    return Err(err(
                        "STRIPE_WEBHOOK_SECRET",
                        "is set but STRIPE_SECRET_KEY is not",
                    ));
                }
                None
            }
        };

        let smtp_url = match var("SMTP_URL") {
            Some(v) => {
                let parsed = Url::parse(&v).map_err(|e| err("SMTP_URL", format!("not a URL ({e})")))?;
                if !matches!(parsed.scheme(), "smtp" | "smtps") {
                    return Err(err("SMTP_URL", "must start with smtp:// or smtps://"));
                }
                Some(v)
            }
            None => None,
        };

        let mail_from = match var("MAIL_FROM") {
            Some(v) => {
                if !is_mailbox(&v) {
                    return Err(err(
                        "MAIL_FROM",
                        format!("'{v}' is not a mail address such as HTX Market <no-reply@example.vn>"),
                    ));
                }
                v
            }
            None => format!(
                "HTX Market <no-reply@{}>",
                public_base_url.host_str().unwrap_or("localhost")
            ),
        };

        let storage = match var("S3_BUCKET") {
            Some(bucket) => {
                let required = |name: &'static str| {
                    var(name).ok_or_else(|| err(name, "is required when S3_BUCKET is set"))
                };
                let endpoint = match var("S3_ENDPOINT") {
                    Some(v) => Some(
                        parse_http_url("S3_ENDPOINT", &v)?
                            .as_str()
                            .trim_end_matches('/')
                            .to_owned(),
                    ),
                    None => None,
                };
                app::backend::storage::StorageConfig::S3 {
                    bucket,
                    region: var("S3_REGION").unwrap_or_else(|| "us-east-1".to_owned()),
                    endpoint,
                    access_key_id: required("S3_ACCESS_KEY_ID")?,
                    secret_access_key: required("S3_SECRET_ACCESS_KEY")?,
                }
            }
            None => {
                for name in ["S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] {
                    if var(name).is_some() {
                        return Err(err(name, "is set but S3_BUCKET is not"));
                    }
                }
                app::backend::storage::StorageConfig::Local(data_dir.join("files"))
            }
        };

        let trust_proxy = match var("TRUST_PROXY").as_deref() {
            None | Some("false") | Some("0") => false,
            Some("true") | Some("1") => true,
            Some(other) => return Err(err("TRUST_PROXY", format!("'{other}' is not true or false"))),
        };

        let max_body_bytes = match var("MAX_BODY_BYTES") {
            Some(v) => v.parse::<usize>().ok().filter(|n| *n >= 1024).ok_or_else(|| {
                err(
                    "MAX_BODY_BYTES",
                    format!("'{v}' is not a number of bytes (at least 1024)"),
                )
            })?,
            None => 2 * 1024 * 1024,
        };

        Ok(Config {
            database_url,
            data_dir,
            public_base_url,
            site_addr,
            site_root,
            meili,
            stripe,
            smtp_url,
            mail_from,
            trust_proxy,
            storage,
            max_body_bytes,
        })
    }

    /// The settings the application services need.
    pub fn settings(&self) -> app::backend::Settings {
        app::backend::Settings {
            secure_cookies: self.public_base_url.scheme() == "https",
            public_base_url: self.public_base_url.clone(),
            data_dir: self.data_dir.clone(),
            trust_proxy: self.trust_proxy,
            smtp_url: self.smtp_url.clone(),
            mail_from: self.mail_from.clone(),
        }
    }
}

fn parse_http_url(var: &'static str, value: &str) -> Result<Url, ConfigError> {
    let url = Url::parse(value).map_err(|e| err(var, format!("'{value}' is not a URL ({e})")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(err(var, format!("'{value}' must be an http:// or https:// URL")));
    }
    Ok(url)
}

/// "Name <local@domain>" or "local@domain" with a valid address.
fn is_mailbox(s: &str) -> bool {
    let addr = match (s.find('<'), s.rfind('>')) {
        (Some(a), Some(b)) if a < b && b == s.len() - 1 => &s[a + 1..b],
        (None, None) => s,
        _ => return false,
    };
    app::domain::Email::parse(addr).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn load(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|k| map.get(k).cloned())
    }

    #[test]
    fn defaults_need_nothing() {
        let c = load(&[]).unwrap();
        assert_eq!(c.database_url, "sqlite://data/htx.db?mode=rwc");
        assert_eq!(c.data_dir, PathBuf::from("data"));
        assert_eq!(c.public_base_url.as_str(), "http://127.0.0.1:3000/");
        assert!(c.meili.is_none() && c.stripe.is_none() && c.smtp_url.is_none());
        assert!(!c.settings().secure_cookies);
        assert_eq!(c.mail_from, "HTX Market <no-reply@127.0.0.1>");
    }

    #[test]
    fn https_base_url_makes_cookies_secure() {
        let c = load(&[("PUBLIC_BASE_URL", "https://htx.example.vn")]).unwrap();
        assert!(c.settings().secure_cookies);
    }

    #[test]
    fn errors_name_the_variable() {
        let cases = [
            ("DATABASE_URL", "mysql://x"),
            ("PUBLIC_BASE_URL", "ftp://x"),
            ("PUBLIC_BASE_URL", "https://x.vn/shop"),
            ("MEILI_URL", "not a url"),
            ("STRIPE_SECRET_KEY", "pk_test_123"),
            ("SMTP_URL", "http://mail"),
            ("TRUST_PROXY", "maybe"),
            ("MAX_BODY_BYTES", "-1"),
            ("LEPTOS_SITE_ADDR", "localhost"),
            ("MAIL_FROM", "nobody"),
        ];
        for (var, value) in cases {
            let e = load(&[(var, value)]).unwrap_err();
            assert_eq!(e.var, var, "{value}");
            assert!(e.to_string().starts_with(&format!("{var}: ")));
        }
    }

    #[test]
    fn dependent_variables() {
        assert_eq!(
            load(&[("MEILI_MASTER_KEY", "k")]).unwrap_err().var,
            "MEILI_MASTER_KEY"
        );
        assert_eq!(
            load(&[("STRIPE_WEBHOOK_SECRET", "whsec_x")]).unwrap_err().var,
            "STRIPE_WEBHOOK_SECRET"
        );
        assert_eq!(
            load(&[("STRIPE_SECRET_KEY", "sk_test_1")]).unwrap_err().var,
            "STRIPE_WEBHOOK_SECRET",
            "card payments need the webhook secret"
        );
        let c = load(&[
            ("STRIPE_SECRET_KEY", "sk_test_1"),
            ("STRIPE_WEBHOOK_SECRET", "whsec_1"),
            ("MEILI_URL", "http://127.0.0.1:7700"),
        ])
        .unwrap();
        assert!(c.stripe.is_some() && c.meili.is_some());
    }

    #[test]
    fn files_go_to_s3_only_when_fully_configured() {
        use app::backend::storage::StorageConfig;
        assert_eq!(
            load(&[]).unwrap().storage,
            StorageConfig::Local(PathBuf::from("data/files"))
        );
        let c = load(&[
            ("S3_BUCKET", "htx-files"),
            ("S3_ENDPOINT", "http://127.0.0.1:9000/"),
            ("S3_ACCESS_KEY_ID", "k"),
            ("S3_SECRET_ACCESS_KEY", "s"),
        ])
        .unwrap();
        assert!(
            matches!(c.storage, StorageConfig::S3 { ref endpoint, .. } if endpoint.as_deref() == Some("http://127.0.0.1:9000"))
        );
        assert_eq!(
            load(&[("S3_BUCKET", "b"), ("S3_ACCESS_KEY_ID", "k")])
                .unwrap_err()
                .var,
            "S3_SECRET_ACCESS_KEY"
        );
        assert_eq!(
            load(&[("S3_ACCESS_KEY_ID", "k")]).unwrap_err().var,
            "S3_ACCESS_KEY_ID"
        );
    }

    #[test]
    fn data_dir_moves_the_default_database() {
        let c = load(&[("DATA_DIR", "/var/lib/htx")]).unwrap();
        assert_eq!(c.database_url, "sqlite:///var/lib/htx/htx.db?mode=rwc");
    }
}
