//! Reported products: hide one (with a reason) or show it again.

use crate::api::moderation::{fetch_reports, DismissReport, HideProduct, RestoreProduct};
use crate::error::AppError;
use crate::i18n::{format_date, use_i18n};
use crate::ui::forms::FormAlert;
use crate::ui::outcome::error_view;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn ModerationPage() -> impl IntoView {
    let i18n = use_i18n();
    let hide = ServerAction::<HideProduct>::new();
    let restore = ServerAction::<RestoreProduct>::new();
    let dismiss = ServerAction::<DismissReport>::new();
    let data = Resource::new(
        move || {
            (
                hide.version().get(),
                restore.version().get(),
                dismiss.version().get(),
            )
        },
        move |_| fetch_reports(i18n.locale.code().to_owned()),
    );
    let error: Signal<Option<AppError>> = Signal::derive(move || {
        hide.value()
            .get()
            .and_then(Result::err)
            .or_else(|| restore.value().get().and_then(Result::err))
    });
    view! {
        <Title text=i18n.t("moderation-title") />
        <Meta name="robots" content="noindex" />
        <section class="container" data-testid="moderation">
            <h1>{i18n.t("moderation-title")}</h1>
            <FormAlert error />
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(rows) if rows.is_empty() => view! { <p>{i18n.t("moderation-none")}</p> }.into_any(),
                        Ok(rows) => view! {
                            <table class="table">
                                <thead><tr>
                                    <th scope="col">{i18n.t("cart-product")}</th>
                                    <th scope="col">{i18n.t("orders-cooperative")}</th>
                                    <th scope="col">{i18n.t("orders-reason")}</th>
                                    <th scope="col">{i18n.t("orders-date")}</th>
                                    <th scope="col"><span class="visually-hidden">{i18n.t("moderation-actions")}</span></th>
                                </tr></thead>
                                <tbody>
                                    {rows.into_iter().map(|r| {
                                        let id = r.product_id.to_string();
                                        let reason_id = format!("hide-reason-{}-{}", r.product_id, r.report_id.unwrap_or_default());
                                        view! {
                                            <tr data-testid="moderation-row">
                                                <td><a href=i18n.href(&format!("/products/{}", r.product_slug))>{r.product_name.clone()}</a>
                                                    {r.hidden.then(|| view! { " " <span class="badge status-cancelled">{i18n.t("moderation-hidden")}</span> })}</td>
                                                <td>{r.cooperative_name.clone()}</td>
                                                <td>{r.reason.clone()}</td>
                                                <td>{format_date(r.at, i18n.locale)}</td>
                                                <td>
                                                    {if r.hidden {
                                                        view! {
                                                            <ActionForm action=restore attr:class="inline-form">
                                                                <input type="hidden" name="product_id" value=id.clone() />
                                                                <button type="submit" class="btn btn-ghost" data-testid="restore">{i18n.t("moderation-restore")}</button>
                                                            </ActionForm>
                                                        }.into_any()
                                                    } else {
                                                        view! {
                                                            <ActionForm action=hide attr:class="inline-form">
                                                                <input type="hidden" name="product_id" value=id.clone() />
                                                                <label class="visually-hidden" for=reason_id.clone()>{i18n.t("orders-reason")}</label>
                                                                <input id=reason_id name="reason" maxlength="500" placeholder=i18n.t("orders-reason") />
                                                                <button type="submit" class="btn btn-primary" data-testid="hide">{i18n.t("moderation-hide")}</button>
                                                            </ActionForm>
                                                        }.into_any()
                                                    }}
                                                    {r.report_id.map(|rid| view! {
                                                        <ActionForm action=dismiss attr:class="inline-form">
                                                            <input type="hidden" name="report_id" value=rid.to_string() />
                                                            <button type="submit" class="btn btn-ghost">{i18n.t("moderation-dismiss")}</button>
                                                        </ActionForm>
                                                    })}
                                                </td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        }.into_any(),
                        Err(e) => error_view(e),
                    }
                })}
            </Suspense>
        </section>
    }
}
