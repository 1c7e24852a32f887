//! A printable sheet of QR labels, one per batch.

use crate::api::catalog::fetch_batches;
use crate::i18n::use_i18n;
use crate::ui::outcome::error_view;
use crate::ui::page::use_params_map;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// A printable sheet of QR labels, one per batch.
#[component]
pub fn LabelsPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<i64>().ok())
            .unwrap_or_default()
    };
    let batches = Resource::new(id, fetch_batches);
    view! {
        <Title text=i18n.t("batches-labels") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match batches.await {
                    Ok(rows) => view! {
                        <section class="container labels-sheet">
                            <h1 class="no-print">{i18n.t("batches-labels")}</h1>
                            <p class="no-print"><button type="button" class="btn btn-primary" onclick="window.print()">{i18n.t("batches-print")}</button></p>
                            <ul class="labels">
                                {rows.into_iter().flat_map(|b| std::iter::repeat_n(b, 4)).map(|b| view! {
                                    <li class="label">
                                        <img src=format!("/qr/{}.svg", b.lot_code) alt=b.lot_code.clone() width="140" height="140" />
                                        <code>{b.lot_code.clone()}</code>
                                    </li>
                                }).collect_view()}
                            </ul>
                        </section>
                    }
                    .into_any(),
                    Err(e) => error_view(e),
                }
            })}
        </Suspense>
    }
}
