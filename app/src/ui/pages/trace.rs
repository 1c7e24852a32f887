//! A batch's public trace page: what the QR code on a package leads to.

use crate::api::catalog::fetch_trace;
use crate::i18n::{format_number, use_i18n, I18n};
use crate::model::catalog::CertificationView;
use crate::ui::outcome::error_view;
use crate::ui::page::use_params_map;
use crate::ui::seo::{page_path, Breadcrumbs, LocalizedPaths, PageLinks};
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// A calendar date in the reader's locale.
pub fn format_day(d: NaiveDate, i18n: I18n) -> String {
    i18n.t_with(
        "date-day",
        &[
            ("day", d.day().into()),
            ("month", d.month().into()),
            ("year", d.year().into()),
        ],
    )
}

/// "OCOP ★★★★ · 4 stars" and other certifications, as badges.
#[component]
pub fn Certifications(certifications: Vec<CertificationView>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="badges" data-testid="certifications">
            {certifications.into_iter().map(|c| {
                let label = match c.stars {
                    Some(stars) => format!("OCOP {} · {}", "★".repeat(stars as usize),
                        i18n.t_with("ocop-stars", &[("count", stars.into())])),
                    None => c.label.clone(),
                };
                view! {
                    <li class=format!("badge badge-{}", c.kind) title=c.number.clone()>{label}</li>
                }
            }).collect_view()}
        </ul>
    }
}

#[component]
pub fn TracePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let lot = move || params.read().get("lot").unwrap_or_default();
    let trace = Resource::new(lot, move |lot| fetch_trace(lot, i18n.locale.code().to_owned()));
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match trace.await {
                    Ok(t) => view! {
                        <Title text=i18n.t_with("trace-title", &[("lot", t.lot_code.clone().into())]) />
                        <Meta name="description" content=i18n.t_with("trace-description", &[
                            ("product", t.product_name.clone().into()),
                            ("lot", t.lot_code.clone().into()),
                        ]) />
                        <PageLinks paths=LocalizedPaths::same(&format!("/trace/{}", t.lot_code)) />
                        <article class="container narrow trace-page" data-testid="trace-page">
                            <Breadcrumbs crumbs=vec![
                                (t.product_name.clone(), page_path(i18n.locale, &format!("/products/{}", t.product_slug))),
                                (t.lot_code.clone(), page_path(i18n.locale, &format!("/trace/{}", t.lot_code))),
                            ] />
                            <p class="eyebrow">{i18n.t_with("trace-title", &[("lot", t.lot_code.clone().into())])}</p>
                            <h1><a href=i18n.href(&format!("/products/{}", t.product_slug))>{t.product_name.clone()}</a></h1>
                            <p>
                                {i18n.t("product-by")} " "
                                <a href=i18n.href(&format!("/coops/{}", t.cooperative_slug))>{t.cooperative_name.clone()}</a>
                            </p>
                            <Certifications certifications=t.certifications.clone() />
                            <dl class="card summary">
                                <dt>{i18n.t("trace-produced-on")}</dt>
                                <dd>{format_day(t.produced_on, i18n)}</dd>
                                <dt>{i18n.t("trace-place")}</dt>
                                <dd>{[t.commune.clone(), t.region_name.clone()].into_iter().flatten().collect::<Vec<_>>().join(", ")}</dd>
                                {t.quantity.map(|q| view! {
                                    <dt>{i18n.t("trace-quantity")}</dt>
                                    <dd>{format_number(q.into(), i18n.locale)} " " {unit_name(i18n, t.quantity_unit.as_deref())}</dd>
                                })}
                            </dl>
                            <h2>{i18n.t("trace-timeline")}</h2>
                            <ol class="timeline" data-testid="timeline">
                                {t.steps.into_iter().map(|s| view! {
                                    <li>
                                        <time datetime=s.happened_on.to_string()>{format_day(s.happened_on, i18n)}</time>
                                        <strong>{i18n.t(&s.kind.message_key())}</strong>
                                        {s.note.map(|n| view! { <p lang="vi">{n}</p> })}
                                    </li>
                                }).collect_view()}
                            </ol>
                            {(!t.photos.is_empty()).then(|| view! {
                                <section data-testid="trace-photos">
                                    <h2>{i18n.t("trace-photos")}</h2>
                                    <crate::ui::pages::product::Gallery photos=t.photos.clone() name=t.product_name.clone() />
                                </section>
                            })}
                            <p class="muted">
                                <a href=format!("/qr/{}.svg", t.lot_code) rel="external">{i18n.t("trace-qr")}</a>
                            </p>
                        </article>
                    }
                    .into_any(),
                    Err(e) => error_view(e),
                }
            })}
        </Suspense>
    }
}

/// A unit's translated name when it is one of the catalog's units; free text as written.
fn unit_name(i18n: I18n, unit: Option<&str>) -> String {
    match unit {
        Some(u) if crate::domain::catalog::UNITS.contains(&u) => i18n.t(&format!("unit-{u}")),
        Some(u) => u.to_owned(),
        None => String::new(),
    }
}
