//! The product's batches: list with trace pages and QR codes, and the form to add one.

use super::UploadNotice;
use crate::api::catalog::{fetch_batches, CreateBatch};
use crate::domain::catalog::StepKind;
use crate::i18n::use_i18n;
use crate::model::catalog::STEP_ROWS;
use crate::model::cooperatives::RegionOption;
use crate::ui::forms::{Field, FormAlert, SelectField};
use leptos::prelude::*;

/// The product's batches: list with trace pages and QR codes, and the form to add one.
#[component]
pub fn BatchesSection(product_id: i64, regions: Vec<RegionOption>) -> impl IntoView {
    let i18n = use_i18n();
    let create = ServerAction::<CreateBatch>::new();
    let error = Signal::derive(move || create.value().get().and_then(Result::err));
    let batches = Resource::new(move || create.version().get(), move |_| fetch_batches(product_id));
    let region_options: Vec<(String, String)> = regions.into_iter().map(|r| (r.code, r.name)).collect();
    let step_options: Vec<(String, String)> = StepKind::ALL
        .iter()
        .map(|k| (k.as_str().to_owned(), i18n.t(&k.message_key())))
        .collect();
    let step_rows = (0..STEP_ROWS)
        .map(|i| {
            let message = move |col: &'static str| {
                Signal::derive(move || error.get().and_then(|e| e.field_key(&format!("step_{i}_{col}")).map(|k| i18n.t(k.as_str()))))
            };
            let (kind_msg, date_msg) = (message("kind"), message("happened_on"));
            view! {
                <tr>
                    <td class:has-error=move || kind_msg.get().is_some()>
                        <select id=format!("field-step_{i}_kind") name=format!("fields[steps][{i}][kind]") aria-label=i18n.t("batch-step")>
                            <option value="">"—"</option>
                            {step_options.iter().map(|(v, t)| view! { <option value=v.clone()>{t.clone()}</option> }).collect_view()}
                        </select>
                        <span class="field-error">{move || kind_msg.get()}</span>
                    </td>
                    <td class:has-error=move || date_msg.get().is_some()>
                        <input type="date" id=format!("field-step_{i}_happened_on") name=format!("fields[steps][{i}][happened_on]") aria-label=i18n.t("batch-step-date") />
                        <span class="field-error">{move || date_msg.get()}</span>
                    </td>
                    <td><input type="text" name=format!("fields[steps][{i}][note]") aria-label=i18n.t("batch-step-note") /></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="batches-heading" data-testid="batches">
            <h2 id="batches-heading">{i18n.t("batches-title")}</h2>
            <UploadNotice target=Some("batch-photo") />
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let rows = batches.await.unwrap_or_default();
                    (!rows.is_empty()).then(|| view! {
                        <ul class="plain-list">
                            {rows.into_iter().map(|b| {
                                let input_id = format!("batch-photo-{}", b.id);
                                view! {
                                    <li data-testid="batch">
                                        <a href=i18n.href(&format!("/trace/{}", b.lot_code))><code>{b.lot_code.clone()}</code></a>
                                        " · " {crate::ui::pages::trace::format_day(b.produced_on, i18n)}
                                        " · " <a href=format!("/qr/{}.svg", b.lot_code) rel="external">"QR SVG"</a>
                                        " · " <a href=format!("/qr/{}.png", b.lot_code) rel="external">"QR PNG"</a>
                                        <ul class="photo-list">
                                            {b.photos.iter().map(|p| match p.smallest() {
                                                Some(src) => view! { <li><img src=src.to_owned() alt="" width="120" height="90" /></li> }.into_any(),
                                                None => view! { <li><span class="muted">{i18n.t("photos-processing")}</span></li> }.into_any(),
                                            }).collect_view()}
                                        </ul>
                                        <form class="inline-form upload-form" method="post" enctype="multipart/form-data"
                                            action=format!("/uploads/batches/{}/photos", b.id) data-testid="batch-photo-upload">
                                            <input type="hidden" name="locale" value=i18n.locale.code() />
                                            <label for=input_id.clone()>{i18n.t("batch-photos-add")}</label>
                                            <input id=input_id type="file" name="file" accept=".jpg,.jpeg,.png,.webp,image/jpeg,image/png,image/webp" required />
                                            <button type="submit" class="btn btn-ghost">{i18n.t("apply-upload")}</button>
                                        </form>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                        <p><a class="btn btn-ghost" href=i18n.href(&format!("/sell/products/{product_id}/labels"))>{i18n.t("batches-labels")}</a></p>
                    })
                })}
            </Transition>
            <h3>{i18n.t("batches-new")}</h3>
            <ActionForm action=create attr:class="form" attr:novalidate=true>
                <FormAlert error />
                <input type="hidden" name="product_id" value=product_id.to_string() />
                <div class="field-row">
                    <Field name="lot_code" group="fields" label=i18n.t("batch-lot-code") hint=i18n.t("batch-lot-code-hint") required=true error />
                    <Field name="produced_on" group="fields" label=i18n.t("batch-produced-on") input_type="date" required=true error />
                </div>
                <div class="field-row">
                    <Field name="commune" group="fields" label=i18n.t("batch-commune") error />
                    <SelectField name="region_code" group="fields" label=i18n.t("coop-field-region-code") options=region_options
                        placeholder=i18n.t("products-choose") error />
                </div>
                <div class="field-row">
                    <Field name="quantity" group="fields" label=i18n.t("batch-quantity") input_type="number" error />
                    <Field name="quantity_unit" group="fields" label=i18n.t("batch-quantity-unit") error />
                </div>
                <div class="table-scroll">
                    <table class="table">
                        <thead><tr><th>{i18n.t("batch-step")}</th><th>{i18n.t("batch-step-date")}</th><th>{i18n.t("batch-step-note")}</th></tr></thead>
                        <tbody>{step_rows}</tbody>
                    </table>
                </div>
                <button type="submit" class="btn btn-primary" data-testid="create-batch" disabled=move || create.pending().get()>
                    {i18n.t("batches-add")}
                </button>
            </ActionForm>
        </section>
    }
}
