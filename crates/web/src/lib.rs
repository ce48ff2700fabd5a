//! The HTTP layer of guichet: server-rendered pages, sessions, CSRF protection and
//! security headers. No page needs JavaScript.

pub mod auth;
pub mod ctx;
pub mod fields;
pub mod forms;
pub mod handlers;
pub mod i18n;
pub mod middleware;
pub mod password;
pub mod routes;
pub mod static_files;
pub mod views;

use guichet_domain::Clock;
use guichet_store::Db;
use std::net::SocketAddr;
use std::sync::Arc;

/// Settings of the web layer.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Cookies carry `Secure` and the `__Host-` prefix. Turned off only when serving
    /// plain HTTP on a loopback address.
    pub secure_cookies: bool,
    /// Take the client address from the last `X-Forwarded-For` entry (behind a
    /// reverse proxy on the same machine).
    pub behind_proxy: bool,
}

/// Shared by every request.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub clock: Arc<dyn Clock>,
    pub config: Arc<WebConfig>,
    pub i18n: Arc<i18n::I18n>,
    pub passwords: Arc<password::Hasher>,
    pub throttle_key: Arc<str>,
    /// The domain of this installation's calendar UIDs (`appointment-12@<domain>`).
    pub calendar_domain: Arc<str>,
}

impl AppState {
    pub async fn new(db: Db, clock: Arc<dyn Clock>, config: WebConfig) -> anyhow::Result<Self> {
        let throttle_key = guichet_store::throttle::installation_key(&db).await?;
        let passwords = tokio::task::spawn_blocking(password::Hasher::new).await??;
        Ok(Self {
            db,
            clock,
            config: Arc::new(config),
            i18n: Arc::new(i18n::I18n::load()?),
            passwords: Arc::new(passwords),
            calendar_domain: guichet_store::calendar::uid_domain_of(&throttle_key).into(),
            throttle_key: throttle_key.into(),
        })
    }

    pub fn now(&self) -> i64 {
        self.clock.now().timestamp()
    }
}

/// Serves until `shutdown` resolves, then lets requests in flight finish.
pub async fn serve(
    state: AppState,
    listener: tokio::net::TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let app = routes::router(state.clone());
    let maintenance = tokio::spawn(middleware::session_sweeper(state));
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await?;
    maintenance.abort();
    Ok(())
}
