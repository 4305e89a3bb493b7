//! The page's JSON API. Every answer is JSON; every refusal is a 4xx with `{"error": …}` saying
//! what was wrong, never a crash. Checks run off the I/O thread.

use super::draft::{self, DraftError, DraftRequest, FindingRef};
use super::files;
use super::guide_view::GuideView;
use super::AppState;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::json;
use std::sync::Arc;

/// A refusal: its status and the message the page shows.
pub struct ApiError(StatusCode, String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, Json(json!({ "error": self.1 }))).into_response()
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        let status = rejection.status();
        let message = match status {
            StatusCode::PAYLOAD_TOO_LARGE => {
                "the text is larger than this page accepts (see --max-body)".to_string()
            }
            StatusCode::UNSUPPORTED_MEDIA_TYPE => {
                "send JSON with the header Content-Type: application/json".to_string()
            }
            _ => format!(
                "not a request this page understands: {}",
                rejection.body_text()
            ),
        };
        ApiError(status, message)
    }
}

impl From<DraftError> for ApiError {
    fn from(err: DraftError) -> Self {
        let status = match err {
            DraftError::Stale => StatusCode::CONFLICT,
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        };
        ApiError(status, err.to_string())
    }
}

/// The guide, for the guide view and the channel and audience choices.
pub async fn guide(State(state): State<Arc<AppState>>) -> Response {
    let current = state.guide.current();
    Json(json!({
        "guide": GuideView::of(&current.guide, current.file.clone()),
        "error": current.error,
        "files": state.files.is_some(),
    }))
    .into_response()
}

/// Check a draft.
pub async fn check(
    State(state): State<Arc<AppState>>,
    request: Result<Json<DraftRequest>, JsonRejection>,
) -> Result<Response, ApiError> {
    let Json(request) = request?;
    let current = state.guide.current();
    let checked = off_thread(&state, move || draft::check(&current.guides, &request)).await??;
    Ok(Json(checked).into_response())
}

/// What `/api/fix` takes: the draft, and the finding to fix (none: every safe fix).
#[derive(Deserialize)]
pub struct FixRequest {
    #[serde(flatten)]
    draft: DraftRequest,
    #[serde(default)]
    finding: Option<FindingRef>,
}

pub async fn fix(
    State(state): State<Arc<AppState>>,
    request: Result<Json<FixRequest>, JsonRejection>,
) -> Result<Response, ApiError> {
    let Json(request) = request?;
    let current = state.guide.current();
    let fixed = off_thread(&state, move || match &request.finding {
        Some(which) => draft::fix_one(&current.guides, &request.draft, which),
        None => draft::fix_all_safe(&current.guides, &request.draft),
    })
    .await??;
    Ok(Json(fixed).into_response())
}

/// The content folder's files with their scores (`serve PATH`).
pub async fn files(State(state): State<Arc<AppState>>) -> Result<Response, ApiError> {
    let lister = state.files.clone().ok_or_else(no_folder)?;
    let current = state.guide.current();
    let rows = off_thread(&state, move || files::rows(&current.guides, &lister)).await?;
    Ok(Json(json!({ "files": rows })).into_response())
}

#[derive(Deserialize)]
pub struct FileQuery {
    path: String,
}

/// One listed file's text, for the check view: only a file the walk lists is read.
pub async fn file(
    State(state): State<Arc<AppState>>,
    query: Result<Query<FileQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(query) = query.map_err(|e| ApiError(StatusCode::BAD_REQUEST, e.body_text()))?;
    let lister = state.files.clone().ok_or_else(no_folder)?;
    let path = query.path.clone();
    let current = state.guide.current();
    let text = off_thread(&state, move || files::text(&current.guides, &lister, &path)).await?;
    match text {
        Some(text) => Ok(Json(json!({ "path": query.path, "text": text })).into_response()),
        None => Err(ApiError(
            StatusCode::NOT_FOUND,
            "no such file in the content folder".to_string(),
        )),
    }
}

fn no_folder() -> ApiError {
    ApiError(
        StatusCode::NOT_FOUND,
        "no content folder: start the page with `onmessage serve PATH`".to_string(),
    )
}

pub async fn not_found() -> ApiError {
    ApiError(StatusCode::NOT_FOUND, "no such page".to_string())
}

/// Run a check on the blocking pool, at most one per core at a time: the I/O thread keeps
/// answering, and a burst of requests cannot start a thread each.
async fn off_thread<T: Send + 'static>(
    state: &AppState,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, ApiError> {
    // The semaphore is never closed: a permit always comes.
    let _permit = state.workers.acquire().await.map_err(|_| {
        ApiError(
            StatusCode::SERVICE_UNAVAILABLE,
            "the page is shutting down".to_string(),
        )
    })?;
    tokio::task::spawn_blocking(work).await.map_err(|_| {
        ApiError(
            StatusCode::INTERNAL_SERVER_ERROR,
            "the check failed unexpectedly".to_string(),
        )
    })
}
