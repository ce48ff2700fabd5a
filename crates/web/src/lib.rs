//! The HTTP layer of guichet: server-rendered pages, sessions, CSRF protection and
//! security headers. No page needs JavaScript.

pub mod auth;
pub mod charts;
pub mod ctx;
pub mod fields;
pub mod forms;
pub mod fridge;
pub mod handlers;
/// The words (Fluent catalogues, dates and hours in words), from `guichet-words`.
pub mod i18n {
    pub use guichet_words::{I18n, Tr, SOURCES};
}
pub mod middleware;
pub mod password;
pub mod present;
pub mod printing;
pub mod rate;
pub mod reports;
pub mod routes;
pub mod static_files;
pub mod threads;
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
    /// Timeouts and caps of the server itself.
    pub limits: Limits,
}

/// What a slow or greedy client may take of the server (`[server]` in the configuration).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// A request's headers must arrive within this time; a connection waiting for its
    /// next request is closed after it too (keep-alive idle).
    pub header_timeout: std::time::Duration,
    /// A form's body must arrive within this time (408 otherwise).
    pub body_timeout: std::time::Duration,
    /// Connections served at once; more wait in the system's queue until one ends.
    /// Keep it under the process's file limit (`ulimit -n`, `LimitNOFILE=`).
    pub max_connections: usize,
    /// Requests a minute per account to a costly route (PDFs, exports, searches) before
    /// 429 with `Retry-After`.
    pub costly_per_minute: u32,
    /// Requests a minute per client address to a route reached by a token (the calendar
    /// feed, the one-time password link).
    pub public_per_minute: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            header_timeout: std::time::Duration::from_secs(10),
            body_timeout: std::time::Duration::from_secs(30),
            max_connections: 512,
            costly_per_minute: 60,
            public_per_minute: 20,
        }
    }
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
    /// Requests counted on costly and public routes.
    pub rates: Arc<rate::Limiter>,
    /// Directory imports being applied: (done, total) by import number, for the page that
    /// refreshes itself.
    pub import_progress: Arc<std::sync::Mutex<std::collections::HashMap<i64, (usize, usize)>>>,
}

impl AppState {
    /// The application layer's view of this state: the database, the clock, the words.
    pub fn desk(&self) -> guichet_desk::Desk {
        guichet_desk::Desk::new(self.db.clone(), self.clock.clone(), self.i18n.clone())
    }

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
            rates: Arc::new(rate::Limiter::default()),
            import_progress: Arc::default(),
        })
    }

    pub fn now(&self) -> i64 {
        self.clock.now().timestamp()
    }
}

/// Serves until `shutdown` resolves, then lets requests in flight finish.
///
/// Each connection must send a request's headers within `limits.header_timeout`, also
/// while idle between requests; at most `limits.max_connections` are served at once (the
/// next ones wait in the listen queue), so slow clients cannot hold every file descriptor.
pub async fn serve(
    state: AppState,
    listener: tokio::net::TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
    use hyper_util::server::conn::auto::Builder;
    use hyper_util::service::TowerToHyperService;
    use tower::Service;

    let limits = state.config.limits;
    let app = routes::router(state.clone());
    let maintenance = tokio::spawn(middleware::session_sweeper(state));
    let mut make = app.into_make_service_with_connect_info::<SocketAddr>();
    let permits = Arc::new(tokio::sync::Semaphore::new(limits.max_connections.max(1)));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut builder = Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout);
    let builder = builder.http1_only();
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            p = permits.clone().acquire_owned() => p?,
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(v) => v,
                Err(e) => {
                    // Out of file descriptors and the like: wait a little, keep serving.
                    tracing::warn!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Ok(tower) = make.call(peer).await;
        let conn = builder
            .serve_connection_with_upgrades(TokioIo::new(stream), TowerToHyperService::new(tower));
        let conn = graceful.watch(conn.into_owned());
        tokio::spawn(async move {
            // A client that went away or timed out: nothing to report.
            let _ = conn.await;
            drop(permit);
        });
    }
    drop(listener);
    graceful.shutdown().await;
    maintenance.abort();
    Ok(())
}
