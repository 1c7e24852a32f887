//! The dashboard's figures and charts for one period.

use super::bars;
use crate::i18n::{format_month, format_number, use_i18n};
use crate::model::reports::{Bar, DashboardView};
use crate::ui::charts::{bar_chart_svg, line_chart_svg, BarDatum, ChartFigure, Series};
use leptos::prelude::*;

#[component]
pub(super) fn DashboardBody(d: DashboardView) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale;
    let (from, to) = (d.period.from.to_string(), d.period.to.to_string());
    let csv = move |chart: &str| {
        format!(
            "/admin/dashboard.csv?chart={chart}&from={from}&to={to}&locale={}",
            locale.code()
        )
    };
    let csv_label = i18n.t("dashboard-csv");
    let empty = i18n.t("dashboard-empty");
    let figure = |id: &str, title_key: &str, list: &[Bar]| {
        let title = i18n.t(title_key);
        let svg = bar_chart_svg(id, &title, &empty, &bars(list, i18n));
        view! { <ChartFigure title svg csv_href=csv(id) csv_label=csv_label.clone() testid=format!("chart-{id}") /> }
    };
    let months: Vec<String> = d.months.iter().map(|m| format_month(&m.month, locale)).collect();
    let orders_chart = {
        let title = i18n.t("dashboard-orders-by-month");
        let series = [
            Series {
                name: i18n.t("payment-cod"),
                class: "s1",
                values: d.months.iter().map(|m| m.cod_orders).collect(),
            },
            Series {
                name: i18n.t("payment-card"),
                class: "s2",
                values: d.months.iter().map(|m| m.card_orders).collect(),
            },
        ];
        let svg = line_chart_svg("orders-by-month", &title, &months, &series, &|v| {
            format_number(v, locale)
        });
        let legend = vec![(i18n.t("payment-cod"), "s1"), (i18n.t("payment-card"), "s2")];
        view! { <ChartFigure title svg csv_href=csv("orders-by-month") csv_label=csv_label.clone() legend testid="chart-orders-by-month" /> }
    };
    let gmv_chart = {
        let title = i18n.t("dashboard-gmv-by-month");
        let series = [
            Series {
                name: i18n.t("payment-cod"),
                class: "s1",
                values: d.months.iter().map(|m| m.cod_vnd).collect(),
            },
            Series {
                name: i18n.t("payment-card"),
                class: "s2",
                values: d.months.iter().map(|m| m.card_vnd).collect(),
            },
        ];
        let svg = line_chart_svg("gmv-by-month", &title, &months, &series, &|v| i18n.vnd(v));
        let legend = vec![(i18n.t("payment-cod"), "s1"), (i18n.t("payment-card"), "s2")];
        view! { <ChartFigure title svg csv_href=csv("orders-by-month") csv_label=csv_label.clone() legend testid="chart-gmv-by-month" /> }
    };
    let top = |id: &str, title_key: &str, rows: &[crate::model::reports::TopRow]| {
        let title = i18n.t(title_key);
        let data: Vec<BarDatum> = rows
            .iter()
            .map(|r| BarDatum {
                label: r.name.clone(),
                value: r.gmv_vnd,
                shown: i18n.vnd(r.gmv_vnd),
            })
            .collect();
        let svg = bar_chart_svg(id, &title, &empty, &data);
        view! { <ChartFigure title svg csv_href=csv(id) csv_label=csv_label.clone() testid=format!("chart-{id}") /> }
    };
    let orders_total: i64 = d.months.iter().map(|m| m.cod_orders + m.card_orders).sum();
    let gmv_total: i64 = d.months.iter().map(|m| m.cod_vnd + m.card_vnd).sum();
    let median = d.median_wait_hours.map_or_else(
        || "–".to_owned(),
        |h| i18n.t_with("dashboard-hours", &[("hours", h.into())]),
    );
    view! {
        <div class="stat-cards">
            <div class="stat card" data-testid="stat-waiting">
                <p class="stat-label">{i18n.t("dashboard-waiting")}</p>
                <p class="stat-value"><a href=i18n.href("/admin/cooperatives")>{format_number(d.waiting, locale)}</a></p>
                <p class="stat-note">{i18n.t("dashboard-median-wait")} " " {median}
                    " · " <a href=csv("waiting-applications") download="">{csv_label.clone()}</a></p>
            </div>
            <div class="stat card" data-testid="stat-orders">
                <p class="stat-label">{i18n.t("reports-orders")}</p>
                <p class="stat-value">{format_number(orders_total, locale)}</p>
                <p class="stat-note">{i18n.t("reports-gmv")} " " {i18n.vnd(gmv_total)}</p>
            </div>
            <div class="stat card" data-testid="stat-expiring">
                <p class="stat-label">{i18n.t("dashboard-expiring")}</p>
                <p class="stat-value">{format_number(d.expiring.len() as i64, locale)}</p>
                <p class="stat-note"><a href=csv("expiring-certificates") download="">{csv_label.clone()}</a></p>
            </div>
        </div>
        <div class="chart-grid">
            {orders_chart}
            {gmv_chart}
            {figure("cooperatives-by-status", "dashboard-coops-by-status", &d.coops_by_status)}
            {figure("cooperatives-by-province", "dashboard-coops-by-province", &d.coops_by_province)}
            {figure("products-by-category", "dashboard-products-by-category", &d.products_by_category)}
            {figure("products-by-stars", "dashboard-products-by-stars", &d.products_by_stars)}
            {top("top-cooperatives", "dashboard-top-coops", &d.top_cooperatives)}
            {top("top-products", "dashboard-top-products", &d.top_products)}
        </div>
        <h2>{i18n.t("dashboard-expiring")}</h2>
        {if d.expiring.is_empty() {
            view! { <p>{i18n.t("dashboard-none-expiring")}</p> }.into_any()
        } else {
            view! {
                <table class="table" data-testid="expiring">
                    <thead><tr>
                        <th scope="col">{i18n.t("cart-product")}</th>
                        <th scope="col">{i18n.t("orders-cooperative")}</th>
                        <th scope="col">{i18n.t("cert-field-kind")}</th>
                        <th scope="col">{i18n.t("cert-field-number")}</th>
                        <th scope="col">{i18n.t("cert-field-expires-on")}</th>
                    </tr></thead>
                    <tbody>
                        {d.expiring.iter().map(|e| view! {
                            <tr>
                                <td>{e.product_name.clone()}</td>
                                <td>{e.cooperative_name.clone()}</td>
                                <td>{e.kind_label.clone()}</td>
                                <td>{e.number.clone()}</td>
                                <td>{crate::ui::pages::trace::format_day(e.expires_on, i18n)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}
    }
}
