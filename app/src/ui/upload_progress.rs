//! Sends a plain upload form with XMLHttpRequest once the page is hydrated, so the seller sees how
//! much of a large file has gone up and then that the server is working on it. Without JavaScript
//! the form posts as usual; either way the server answers with a redirect to the outcome's page.

use leptos::prelude::*;

/// Where an upload stands. (Only the browser build moves past `Idle`.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
pub enum UploadPhase {
    Idle,
    /// Percent of the file sent.
    Sending(u8),
    /// Sent; the server is checking (or importing) it.
    Processing,
    Failed,
}

impl UploadPhase {
    pub fn busy(self) -> bool {
        matches!(self, UploadPhase::Sending(_) | UploadPhase::Processing)
    }
}

/// `on:submit` handler: takes the form over and reports progress through `phase`.
pub fn send_with_progress(ev: leptos::ev::SubmitEvent, phase: RwSignal<UploadPhase>) {
    #[cfg(feature = "hydrate")]
    browser::send(ev, phase);
    #[cfg(not(feature = "hydrate"))]
    let _ = (ev, phase);
}

#[cfg(feature = "hydrate")]
mod browser {
    use super::UploadPhase;
    use leptos::prelude::*;
    use leptos::wasm_bindgen::{closure::Closure, JsCast};

    pub fn send(ev: web_sys::SubmitEvent, phase: RwSignal<UploadPhase>) {
        let Some(form) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
        else {
            return;
        };
        let Ok(data) = web_sys::FormData::new_with_form(&form) else {
            return;
        };
        // The button pressed carries `mode`; a FormData built from the form alone leaves it out.
        if let Some(button) = ev
            .submitter()
            .and_then(|b| b.dyn_into::<web_sys::HtmlButtonElement>().ok())
        {
            let name = button.name();
            if !name.is_empty() {
                let _ = data.append_with_str(&name, &button.value());
            }
        }
        let Ok(xhr) = web_sys::XmlHttpRequest::new() else {
            return;
        };
        if xhr.open("POST", &form.action()).is_err() {
            return;
        }
        // From here on the request is ours; if anything below fails the seller is told.
        ev.prevent_default();
        phase.set(UploadPhase::Sending(0));
        if let Ok(upload) = xhr.upload() {
            let on_progress =
                Closure::<dyn FnMut(web_sys::ProgressEvent)>::new(move |e: web_sys::ProgressEvent| {
                    if e.length_computable() && e.total() > 0.0 {
                        let pct = (e.loaded() / e.total() * 100.0).clamp(0.0, 100.0) as u8;
                        phase.set(if pct >= 100 {
                            UploadPhase::Processing
                        } else {
                            UploadPhase::Sending(pct)
                        });
                    }
                });
            upload.set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
            on_progress.forget();
        }
        let request = xhr.clone();
        let on_load = Closure::<dyn FnMut()>::new(move || {
            // The redirect was followed: show the page it led to (the report, or the error).
            let url = request.response_url();
            match web_sys::window() {
                Some(w) if request.status().unwrap_or(0) == 200 && !url.is_empty() => {
                    let _ = w.location().assign(&url);
                }
                _ => phase.set(UploadPhase::Failed),
            }
        });
        xhr.set_onload(Some(on_load.as_ref().unchecked_ref()));
        on_load.forget();
        let on_error = Closure::<dyn FnMut()>::new(move || phase.set(UploadPhase::Failed));
        xhr.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        on_error.forget();
        if xhr.send_with_opt_form_data(Some(&data)).is_err() {
            phase.set(UploadPhase::Failed);
        }
    }
}

/// A progress bar and line for `phase`; `processing_key` names what the server is doing.
#[component]
pub fn UploadProgress(phase: RwSignal<UploadPhase>, processing_key: &'static str) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    move || match phase.get() {
        UploadPhase::Idle => ().into_any(),
        UploadPhase::Sending(pct) => view! {
            <div class="upload-progress" role="status" data-testid="upload-progress">
                <progress max="100" value=pct.to_string()></progress>
                <span>{i18n.t_with("upload-sending", &[("percent", (pct as i64).into())])}</span>
            </div>
        }
        .into_any(),
        UploadPhase::Processing => view! {
            <div class="upload-progress" role="status" data-testid="upload-progress">
                <progress></progress>
                <span>{i18n.t(processing_key)}</span>
            </div>
        }
        .into_any(),
        UploadPhase::Failed => view! {
            <div class="form-alert" role="alert"><p>{i18n.t("upload-failed")}</p></div>
        }
        .into_any(),
    }
}
