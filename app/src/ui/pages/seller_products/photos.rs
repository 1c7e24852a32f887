//! The product's photos: upload (a plain form post), reorder, remove. The first is the cover.

use super::UploadNotice;
use crate::api::catalog::{fetch_seller_photos, MovePhoto, RemovePhoto};
use crate::i18n::use_i18n;
use leptos::prelude::*;

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
