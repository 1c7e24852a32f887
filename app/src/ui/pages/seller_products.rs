//! The seller's catalog: the product list with stock and translation completeness, and the product
//! form (texts per locale, variants, status).

use crate::api::catalog::{
    fetch_batches, fetch_categories, fetch_cert_kinds, fetch_certifications, fetch_product_edit,
    fetch_seller_photos, fetch_seller_products, AddCertification, CreateBatch, MovePhoto, RemovePhoto,
    SaveProduct, SetProductStatus,
};
use crate::api::catalog::{fetch_import_report, AdjustStock, DuplicateProduct};
use crate::api::cooperatives::fetch_regions;
use crate::domain::catalog::ProductStatus;
use crate::error::AppError;
use crate::i18n::{format_date, format_number, use_i18n, Locale};
use crate::model::catalog::{CategoryOption, ProductEdit, ProductFields, STEP_ROWS, VARIANT_ROWS};
use crate::model::cooperatives::RegionOption;
use crate::ui::forms::{Field, FormAlert, SelectField, TextAreaField};
use crate::ui::outcome::error_view;
use crate::ui::page::{use_navigate, use_params_map, use_query_map};
use crate::ui::upload_progress::{send_with_progress, UploadPhase, UploadProgress};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::domain::catalog::{StepKind, UNITS};
use crate::error::ErrorId;
const NAMES: [&str; 5] = ["name_vi", "name_en", "name_zh", "name_ja", "name_ko"];
const SHORTS: [&str; 5] = ["short_vi", "short_en", "short_zh", "short_ja", "short_ko"];
const DESCRIPTIONS: [&str; 5] = [
    "description_vi",
    "description_en",
    "description_zh",
    "description_ja",
    "description_ko",
];

fn status_label(i18n: crate::i18n::I18n, status: ProductStatus) -> String {
    i18n.t(status.message_key())
}

/// "vi en ✓ · zh ja ko missing"
fn completeness(i18n: crate::i18n::I18n, translated: &[String]) -> String {
    let (have, missing): (Vec<Locale>, Vec<Locale>) = Locale::ALL
        .into_iter()
        .partition(|l| translated.iter().any(|t| t == l.code()));
    let codes = |ls: &[Locale]| ls.iter().map(|l| l.code()).collect::<Vec<_>>().join(" ");
    if missing.is_empty() {
        format!("{} ✓", codes(&have))
    } else {
        format!(
            "{} ✓ · {} {}",
            codes(&have),
            codes(&missing),
            i18n.t("products-missing")
        )
    }
}

#[component]
pub fn SellerProductsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let coop = move || query.read().get("coop").and_then(|s| s.parse::<i64>().ok());
    let list = Resource::new(coop, move |coop| {
        fetch_seller_products(coop, i18n.locale.code().to_owned())
    });
    view! {
        <Title text=i18n.t("products-title") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(list) => view! {
                        <section class="container seller-products">
                            <p><a href=i18n.href(&format!("/sell?coop={}", list.cooperative_id))>{i18n.t("sell-back-to-dashboard")}</a></p>
                            <h1>{i18n.t("products-title")}</h1>
                            <p class="lead">{list.cooperative_name.clone()}</p>
                            {if list.can_edit {
                                view! {
                                    <a class="btn btn-ghost" data-testid="import-link"
                                        href=i18n.href(&format!("/sell/products/import?coop={}", list.cooperative_id))>
                                        {i18n.t("import-title")}
                                    </a>
                                    " "
                                    <a class="btn btn-primary" data-testid="new-product"
                                        href=i18n.href(&format!("/sell/products/new?coop={}", list.cooperative_id))>
                                        {i18n.t("products-new")}
                                    </a>
                                }.into_any()
                            } else {
                                view! { <p class="note">{i18n.t(ErrorId::CatalogNotApproved.as_str())}</p> }.into_any()
                            }}
                            {if list.products.is_empty() {
                                view! { <p class="muted">{i18n.t("products-empty")}</p> }.into_any()
                            } else {
                                view! {
                                    <table class="table" data-testid="seller-products">
                                        <thead><tr>
                                            <th>{i18n.t("product-field-name")}</th>
                                            <th>{i18n.t("coop-status-label")}</th>
                                            <th>{i18n.t("products-stock")}</th>
                                            <th>{i18n.t("products-translations")}</th>
                                            <th>{i18n.t("products-updated")}</th>
                                        </tr></thead>
                                        <tbody>
                                            {list.products.into_iter().map(|p| view! {
                                                <tr>
                                                    <td><a href=i18n.href(&format!("/sell/products/{}", p.id))>{p.name.clone()}</a></td>
                                                    <td>{status_label(i18n, p.status)}</td>
                                                    <td>{format_number(p.stock, i18n.locale)}</td>
                                                    <td>{completeness(i18n, &p.translated)}</td>
                                                    <td>{format_date(p.updated_at, i18n.locale)}</td>
                                                </tr>
                                            }).collect_view()}
                                        </tbody>
                                    </table>
                                }.into_any()
                            }}
                        </section>
                    }
                    .into_any(),
                    Err(e) => error_view(e),
                }
            })}
        </Suspense>
    }
}

/// New product (`/sell/products/new?coop=ID`) or edit (`/sell/products/{id}`).
#[component]
pub fn ProductFormPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let status_action = ServerAction::<SetProductStatus>::new();
    let id = move || params.read().get("id").and_then(|s| s.parse::<i64>().ok());
    let product = Resource::new(
        move || (id(), query.read().get("saved"), status_action.version().get()),
        move |(id, ..)| async move {
            match id {
                Some(id) => fetch_product_edit(id).await.map(Some),
                None => Ok(None),
            }
        },
    );
    let categories = Resource::new(|| (), move |_| fetch_categories(i18n.locale.code().to_owned()));
    let regions = Resource::new(|| (), move |_| fetch_regions(i18n.locale.code().to_owned()));
    let coop_param = move || query.read().get("coop").and_then(|s| s.parse::<i64>().ok());
    view! {
        <Title text=i18n.t("products-edit-title") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match (product.await, categories.await, regions.await) {
                    (Ok(existing), Ok(categories), Ok(regions)) => {
                        let cooperative_id = existing.as_ref().map(|p| p.cooperative_id).or_else(coop_param);
                        match cooperative_id {
                            Some(cooperative_id) => {
                                let tools = existing.clone().map(|p| view! { <div class="container narrow"><SellerTools product=p /></div> });
                                let batches = existing.as_ref().map(|p| p.id).map(|product_id| {
                                    view! {
                                        <div class="container narrow">
                                            <PhotosSection product_id />
                                            <CertificationsSection product_id />
                                            <BatchesSection product_id regions=regions.clone() />
                                        </div>
                                    }
                                });
                                view! {
                                    <ProductForm existing cooperative_id categories regions status_action />
                                    {tools}
                                    {batches}
                                }.into_any()
                            }
                            None => error_view(AppError::NotFound),
                        }
                    }
                    (Err(e), ..) | (_, Err(e), _) | (.., Err(e)) => error_view(e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ProductForm(
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

/// The product's certifications, with expiry warnings, and the form to declare one.
#[component]
pub fn CertificationsSection(product_id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let add = ServerAction::<AddCertification>::new();
    let error = Signal::derive(move || add.value().get().and_then(Result::err));
    let list = Resource::new(
        move || add.version().get(),
        move |_| fetch_certifications(product_id, i18n.locale.code().to_owned()),
    );
    // The schemes administrators offer now.
    let kinds = Resource::new(|| (), move |_| fetch_cert_kinds(i18n.locale.code().to_owned()));
    let star_options: Vec<(String, String)> = (3..=5).map(|n| (n.to_string(), "★".repeat(n))).collect();
    let level_options = vec![
        ("provincial".to_owned(), i18n.t("ocop-level-provincial")),
        ("national".to_owned(), i18n.t("ocop-level-national")),
    ];
    view! {
        <section class="card" aria-labelledby="certs-heading" data-testid="certifications-section">
            <h2 id="certs-heading">{i18n.t("certs-title")}</h2>
            <UploadNotice target=Some("scan") />
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let rows = list.await.unwrap_or_default();
                    (!rows.is_empty()).then(|| view! {
                        <ul class="plain-list">
                            {rows.into_iter().map(|c| view! {
                                <li data-status=c.status.as_str()>
                                    <strong>{c.kind_label.clone()}</strong>
                                    {c.stars.map(|s| format!(" {}", "★".repeat(s as usize)))}
                                    " · " {c.number.clone()}
                                    " · " {i18n.t(&format!("cert-status-{}", c.status))}
                                    {c.expires_on.map(|d| view! { " · " {i18n.t("cert-expires")} " " {crate::ui::pages::trace::format_day(d, i18n)} })}
                                    {c.has_scan.then(|| view! {
                                        " · " <a href=format!("/media/certifications/{}/scan", c.id) rel="external" target="_blank" data-testid="cert-scan">{i18n.t("cert-scan-view")}</a>
                                    })}
                                    {c.reason.clone().map(|r| view! { <p class="status-reason">{r}</p> })}
                                    {c.expires_soon.then(|| view! { <p class="note" data-testid="expiry-warning">{i18n.t("cert-expiry-warning")}</p> })}
                                    {(c.status == crate::domain::catalog::CertificationStatus::Pending).then(|| {
                                        let input_id = format!("cert-scan-{}", c.id);
                                        view! {
                                            <form class="inline-form upload-form" method="post" enctype="multipart/form-data"
                                                action=format!("/uploads/certifications/{}/scan", c.id) data-testid="cert-scan-upload">
                                                <input type="hidden" name="locale" value=i18n.locale.code() />
                                                <label for=input_id.clone()>{i18n.t(if c.has_scan { "cert-scan-replace" } else { "cert-scan-attach" })}</label>
                                                <input id=input_id type="file" name="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" required />
                                                <button type="submit" class="btn btn-ghost">{i18n.t("apply-upload")}</button>
                                            </form>
                                        }
                                    })}
                                </li>
                            }).collect_view()}
                        </ul>
                    })
                })}
            </Transition>
            <h3>{i18n.t("certs-new")}</h3>
            <ActionForm action=add attr:class="form" attr:novalidate=true>
                <FormAlert error />
                <input type="hidden" name="product_id" value=product_id.to_string() />
                <div class="field-row">
                    <Suspense fallback=|| ()>
                        {move || Suspend::new(async move {
                            let kind_options: Vec<(String, String)> = kinds
                                .await
                                .unwrap_or_default()
                                .into_iter()
                                .map(|k| (k.code, k.label))
                                .collect();
                            view! { <SelectField name="kind" group="fields" label=i18n.t("cert-field-kind") options=kind_options selected="ocop".to_owned() required=true error /> }
                        })}
                    </Suspense>
                    <Field name="number" group="fields" label=i18n.t("cert-field-number") required=true error />
                </div>
                <div class="field-row">
                    <SelectField name="stars" group="fields" label=i18n.t("cert-field-stars") options=star_options placeholder="—".to_owned() error />
                    <SelectField name="level" group="fields" label=i18n.t("cert-field-level") options=level_options placeholder="—".to_owned() error />
                </div>
                <div class="field-row">
                    <Field name="issued_on" group="fields" label=i18n.t("cert-field-issued-on") input_type="date" error />
                    <Field name="expires_on" group="fields" label=i18n.t("cert-field-expires-on") input_type="date" hint=i18n.t("cert-expiry-hint") error />
                </div>
                <button type="submit" class="btn btn-primary" data-testid="add-certification" disabled=move || add.pending().get()>
                    {i18n.t("certs-add")}
                </button>
            </ActionForm>
        </section>
    }
}

/// The outcome of a plain-form upload, carried back in the query; `target` tells apart the page's
/// upload forms (`for=…`), None being the photos.
#[component]
fn UploadNotice(target: Option<&'static str>) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    move || {
        let q = query.read();
        if q.get("for").as_deref() != target {
            return None;
        }
        if let Some(key) = q.get("upload_error") {
            let key = ErrorId::parse(&key).unwrap_or(ErrorId::BadRequest);
            Some(view! { <div class="form-alert" role="alert" data-testid="upload-error"><p>{i18n.t(key.as_str())}</p></div> }.into_any())
        } else {
            q.get("upload").map(|_| {
                view! { <p class="form-success" role="status">{i18n.t("apply-upload-done")}</p> }.into_any()
            })
        }
    }
}

/// The product's photos: upload (a plain form post), reorder, remove. The first is the cover.
#[component]
pub fn PhotosSection(product_id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let move_action = ServerAction::<MovePhoto>::new();
    let remove = ServerAction::<RemovePhoto>::new();
    let photos = Resource::new(
        move || (move_action.version().get(), remove.version().get()),
        move |_| fetch_seller_photos(product_id),
    );
    view! {
        <section class="card" aria-labelledby="photos-heading" data-testid="photos-section">
            <h2 id="photos-heading">{i18n.t("photos-title")}</h2>
            <p class="field-hint">{i18n.t("photos-hint")}</p>
            <UploadNotice target=None />
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let list = photos.await.unwrap_or_default();
                    let last = list.len().saturating_sub(1);
                    view! {
                        <ul class="photo-list" data-testid="photo-list">
                            {list.into_iter().enumerate().map(|(i, p)| {
                                let id = p.id;
                                view! {
                                    <li>
                                        {match p.smallest() {
                                            Some(src) => view! { <img src=src.to_owned() alt="" width="120" height="90" /> }.into_any(),
                                            None => view! { <span class="muted">{i18n.t("photos-processing")}</span> }.into_any(),
                                        }}
                                        {(i == 0).then(|| view! { <span class="badge">{i18n.t("photos-cover")}</span> })}
                                        <span class="photo-actions">
                                            <button type="button" class="linklike" disabled=i == 0
                                                on:click=move |_| { move_action.dispatch(MovePhoto { photo_id: id, up: true }); }>
                                                {i18n.t("photos-up")}
                                            </button>
                                            <button type="button" class="linklike" disabled=i == last
                                                on:click=move |_| { move_action.dispatch(MovePhoto { photo_id: id, up: false }); }>
                                                {i18n.t("photos-down")}
                                            </button>
                                            <button type="button" class="linklike danger"
                                                on:click=move |_| { remove.dispatch(RemovePhoto { photo_id: id }); }>
                                                {i18n.t("photos-remove")}
                                            </button>
                                        </span>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }
                })}
            </Transition>
            <form class="form upload-form" method="post" enctype="multipart/form-data"
                action=format!("/uploads/products/{product_id}/photos") data-testid="photo-upload">
                <input type="hidden" name="locale" value=i18n.locale.code() />
                <div class="field">
                    <label for="photo-file">{i18n.t("photos-file")}</label>
                    <input id="photo-file" type="file" name="file" accept=".jpg,.jpeg,.png,.webp,image/jpeg,image/png,image/webp" required />
                </div>
                <button type="submit" class="btn btn-ghost">{i18n.t("apply-upload")}</button>
            </form>
        </section>
    }
}

/// Preview, duplicate, and stock adjustments for an existing product.
#[component]
fn SellerTools(product: ProductEdit) -> impl IntoView {
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

#[component]
fn ImportReportView(r: crate::model::catalog::ImportReport) -> impl IntoView {
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

crate::page_island!(
    "backoffice",
    /// The SellerProducts page in the browser (loaded only on its route).
    SellerProductsIsland => SellerProductsPage
);
crate::page_island!(
    "backoffice",
    /// The Import page in the browser (loaded only on its route).
    ImportIsland => ImportPage
);
crate::page_island!(
    "backoffice",
    /// The ProductForm page in the browser (loaded only on its route).
    ProductFormIsland => ProductFormPage
);
crate::page_island!(
    "backoffice",
    /// The Labels page in the browser (loaded only on its route).
    LabelsIsland => LabelsPage
);
