//! What an import (or its dry run) found: rows to add or change, and the problems by row and column.

use crate::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub(super) fn ImportReportView(r: crate::model::catalog::ImportReport) -> impl IntoView {
    let i18n = use_i18n();
    let summary = i18n.t_with(
        "import-summary",
        &[
            ("rows", (r.rows as i64).into()),
            ("products", (r.products as i64).into()),
        ],
    );
    view! {
        <section class="card" data-testid="import-report" data-imported=r.imported.to_string()>
            <p><strong>{summary}</strong></p>
            {if r.problems.is_empty() {
                let key = if r.imported { "import-done" } else { "import-clean" };
                view! { <p class="form-success" role="status">{i18n.t(key)}</p> }.into_any()
            } else {
                view! {
                    <p class="form-alert" role="alert">{i18n.t_with("import-problems", &[("count", (r.problems.len() as i64).into())])}</p>
                    <table class="table" data-testid="import-problems">
                        <thead><tr><th>{i18n.t("import-row")}</th><th>{i18n.t("import-column")}</th><th>{i18n.t("import-problem")}</th></tr></thead>
                        <tbody>
                            {r.problems.into_iter().map(|p| view! {
                                <tr><td>{p.row}</td><td><code>{p.column}</code></td><td>{i18n.t(p.key.as_str())}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>
    }
}
