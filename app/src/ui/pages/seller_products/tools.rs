//! Preview, duplicate, and stock adjustments for an existing product.

use crate::api::catalog::{AdjustStock, DuplicateProduct};
use crate::i18n::{format_number, use_i18n};
use crate::model::catalog::ProductEdit;
use crate::ui::forms::FormAlert;
use crate::ui::page::use_navigate;
use leptos::prelude::*;

/// Preview, duplicate, and stock adjustments for an existing product.
#[component]
pub(super) fn SellerTools(product: ProductEdit) -> impl IntoView {
    let i18n = use_i18n();
    let duplicate = ServerAction::<DuplicateProduct>::new();
    let adjust = ServerAction::<AdjustStock>::new();
    let adjust_error = Signal::derive(move || adjust.value().get().and_then(Result::err));
    let navigate = use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(id)) = duplicate.value().get() {
            navigate(
                &i18n.href(&format!("/sell/products/{id}?saved=copy")),
                Default::default(),
            );
        }
    });
    // The stock shown follows the last adjustment without reloading the form.
    let stock: Vec<(i64, String, RwSignal<i32>)> = product
        .stock
        .iter()
        .map(|(id, label, n)| (*id, label.clone(), RwSignal::new(*n)))
        .collect();
    let rows = stock.clone();
    Effect::new(move |_| {
        if let (Some(Ok(n)), Some(input)) = (adjust.value().get(), adjust.input().get_untracked()) {
            if let Some((_, _, s)) = rows.iter().find(|(id, ..)| *id == input.variant_id) {
                s.set(n);
            }
        }
    });
    view! {
        <section class="card" data-testid="seller-tools">
            <div class="actions-row">
                <a class="btn btn-ghost" data-testid="preview-link" href=i18n.href(&format!("/sell/products/{}/preview", product.id))>
                    {i18n.t("products-preview")}
                </a>
                <ActionForm action=duplicate>
                    <input type="hidden" name="id" value=product.id.to_string() />
                    <button type="submit" class="btn btn-ghost" data-testid="duplicate">{i18n.t("products-duplicate")}</button>
                </ActionForm>
            </div>
            <h2>{i18n.t("products-stock-title")}</h2>
            <FormAlert error=adjust_error />
            <table class="table" data-testid="stock">
                <tbody>
                    {stock.into_iter().map(|(id, label, n)| view! {
                        <tr>
                            <td>{label}</td>
                            <td data-testid=format!("stock-{id}")>{move || format_number(n.get().into(), i18n.locale)}</td>
                            <td>
                                <ActionForm action=adjust attr:class="inline-form">
                                    <input type="hidden" name="variant_id" value=id.to_string() />
                                    <input type="number" name="delta" step="1" aria-label=i18n.t("products-stock-delta") />
                                    <button type="submit" class="btn btn-ghost">{i18n.t("products-stock-apply")}</button>
                                </ActionForm>
                            </td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}
