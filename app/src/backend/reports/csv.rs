//! CSV downloads of every dashboard chart and of reports: stable keys first, then labels in the
//! reader's language; amounts in whole VND without separators so spreadsheets read them as numbers.

use crate::backend::shop::queries::defuse;
use crate::domain::reporting::Period;
use crate::error::AppError;
use crate::error::OrInternal;
use crate::i18n::{translate, Locale};
use crate::model::reports::{Bar, DashboardView, ReportView};

/// The charts of the dashboard, by the name their CSV is downloaded under.
pub const CHARTS: [&str; 9] = [
    "cooperatives-by-status",
    "cooperatives-by-province",
    "waiting-applications",
    "products-by-category",
    "products-by-stars",
    "expiring-certificates",
    "orders-by-month",
    "top-cooperatives",
    "top-products",
];

fn write(header: Vec<String>, rows: Vec<Vec<String>>) -> Result<String, AppError> {
    let mut out = ::csv::Writer::from_writer(Vec::new());
    out.write_record(&header).or_internal("writing a report CSV")?;
    for row in rows {
        let row: Vec<String> = row.iter().map(|c| defuse(c)).collect();
        out.write_record(&row).or_internal("writing a report CSV")?;
    }
    let bytes = out.into_inner().or_internal("finishing a report CSV")?;
    // A BOM so spreadsheet programs read Vietnamese text as UTF-8.
    Ok(format!("\u{feff}{}", String::from_utf8_lossy(&bytes)))
}

fn t(locale: Locale, key: &str) -> String {
    translate(locale, key, None)
}

fn bars(bars: &[Bar], locale: Locale) -> Result<String, AppError> {
    write(
        vec![
            "key".into(),
            t(locale, "dashboard-csv-label"),
            t(locale, "dashboard-csv-value"),
        ],
        bars.iter()
            .map(|b| vec![b.key.clone(), b.label.clone(), b.value.to_string()])
            .collect(),
    )
}

/// One dashboard chart as CSV; NotFound for a chart that does not exist.
pub fn chart(view: &DashboardView, chart: &str, locale: Locale) -> Result<String, AppError> {
    match chart {
        "cooperatives-by-status" => bars(&view.coops_by_status, locale),
        "cooperatives-by-province" => bars(&view.coops_by_province, locale),
        "products-by-category" => bars(&view.products_by_category, locale),
        "products-by-stars" => bars(&view.products_by_stars, locale),
        "waiting-applications" => write(
            vec![
                t(locale, "dashboard-waiting"),
                t(locale, "dashboard-median-wait-hours"),
            ],
            vec![vec![
                view.waiting.to_string(),
                view.median_wait_hours.map(|h| h.to_string()).unwrap_or_default(),
            ]],
        ),
        "expiring-certificates" => write(
            vec![
                "product_id".into(),
                t(locale, "cart-product"),
                t(locale, "orders-cooperative"),
                t(locale, "cert-field-kind"),
                t(locale, "cert-field-number"),
                t(locale, "cert-field-expires-on"),
            ],
            view.expiring
                .iter()
                .map(|e| {
                    vec![
                        e.product_id.to_string(),
                        e.product_name.clone(),
                        e.cooperative_name.clone(),
                        e.kind_label.clone(),
                        e.number.clone(),
                        e.expires_on.to_string(),
                    ]
                })
                .collect(),
        ),
        "orders-by-month" => write(
            vec![
                t(locale, "dashboard-month"),
                t(locale, "dashboard-orders-cod"),
                t(locale, "dashboard-orders-card"),
                t(locale, "dashboard-orders-total"),
                t(locale, "dashboard-gmv-cod"),
                t(locale, "dashboard-gmv-card"),
                t(locale, "dashboard-gmv-total"),
            ],
            view.months
                .iter()
                .map(|m| {
                    vec![
                        m.month.clone(),
                        m.cod_orders.to_string(),
                        m.card_orders.to_string(),
                        (m.cod_orders + m.card_orders).to_string(),
                        m.cod_vnd.to_string(),
                        m.card_vnd.to_string(),
                        (m.cod_vnd + m.card_vnd).to_string(),
                    ]
                })
                .collect(),
        ),
        "top-cooperatives" | "top-products" => {
            let rows = if chart == "top-products" {
                &view.top_products
            } else {
                &view.top_cooperatives
            };
            write(
                vec![
                    "id".into(),
                    t(locale, "dashboard-csv-label"),
                    t(locale, "reports-orders"),
                    t(locale, "reports-gmv"),
                ],
                rows.iter()
                    .map(|r| {
                        vec![
                            r.id.to_string(),
                            r.name.clone(),
                            r.orders.to_string(),
                            r.gmv_vnd.to_string(),
                        ]
                    })
                    .collect(),
            )
        }
        _ => Err(AppError::NotFound),
    }
}

fn span(p: &Period) -> String {
    format!("{}..{}", p.from, p.to)
}

/// The report as CSV: a row per province and the total, each figure for the period then the one
/// before.
pub fn report(view: &ReportView, locale: Locale) -> Result<String, AppError> {
    let mut header = vec!["province_code".to_owned(), t(locale, "reports-province")];
    let (now, before) = (span(&view.period), span(&view.previous));
    for (figure, _) in view.total.now.figures() {
        let name = t(locale, figure.key);
        header.push(format!("{name} {now}"));
        header.push(format!("{name} {before}"));
    }
    // With one province chosen, its row is the total.
    let total = view.province.is_none().then_some(&view.total);
    let rows = view
        .rows
        .iter()
        .chain(total)
        .map(|r| {
            let mut row = vec![
                r.province_code.clone().unwrap_or_else(|| "total".into()),
                r.province.clone(),
            ];
            for ((_, a), (_, b)) in r.now.figures().into_iter().zip(r.before.figures()) {
                row.push(a.to_string());
                row.push(b.to_string());
            }
            row
        })
        .collect();
    write(header, rows)
}
