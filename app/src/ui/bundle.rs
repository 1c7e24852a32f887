//! The browser bundles. A page loads the code of its own islands only: the storefront's pages
//! (home, category, search, product, cooperative, trace) a small bundle with the header, buy box
//! and report form, and so do the cart and a guest's order pages (plain forms); the checkout form the shop's; signing in and
//! the shopper's account the account's; the sellers' and administrators' pages the back office's. Each is the frontend crate built with one
//! feature (see the `[[workspace.metadata.leptos]]` projects in Cargo.toml).

use leptos::config::LeptosOptions;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    Storefront,
    Shop,
    Account,
    Backoffice,
}

impl Bundle {
    /// Where its files are served, under the site root.
    fn dir(self) -> &'static str {
        match self {
            Bundle::Storefront => "",
            Bundle::Shop => "/shop",
            Bundle::Account => "/account",
            Bundle::Backoffice => "/backoffice",
        }
    }

    /// The file, beside the server binary, in which cargo-leptos writes the content hashes.
    fn hash_file(self) -> &'static str {
        match self {
            Bundle::Storefront => "hash.txt",
            Bundle::Shop => "hash-shop.txt",
            Bundle::Account => "hash-account.txt",
            Bundle::Backoffice => "hash-backoffice.txt",
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// The bundle of the page at `path` (`/{locale}/...`).
    pub fn for_path(path: &str) -> Bundle {
        let mut segments = path.trim_start_matches('/').split('/').skip(1);
        match segments.next().unwrap_or("") {
            // Only the checkout form has code of its own; the cart and the order pages are plain
            // forms (the storefront's header and nothing else).
            "checkout" if segments.next().is_none_or(str::is_empty) => Bundle::Shop,
            "account" | "login" | "register" | "forgot-password" | "reset-password" => Bundle::Account,
            "sell" | "admin" | "invitations" => Bundle::Backoffice,
            "products" if path.ends_with("/preview") => Bundle::Backoffice,
            _ => Bundle::Storefront,
        }
    }

    /// The URL path of one of its files ("js", "wasm"; "css" is the storefront's for every page),
    /// e.g. `/shop/pkg/htx-market.3fc1….wasm`.
    pub fn asset_path(self, options: &LeptosOptions, kind: &str) -> String {
        let bundle = if kind == "css" { Bundle::Storefront } else { self };
        format!(
            "{}/{}/{}",
            bundle.dir(),
            options.site_pkg_dir,
            bundle.file_name(options, kind)
        )
    }

    /// The output name, with the content hash cargo-leptos recorded when `hash-files` is on.
    fn file_name(self, options: &LeptosOptions, kind: &str) -> String {
        static HASHES: OnceLock<[String; 4]> = OnceLock::new();
        let name = options.output_name.to_string();
        if !options.hash_files {
            return format!("{name}.{kind}");
        }
        let hashes = HASHES.get_or_init(|| {
            // HTX_HASH_DIR serves another build's bundles (CI's Lighthouse run: the release
            // bundles from the debug server).
            let dir = std::env::var_os("HTX_HASH_DIR")
                .map(std::path::PathBuf::from)
                .or_else(|| {
                    std::env::current_exe()
                        .ok()
                        .and_then(|exe| exe.parent().map(|d| d.to_path_buf()))
                });
            let read = |b: Bundle| {
                dir.as_ref()
                    .and_then(|d| std::fs::read_to_string(d.join(b.hash_file())).ok())
                    .unwrap_or_default()
            };
            [
                read(Bundle::Storefront),
                read(Bundle::Shop),
                read(Bundle::Account),
                read(Bundle::Backoffice),
            ]
        });
        match hashes[self.index()]
            .lines()
            .find_map(|l| l.split_once(':').filter(|(k, _)| k.trim() == kind))
        {
            Some((_, hash)) => format!("{name}.{}.{kind}", hash.trim()),
            None => format!("{name}.{kind}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Bundle;

    #[test]
    fn pages_load_their_own_bundle() {
        for path in [
            "/vi",
            "/en/",
            "/en/c/food",
            "/en/search",
            "/en/products/x",
            "/en/coops/x",
            "/en/trace/L1",
        ] {
            assert_eq!(Bundle::for_path(path), Bundle::Storefront, "{path}");
        }
        for path in ["/en/cart", "/en/checkout/return", "/en/orders/t/x"] {
            assert_eq!(Bundle::for_path(path), Bundle::Storefront, "{path}");
        }
        assert_eq!(Bundle::for_path("/en/checkout"), Bundle::Shop);
        for path in [
            "/en/account",
            "/en/account/orders",
            "/en/account/orders/7",
            "/en/login",
            "/en/register",
            "/en/reset-password",
        ] {
            assert_eq!(Bundle::for_path(path), Bundle::Account, "{path}");
        }
        for path in [
            "/en/sell",
            "/en/sell/products/3",
            "/en/admin/reports",
            "/en/sell/products/3/preview",
        ] {
            assert_eq!(Bundle::for_path(path), Bundle::Backoffice, "{path}");
        }
    }
}
