//! Views without person data: teams (coordinators) and the access-rights review (DPO).

use super::unavailable;
use crate::ctx::Ctx;
use crate::views::{render, Page};
use crate::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use guichet_store::org::{self, Team};
use guichet_store::users::{self, UserView};

#[derive(Template)]
#[template(path = "teams.html")]
struct TeamsTpl {
    p: Page,
    teams: Vec<Team>,
}

pub async fn teams(State(state): State<AppState>, ctx: Ctx) -> Response {
    match org::list_teams(&state.db).await {
        Ok(teams) => render(
            StatusCode::OK,
            &TeamsTpl {
                p: Page::new(&ctx, "teams-title"),
                teams,
            },
        ),
        Err(e) => unavailable(&ctx, e),
    }
}

#[derive(Template)]
#[template(path = "access_rights.html")]
struct AccessTpl {
    p: Page,
    users: Vec<UserView>,
    teams: Vec<Team>,
}

impl AccessTpl {
    fn team_names(&self, u: &UserView) -> String {
        self.teams
            .iter()
            .filter(|t| u.teams.contains(&t.id))
            .map(Team::label)
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn sees_persons(&self, u: &UserView) -> bool {
        !u.disabled
            && guichet_domain::Actor {
                user_id: u.id,
                roles: u.roles,
                teams: u.teams.clone(),
                break_glass: Vec::new(),
            }
            .person_access()
                != guichet_domain::PersonAccess::None
    }
}

/// Who holds which role in which team, and whether that gives access to person files.
pub async fn access_rights(State(state): State<AppState>, ctx: Ctx) -> Response {
    match (
        users::list(&state.db).await,
        org::list_teams(&state.db).await,
    ) {
        (Ok(users), Ok(teams)) => render(
            StatusCode::OK,
            &AccessTpl {
                p: Page::new(&ctx, "access-title"),
                users,
                teams,
            },
        ),
        (Err(e), _) | (_, Err(e)) => unavailable(&ctx, e),
    }
}
