//! Search server functions: the search page and the header's suggestions.

use crate::domain::search::SearchParams;
use crate::error::AppError;
use crate::model::search::*;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::api::locale as to_locale;

/// A page of search results with facet counts.
#[server(endpoint = "search/page")]
pub async fn fetch_search(params: SearchParams, locale: String) -> Result<SearchPageView, AppError> {
    let state = crate::backend::state()?;
    let request = params.check(to_locale(&locale))?;
    crate::backend::search::service::page(&state.db, &state.search, &request).await
}

/// Up to six products for what has been typed so far.
#[server(endpoint = "search/suggest")]
pub async fn suggest(q: String, locale: String) -> Result<Vec<Suggestion>, AppError> {
    let state = crate::backend::state()?;
    let params = SearchParams {
        q: Some(q),
        ..Default::default()
    };
    let request = params.check(to_locale(&locale))?;
    crate::backend::search::service::suggestions(&state.db, &state.search, &request).await
}
