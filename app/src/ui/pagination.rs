//! "Previous · Page 2 of 9 · Next" for listings a page at a time.

use crate::i18n::{format_number, use_i18n};
use leptos::prelude::*;

/// Shown only when there is more than one page; `link` gives the address of page n.
#[component]
pub fn Pagination(page: u64, pages: u64, link: impl Fn(u64) -> String + 'static) -> impl IntoView {
    let i18n = use_i18n();
    (pages > 1).then(|| {
        view! {
            <nav class="pagination" aria-label=i18n.t("pagination-label") data-testid="pagination">
                {(page > 1).then(|| view! { <a rel="prev" href=link(page - 1)>{i18n.t("pagination-previous")}</a> })}
                <span>{i18n.t_with("pagination-position", &[
                    ("page", format_number(page as i64, i18n.locale).into()),
                    ("pages", format_number(pages as i64, i18n.locale).into()),
                ])}</span>
                {(page < pages).then(|| view! { <a rel="next" href=link(page + 1)>{i18n.t("pagination-next")}</a> })}
            </nav>
        }
    })
}
