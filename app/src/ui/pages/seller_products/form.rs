//! The product form: texts in every locale, variants, category, unit and status.

use super::{status_label, DESCRIPTIONS, NAMES, SHORTS};
use crate::api::catalog::{SaveProduct, SetProductStatus};
use crate::domain::catalog::{ProductStatus, UNITS};
use crate::i18n::{use_i18n, Locale};
use crate::model::catalog::{CategoryOption, ProductEdit, ProductFields, VARIANT_ROWS};
use crate::model::cooperatives::RegionOption;
use crate::ui::forms::{Field, FormAlert, SelectField, TextAreaField};
use crate::ui::page::use_navigate;
use leptos::prelude::*;

#[component]
pub(super) fn ProductForm(
    existing: Option<ProductEdit>,
    cooperative_id: i64,
    categories: Vec<CategoryOption>,
    regions: Vec<RegionOption>,
    status_action: ServerAction<SetProductStatus>,
) -> impl IntoView {
    let i18n = use_i18n();
    let save = ServerAction::<SaveProduct>::new();
    let error = Signal::derive(move || save.value().get().and_then(Result::err));
    let status_error = Signal::derive(move || status_action.value().get().and_then(Result::err));
    let navigate = use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(id)) = save.value().get() {
            navigate(
                &i18n.href(&format!(
                    "/sell/products/{id}?saved={}",
                    save.version().get_untracked()
                )),
                Default::default(),
            );
        }
    });
    let f: ProductFields = existing.as_ref().map(|p| p.fields.clone()).unwrap_or_default();
    let category_options: Vec<(String, String)> = categories
        .iter()
        .map(|c| {
            let depth = std::iter::successors(c.parent_code.as_ref(), |p| {
                categories
                    .iter()
                    .find(|x| &x.code == *p)
                    .and_then(|x| x.parent_code.as_ref())
            })
            .count();
            (c.code.clone(), format!("{}{}", "— ".repeat(depth), c.name))
        })
        .collect();
    let unit_options: Vec<(String, String)> = UNITS
        .iter()
        .map(|u| ((*u).to_owned(), i18n.t(&format!("unit-{u}"))))
        .collect();
    let region_options: Vec<(String, String)> = regions.into_iter().map(|r| (r.code, r.name)).collect();
    let texts = Locale::ALL
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            let (name, short, description) = f.texts(l);
            view! {
                <details class="locale-texts" open=l == Locale::Vi || l == i18n.locale>
                    <summary lang=l.code()>{l.native_name()}</summary>
                    <Field name=NAMES[i] group="fields" label=i18n.t("product-field-name") value=name.to_owned()
                        required=l == Locale::Vi error />
                    <Field name=SHORTS[i] group="fields" label=i18n.t("product-field-short") value=short.to_owned() error />
                    <TextAreaField name=DESCRIPTIONS[i] group="fields" label=i18n.t("product-field-description")
                        hint=i18n.t("coop-description-hint") value=description.to_owned() error />
                </details>
            }
        })
        .collect_view();
    let variant_rows = (0..VARIANT_ROWS)
        .map(|i| {
            let v = f.variants.get(i).cloned().unwrap_or_default();
            let cell = move |col: &'static str, value: String, input_type: &'static str| {
                let field = format!("variant_{i}_{col}");
                let message = Signal::derive({
                    let field = field.clone();
                    move || error.get().and_then(|e| e.field_key(&field).map(|k| i18n.t(k.as_str())))
                });
                view! {
                    <td class:has-error=move || message.get().is_some()>
                        <input id=format!("field-{field}") name=format!("fields[variants][{i}][{col}]") type=input_type
                            value=value aria-label=i18n.t(&format!("variant-field-{}", col.replace('_', "-")))
                            aria-invalid=move || message.get().is_some().then_some("true") />
                        <span class="field-error" id=format!("field-{field}-error")>{move || message.get()}</span>
                    </td>
                }
            };
            view! {
                <tr>
                    {cell("sku", v.sku, "text")}
                    {cell("label", v.label, "text")}
                    {cell("price", v.price, "text")}
                    {cell("stock", v.stock, "number")}
                    {cell("weight_grams", v.weight_grams, "number")}
                </tr>
            }
        })
        .collect_view();
    let ids = existing
        .as_ref()
        .map(|p| (p.id, p.version, p.status, p.slug_vi.clone()));
    let title = if existing.is_some() {
        i18n.t("products-edit-title")
    } else {
        i18n.t("products-new")
    };
    view! {
        <section class="container narrow product-form">
            <p><a href=i18n.href(&format!("/sell/products?coop={cooperative_id}"))>{i18n.t("products-back")}</a></p>
            <h1>{title}</h1>
            {ids.clone().map(|(id, _, status, slug)| {
                let published = status == ProductStatus::Published;
                view! {
                    <div class=format!("status-banner status-{status}") data-testid="product-status" data-status=status.as_str()>
                        <p><strong>{i18n.t("coop-status-label")}</strong> " " {status_label(i18n, status)}</p>
                        {(published).then(|| slug.map(|s| view! {
                            <p><a href=i18n.href(&format!("/products/{s}"))>{i18n.t("products-view-public")}</a></p>
                        }))}
                    </div>
                    <FormAlert error=status_error />
                    <div class="actions-row">
                        {ProductStatus::ALL.into_iter().filter(|s| *s != status).map(|s| {
                            let key = format!("products-make-{}", s.as_str());
                            view! {
                                <ActionForm action=status_action>
                                    <input type="hidden" name="id" value=id.to_string() />
                                    <input type="hidden" name="status" value=s.as_str() />
                                    <button type="submit" class="btn btn-ghost" data-testid=format!("make-{}", s.as_str())>{i18n.t(&key)}</button>
                                </ActionForm>
                            }
                        }).collect_view()}
                    </div>
                }
            })}
            <ActionForm action=save attr:class="form" attr:id="product-form" attr:novalidate=true>
                <FormAlert error />
                <input type="hidden" name="cooperative_id" value=cooperative_id.to_string() />
                {ids.map(|(id, version, ..)| view! {
                    <input type="hidden" name="id" value=id.to_string() />
                    <input type="hidden" name="version" value=version.to_string() />
                })}
                <fieldset>
                    <legend>{i18n.t("products-section-basics")}</legend>
                    <SelectField name="category_code" group="fields" label=i18n.t("product-field-category")
                        options=category_options selected=f.category_code.clone() placeholder=i18n.t("products-choose") required=true error />
                    <SelectField name="unit" group="fields" label=i18n.t("product-field-unit")
                        options=unit_options selected=f.unit.clone() placeholder=i18n.t("products-choose") required=true error />
                    <SelectField name="origin_region_code" group="fields" label=i18n.t("product-field-origin")
                        options=region_options selected=f.origin_region_code.clone() placeholder=i18n.t("products-choose") error />
                    <Field name="gtin" group="fields" label=i18n.t("product-field-gtin") hint=i18n.t("product-gtin-hint")
                        value=f.gtin.clone() error />
                </fieldset>
                <fieldset>
                    <legend>{i18n.t("products-section-texts")}</legend>
                    <p class="field-hint">{i18n.t("products-texts-hint")}</p>
                    {texts}
                </fieldset>
                <fieldset>
                    <legend>{i18n.t("products-section-variants")}</legend>
                    <p class="field-hint">{i18n.t("products-variants-hint")}</p>
                    <div class="table-scroll">
                        <table class="table variants" data-testid="variants">
                            <thead><tr>
                                <th>{i18n.t("variant-field-sku")}</th>
                                <th>{i18n.t("variant-field-label")}</th>
                                <th>{i18n.t("variant-field-price")}</th>
                                <th>{i18n.t("variant-field-stock")}</th>
                                <th>{i18n.t("variant-field-weight-grams")}</th>
                            </tr></thead>
                            <tbody>{variant_rows}</tbody>
                        </table>
                    </div>
                </fieldset>
                <button type="submit" class="btn btn-primary" data-testid="save-product" disabled=move || save.pending().get()>
                    {i18n.t("products-save")}
                </button>
            </ActionForm>
        </section>
    }
}
