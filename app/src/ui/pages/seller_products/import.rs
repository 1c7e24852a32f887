//! Bulk import: download the template (or the current catalog), upload for a dry run, then import.

use super::ImportReportView;
use crate::api::catalog::fetch_import_report;
use crate::i18n::use_i18n;
use crate::ui::outcome::error_view;
use crate::ui::page::use_query_map;
use crate::ui::upload_progress::{send_with_progress, UploadPhase, UploadProgress};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// Bulk import: download the template (or the current catalog), upload for a dry run, then import.
#[component]
pub fn ImportPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let coop = move || {
        query
            .read()
            .get("coop")
            .and_then(|s| s.parse::<i64>().ok())
            .unwrap_or_default()
    };
    let report_id = move || query.read().get("report").and_then(|s| s.parse::<i64>().ok());
    let report = Resource::new(report_id, |id| async move {
        match id {
            Some(id) => fetch_import_report(id).await.map(Some),
            None => Ok(None),
        }
    });
    let upload_error = move || {
        query
            .read()
            .get("upload_error")
            .filter(|k| k.starts_with("error-"))
    };
    let phase = RwSignal::new(UploadPhase::Idle);
    view! {
        <Title text=i18n.t("import-title") />
        <Meta name="robots" content="noindex" />
        <section class="container narrow import-page">
            <p><a href=move || i18n.href(&format!("/sell/products?coop={}", coop()))>{i18n.t("products-back")}</a></p>
            <h1>{i18n.t("import-title")}</h1>
            <p>{i18n.t("import-lead")}</p>
            <p><a class="btn btn-ghost" rel="external" href=move || format!("/exports/cooperatives/{}/products.csv", coop())>{i18n.t("import-template")}</a></p>
            {move || upload_error().map(|k| view! { <div class="form-alert" role="alert" data-testid="upload-error"><p>{i18n.t(&k)}</p></div> })}
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match report.await {
                        Ok(Some(r)) => view! { <ImportReportView r /> }.into_any(),
                        Ok(None) => ().into_any(),
                        Err(e) => error_view(e),
                    }
                })}
            </Suspense>
            <form class="form upload-form card" method="post" enctype="multipart/form-data"
                action=move || format!("/uploads/cooperatives/{}/import", coop()) data-testid="import-form"
                on:submit=move |ev| send_with_progress(ev, phase)>
                <input type="hidden" name="locale" value=i18n.locale.code() />
                <div class="field">
                    <label for="import-file">{i18n.t("import-file")}</label>
                    <input id="import-file" type="file" name="file" accept=".csv,.xlsx,text/csv" required />
                </div>
                <div class="actions-row">
                    <button type="submit" name="mode" value="dry_run" class="btn btn-ghost" data-testid="import-check" disabled=move || phase.get().busy()>{i18n.t("import-check")}</button>
                    <button type="submit" name="mode" value="import" class="btn btn-primary" data-testid="import-run" disabled=move || phase.get().busy()>{i18n.t("import-run")}</button>
                </div>
                <UploadProgress phase processing_key="import-processing" />
                <p class="field-hint">{i18n.t("import-hint")}</p>
            </form>
        </section>
    }
}
