use guichet_domain::{Clock, FixedClock, Role};
use guichet_store::Db;
use guichet_web::{AppState, WebConfig};
use reqwest::cookie::{CookieStore, Jar};
use reqwest::StatusCode;
use std::sync::Arc;

pub const START: &str = "2026-03-02T09:00:00Z";

/// `START` in Unix seconds.
pub fn start_timestamp() -> i64 {
    chrono::DateTime::parse_from_rfc3339(START)
        .unwrap()
        .timestamp()
}

pub struct TestApp {
    pub base: String,
    pub db: Db,
    pub clock: Arc<FixedClock>,
    _dir: DbGuard,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(s) = self.shutdown.take() {
            let _ = s.send(());
        }
    }
}

/// A fresh, empty, migrated database on the backend chosen for this run.
/// What a test database leaves behind, removed when the test ends: the SQLite file's
/// folder, or the PostgreSQL database (dropped, so that repeated runs on a long-lived
/// development cluster do not fill its disk with thousands of test databases).
pub enum DbGuard {
    Sqlite(#[allow(dead_code)] tempfile::TempDir),
    Postgres {
        admin_url: String,
        name: String,
        /// The data folder that goes with the database (its access-log key).
        data: tempfile::TempDir,
    },
}

impl DbGuard {
    /// The data folder that goes with this database: the access log's key is there, so
    /// the `guichet` binary run on this database must be given it (`--data-dir`).
    pub fn data_dir(&self) -> &std::path::Path {
        match self {
            DbGuard::Sqlite(dir) => dir.path(),
            DbGuard::Postgres { data, .. } => data.path(),
        }
    }
}

/// Keys the access log of a test database as `guichet` does at start, with a key file in
/// the data folder that goes with it.
pub async fn adopt_log_key(db: &Db, guard: &DbGuard) {
    guichet::log_key::adopt(db, guard.data_dir(), start_timestamp())
        .await
        .expect("access log key");
}

impl Drop for DbGuard {
    fn drop(&mut self) {
        let DbGuard::Postgres {
            admin_url, name, ..
        } = self
        else {
            return;
        };
        let (admin_url, name) = (admin_url.clone(), name.clone());
        // Drop runs inside the test's runtime: do the async work on a thread of its own.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async {
                if let Ok(admin) = Db::connect(&admin_url).await {
                    // WITH (FORCE) ends the connections the test's pool still holds.
                    let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .execute(admin.pool())
                        .await;
                    admin.close().await;
                }
            });
        })
        .join();
    }
}

pub async fn test_db() -> (Db, DbGuard) {
    let (db, _, dir) = test_db_with_url().await;
    (db, dir)
}

/// The same, with its URL (for running the `guichet` binary on it).
pub async fn test_db_with_url() -> (Db, String, DbGuard) {
    let (db, url, guard) = test_db_unkeyed().await;
    adopt_log_key(&db, &guard).await;
    (db, url, guard)
}

/// The same, before the access log's key is given (as a database is before its first start).
pub async fn test_db_unkeyed() -> (Db, String, DbGuard) {
    let backend = std::env::var("GUICHET_TEST_DATABASE").unwrap_or_else(|_| "sqlite".into());
    match backend.as_str() {
        "sqlite" => {
            let dir = tempfile::tempdir().expect("temp dir");
            let url = format!("sqlite://{}", dir.path().join("test.sqlite").display());
            (
                Db::connect_and_migrate(&url).await.expect("sqlite"),
                url,
                DbGuard::Sqlite(dir),
            )
        }
        "postgres" => {
            let base = std::env::var("GUICHET_TEST_DATABASE_URL")
                .expect("GUICHET_TEST_DATABASE=postgres needs GUICHET_TEST_DATABASE_URL");
            let admin = Db::connect(&base).await.expect("postgres server");
            let name = format!("t_{}", &guichet_store::new_token()[..16]);
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(admin.pool())
                .await
                .expect("create test database");
            admin.close().await;
            let (prefix, _) = base.rsplit_once('/').expect("database URL with a path");
            let url = format!("{prefix}/{name}");
            (
                Db::connect_and_migrate(&url).await.expect("postgres"),
                url,
                DbGuard::Postgres {
                    admin_url: base,
                    name,
                    data: tempfile::tempdir().expect("temp dir"),
                },
            )
        }
        other => panic!("unknown GUICHET_TEST_DATABASE={other}"),
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(false).await
}

/// Starts the real router on a random port. `secure_cookies = false` is the plain-HTTP
/// loopback mode; the demo data is loaded.
pub async fn spawn_app_with(secure_cookies: bool) -> TestApp {
    spawn_app_limited(secure_cookies, Default::default()).await
}

/// The same with the server's own timeouts and caps set (slow clients, rate limits).
pub async fn spawn_app_limited(secure_cookies: bool, limits: guichet_web::Limits) -> TestApp {
    let (db, dir) = test_db().await;
    let start = chrono::DateTime::parse_from_rfc3339(START)
        .unwrap()
        .to_utc();
    let clock = Arc::new(FixedClock::new(start));
    guichet::demo::seed(&db, clock.now().timestamp())
        .await
        .expect("demo data");
    let state = AppState::new(
        db.clone(),
        clock.clone(),
        WebConfig {
            secure_cookies,
            behind_proxy: false,
            limits,
        },
    )
    .await
    .expect("state");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(guichet_web::serve(state, listener, async {
        let _ = rx.await;
    }));
    TestApp {
        base,
        db,
        clock,
        _dir: dir,
        shutdown: Some(tx),
    }
}

pub fn password_of(role: Role) -> (&'static str, &'static str) {
    let (_, u, p, _) = guichet::demo::ACCOUNTS
        .iter()
        .find(|a| a.0 == role)
        .unwrap();
    (u, p)
}

/// A browser: its own cookie jar, no automatic redirects.
pub struct Browser {
    pub base: String,
    pub jar: Arc<Jar>,
    pub client: reqwest::Client,
    pub csrf: String,
}

pub fn csrf_in(html: &str) -> String {
    html.split("name=\"csrf_token\" value=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap_or_default()
        .to_owned()
}

impl TestApp {
    pub fn browser(&self) -> Browser {
        let jar = Arc::new(Jar::default());
        let client = reqwest::Client::builder()
            .cookie_provider(jar.clone())
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Browser {
            base: self.base.clone(),
            jar,
            client,
            csrf: String::new(),
        }
    }

    pub async fn signed_in(&self, role: Role) -> Browser {
        let mut b = self.browser();
        let (u, p) = password_of(role);
        let res = b.sign_in(u, p).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "sign-in of {u}");
        b.refresh_csrf("/account").await;
        b
    }

    /// The test clock's time in Unix seconds.
    pub fn now(&self) -> i64 {
        self.clock.now().timestamp()
    }

    pub fn advance(&self, minutes: i64) {
        self.clock.advance(chrono::Duration::minutes(minutes));
    }
}

impl Browser {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap()
    }

    pub async fn html(&self, path: &str) -> (StatusCode, String) {
        let r = self.get(path).await;
        (r.status(), r.text().await.unwrap())
    }

    /// Reads the CSRF token from a page's form.
    pub async fn refresh_csrf(&mut self, path: &str) {
        let (_, html) = self.html(path).await;
        self.csrf = csrf_in(&html);
        assert!(!self.csrf.is_empty(), "no form token on {path}");
    }

    /// Sends a form with this browser's CSRF token added.
    pub async fn post(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        let mut fields: Vec<(&str, &str)> = form.to_vec();
        fields.push(("csrf_token", &self.csrf));
        self.client
            .post(format!("{}{path}", self.base))
            .form(&fields)
            .send()
            .await
            .unwrap()
    }

    pub async fn sign_in(&mut self, username: &str, password: &str) -> reqwest::Response {
        self.refresh_csrf("/login").await;
        self.post("/login", &[("username", username), ("password", password)])
            .await
    }

    /// The session cookie's value, if any.
    pub fn session_cookie(&self) -> Option<String> {
        let url = self.base.parse().unwrap();
        let header = self.jar.cookies(&url)?;
        header
            .to_str()
            .ok()?
            .split("; ")
            .find_map(|kv| kv.strip_prefix("guichet_session=").map(str::to_owned))
    }
}

/// The id of the first person file a page links to (a search result, the home list).
pub fn first_person_link(html: &str) -> String {
    html.split("href=\"/persons/")
        .skip(1)
        .find(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        .and_then(|rest| rest.split(['"', '?']).next())
        .expect("a link to a person file")
        .to_owned()
}

/// The id of the first file found by a search at the desk (`q` as typed in the URL).
pub async fn find_person(b: &Browser, q: &str) -> String {
    let (_, html) = b.html(&format!("/persons?q={q}")).await;
    first_person_link(&html)
}

pub fn location(r: &reqwest::Response) -> String {
    r.headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// The text of a PDF, through pdftotext (poppler-utils, installed by scripts/test).
pub fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("file.pdf");
    std::fs::write(&f, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg(&f)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by scripts/test");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

async fn id_named(app: &TestApp, sql: &str, name: &str) -> i64 {
    sqlx::query_scalar::<_, i64>(sql)
        .bind(name.to_owned())
        .fetch_one(app.db.pool())
        .await
        .unwrap()
}

/// The id of the demo account `username`.
pub async fn user_id(app: &TestApp, username: &str) -> i64 {
    id_named(app, "SELECT id FROM users WHERE username = $1", username).await
}

/// The id of the demo team `name`.
pub async fn team_id(app: &TestApp, name: &str) -> i64 {
    id_named(app, "SELECT id FROM teams WHERE name = $1", name).await
}
