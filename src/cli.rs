//! Subcommands of the `guichet` binary.

use crate::config::{redact, sqlite_url, Options, Settings};
use crate::demo;
use anyhow::{bail, Context};
use clap::{Parser, Subcommand};
use guichet_domain::user::{DisplayName, NewPassword, Username};
use guichet_domain::{Clock, Role, RoleSet, SystemClock};
use guichet_outputs::email::Mailer;
use guichet_outputs::sms::SmsGateway;
use guichet_outputs::worker::Worker;
use guichet_store::migrate::BeforeUpgrade;
use guichet_store::{migrate, outbox, retention, users, Backend, Db};
use guichet_web::{AppState, WebConfig};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

#[derive(Parser)]
#[command(
    name = "guichet",
    version,
    about = "An inclusive front desk for social, health and public services"
)]
struct Cli {
    #[command(flatten)]
    options: Options,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the server.
    Serve,
    /// Create (or reuse) a demo database with fictional data and serve it.
    Demo {
        /// Run the demo on the instant written in FILE (RFC 3339) instead of the system
        /// clock, from there at the speed of real time; writing another instant moves it
        /// (to rehearse what depends on the hour, e.g. working hours). Demo only.
        #[arg(long, value_name = "FILE")]
        clock_file: Option<PathBuf>,
    },
    /// Bring the database schema up to date, then exit. Before an existing database's
    /// schema changes, a copy is kept (SQLite: next to the file; PostgreSQL: a pg_dump
    /// into the data folder when pg_dump is installed).
    Migrate {
        /// Upgrade without that copy (you made one yourself, e.g. on another disk).
        #[arg(long)]
        no_copy: bool,
    },
    /// Write a consistent copy of the database to DEST while guichet keeps running
    /// (SQLite: a database file; PostgreSQL: a pg_dump archive in custom format).
    /// DEST must not exist. Copy it off the machine with the files of the data folder.
    Backup {
        /// The new file, e.g. /mnt/backup/guichet-2026-03-02.sqlite
        dest: std::path::PathBuf,
    },
    /// Put a copy made by `guichet backup` back as the configured database. Stop guichet
    /// first; a database already there is replaced only with --force.
    Restore {
        /// The copy: an SQLite file, or a pg_dump archive for PostgreSQL.
        src: std::path::PathBuf,
        /// Replace the database that is there (SQLite: it is kept beside it, renamed).
        #[arg(long)]
        force: bool,
    },
    /// Create an administrator account.
    CreateAdmin {
        /// Sign-in name, e.g. j.vermeulen
        #[arg(long)]
        username: String,
        /// Full name shown to colleagues
        #[arg(long)]
        name: String,
        /// Read the password from the first line of standard input instead of asking.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Check the configuration and the database, print the settings in force (no secrets).
    CheckConfig,
    /// Apply the retention rules now: anonymise closed files, remove old access-log
    /// entries, clear old messages and walk-in labels. Prints counts only.
    Purge {
        /// Only tell what would go, change nothing (the dry run is recorded).
        #[arg(long)]
        dry_run: bool,
    },
    /// Check that no access-log entry was changed, removed or added outside guichet, with
    /// the data folder's access-log key (exit code 0 if the log is intact, 1 otherwise).
    VerifyLog {
        /// Also check a head written earlier by `guichet log-head`: the log must still hold
        /// that entry unchanged, or a purge must have removed it.
        #[arg(long, value_name = "FILE")]
        head: Option<PathBuf>,
    },
    /// Print the access log's newest entry signed with the key, to keep off this machine
    /// (`guichet verify-log --head FILE` later shows whether entries were cut since).
    LogHead,
    /// Fill an empty database with a generated, fictional benchmark dataset.
    BenchData {
        #[arg(long, value_enum)]
        size: crate::bench_data::Size,
        #[arg(long, default_value_t = 2026)]
        seed: u64,
        /// Add the dataset even though the database already has person files.
        #[arg(long)]
        force: bool,
    },
    /// Load benchmark: signed-in staff sessions running the desk's usual pages against a
    /// running server (accounts from `bench-data`).
    Bench(crate::bench::Args),
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logs();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("guichet: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("guichet: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_logs() {
    use tracing_subscriber::EnvFilter;
    let filter =
        EnvFilter::try_from_env("GUICHET_LOG").unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()));
    if std::env::var("GUICHET_LOG_FORMAT").is_ok_and(|f| f == "json") {
        builder.json().init();
    } else {
        builder.init();
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let mut settings = Settings::load(&cli.options)?;
    match cli.command {
        Command::Serve => {
            settings.check_plain_http()?;
            let db = open(&settings).await?;
            serve(settings, db, Arc::new(SystemClock)).await
        }
        Command::Demo { clock_file } => {
            let clock: Arc<dyn Clock> = match clock_file {
                Some(path) => Arc::new(
                    crate::demo_clock::FileClock::open(path.clone())
                        .with_context(|| format!("--clock-file {}", path.display()))?,
                ),
                None => Arc::new(SystemClock),
            };
            let own_file = !settings.database_url_explicit;
            if own_file {
                settings.database_url = sqlite_url(&settings.data_dir, "demo.sqlite");
            }
            // Trying the demo in a local browser over plain HTTP is the point.
            if !settings.plain_http_explicit && settings.bind.ip().is_loopback() {
                settings.plain_http = true;
            }
            settings.check_plain_http()?;
            if own_file {
                build_demo_file(&settings, clock.now().timestamp()).await?;
            }
            let db = open(&settings).await?;
            match demo::state(&db).await? {
                demo::DemoState::Complete => {}
                demo::DemoState::Empty => {
                    println!("Creating the demo data (fictional)…");
                    demo::seed_all(&db, clock.now().timestamp()).await?;
                }
                // The demo's own file is only ever moved into place complete: one without
                // the mark was made by an earlier guichet, before the mark existed.
                demo::DemoState::Interrupted if own_file => {}
                demo::DemoState::Interrupted => bail!(
                    "this demo database was only partly filled (an earlier start was interrupted): \
                     empty it (or drop and create it again) and start again"
                ),
            }
            println!("guichet demo — fictional data, for trying guichet only");
            println!("URL: http://{}/", settings.bind);
            println!("Demo accounts (role: username / password):");
            for (role, username, password, _) in demo::ACCOUNTS {
                println!("  {}: {username} / {password}", role.code());
            }
            serve(settings, db, clock).await
        }
        Command::Migrate { no_copy } => {
            let db = open_with(&settings, !no_copy).await?;
            println!(
                "Database schema is at version {}.",
                migrate::current_version(&db).await?
            );
            Ok(())
        }
        Command::CreateAdmin {
            username,
            name,
            password_stdin,
        } => {
            let db = open(&settings).await?;
            create_admin(&db, &username, &name, password_stdin).await
        }
        Command::CheckConfig => check_config(&settings).await,
        Command::Backup { dest } => {
            crate::backup::backup(&settings.database_url, &settings.data_dir, &dest).await
        }
        Command::Restore { src, force } => {
            crate::backup::restore(&settings.database_url, &settings.data_dir, &src, force).await
        }
        Command::Purge { dry_run } => {
            let db = open(&settings).await?;
            purge(&db, dry_run).await
        }
        Command::VerifyLog { head } => {
            let db = open(&settings).await?;
            verify_log(&db, head.as_deref()).await
        }
        Command::LogHead => {
            let db = open(&settings).await?;
            let head =
                guichet_store::access_log::signed_head(&db, SystemClock.now().timestamp()).await?;
            print!("{}", head.to_text());
            Ok(())
        }
        Command::BenchData { size, seed, force } => {
            let db = open(&settings).await?;
            let s = crate::bench_data::generate(&db, size, seed, force).await?;
            println!(
                "Generated {} persons, {} requests, {} notes, {} appointments, {} staff in {:.1} s.",
                s.persons, s.requests, s.notes, s.appointments, s.staff, s.seconds
            );
            println!(
                "Staff accounts ({} … {}) share the password {}",
                s.usernames.first().map_or("", String::as_str),
                s.usernames.last().map_or("", String::as_str),
                crate::bench_data::PASSWORD
            );
            println!(
                "{} directory services written in {:.1} s (through the ordinary import).",
                s.directory_services, s.directory_seconds
            );
            Ok(())
        }
        Command::Bench(args) => crate::bench::run(args).await,
    }
}

/// Checks the access log's keyed chain (and a head kept elsewhere); an error naming the
/// first break.
async fn verify_log(db: &Db, head_file: Option<&Path>) -> anyhow::Result<()> {
    use guichet_store::access_log::{self, Break, HeadCheck, SignedHead};
    let report = access_log::verify(db).await.map_err(|e| match e {
        guichet_store::StoreError::WrongLogKey => anyhow::anyhow!(
            "the access-log key of this data folder is not the one the log was written with: \
             the log cannot be checked with it"
        ),
        e => e.into(),
    })?;
    for m in &report.moves {
        let when = chrono::DateTime::from_timestamp(m.at, 0)
            .map(|d| d.format("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_default();
        match m.kind.as_str() {
            "keyed" => println!("Keyed on {when} ({} entries then).", m.entries),
            _ => println!(
                "Purged on {when}: {} entries, up to entry {} (retention rules).",
                m.entries, m.last_id
            ),
        }
    }
    if let Some(id) = report.broken_before_keying {
        println!(
            "Warning: before it was keyed, the log's unkeyed chain was already broken at entry {id}."
        );
    }
    match report.broken {
        None => {}
        Some(Break::Changed { id }) => bail!(
            "the access log was tampered with: entry {id} was changed after it was written"
        ),
        Some(Break::Unlinked { id }) => bail!(
            "the access log was tampered with: the chain breaks at entry {id} (an entry just before it was removed, or this one was added outside guichet)"
        ),
        Some(Break::Trimmed { first_id: Some(id) }) => bail!(
            "the access log was tampered with: the oldest entries, before entry {id}, were removed without a purge (or the record of a purge was removed)"
        ),
        Some(Break::Trimmed { first_id: None }) => bail!(
            "the access log was tampered with: its entries were removed without a purge (or the record of a purge was removed)"
        ),
        Some(Break::Anchors { id: Some(id) }) => bail!(
            "the access log was tampered with: the record {id} of its keying and purges was changed, removed or added"
        ),
        Some(Break::Anchors { id: None }) => bail!(
            "the access log was tampered with: the records of its keying and purges were removed"
        ),
        Some(Break::Head { last_id: Some(id) }) => bail!(
            "the access log was tampered with: the newest entries after entry {id} were removed or added outside guichet"
        ),
        Some(Break::Head { last_id: None }) => bail!(
            "the access log was tampered with: its entries were removed"
        ),
    }
    if let Some(file) = head_file {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read {}", file.display()))?;
        let head = SignedHead::parse(&text).with_context(|| {
            format!(
                "{} is not a head written by guichet log-head",
                file.display()
            )
        })?;
        match access_log::check_head(db, &head).await? {
            HeadCheck::Found => println!(
                "The head kept in {} (entry {}) is in the log, unchanged.",
                file.display(),
                head.entry
            ),
            HeadCheck::Purged => println!(
                "The head kept in {} (entry {}) was removed by a purge on record.",
                file.display(),
                head.entry
            ),
            HeadCheck::NotSigned => bail!(
                "{} was not signed with this installation's access-log key",
                file.display()
            ),
            HeadCheck::Different => bail!(
                "the access log was tampered with: entry {} is not the one the head kept in {} names",
                head.entry,
                file.display()
            ),
            HeadCheck::Missing { newest } => bail!(
                "the access log was tampered with, or put back from an older copy: it ends at entry {} \
                 but the head kept in {} names entry {}",
                newest.map_or_else(|| "none".to_owned(), |n| n.to_string()),
                file.display(),
                head.entry
            ),
        }
    }
    let entries = if report.rows == 1 { "entry" } else { "entries" };
    println!(
        "The access log is intact: {} {entries} checked with the key.",
        report.rows
    );
    Ok(())
}

/// The demo's own SQLite file is filled under another name and moved into place once
/// complete: a start interrupted while seeding leaves no half-filled demo behind.
async fn build_demo_file(settings: &Settings, now: i64) -> anyhow::Result<()> {
    let target = settings.data_dir.join("demo.sqlite");
    if target.exists() {
        return Ok(());
    }
    std::fs::create_dir_all(&settings.data_dir).with_context(|| {
        format!(
            "cannot create the data folder {}",
            settings.data_dir.display()
        )
    })?;
    let name = "demo.sqlite.building";
    for leftover in ["", "-wal", "-shm"] {
        let path = settings.data_dir.join(format!("{name}{leftover}"));
        if path.exists() {
            std::fs::remove_file(&path)
                .with_context(|| format!("cannot remove {}", path.display()))?;
        }
    }
    println!("Creating the demo data (fictional)…");
    let db = Db::connect_and_migrate(&sqlite_url(&settings.data_dir, name)).await?;
    crate::log_key::adopt(&db, &settings.data_dir, now).await?;
    demo::seed_all(&db, now).await?;
    // Everything into the main file before it is moved.
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
        .execute(db.pool())
        .await?;
    db.close().await;
    std::fs::rename(settings.data_dir.join(name), &target)
        .with_context(|| format!("cannot move the demo into {}", target.display()))?;
    for leftover in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(settings.data_dir.join(format!("{name}{leftover}")));
    }
    Ok(())
}

async fn open(settings: &Settings) -> anyhow::Result<Db> {
    open_with(settings, true).await
}

/// Opens the database and brings its schema up to date; with `copy_first`, an existing
/// database is copied before its schema changes (SQLite: by the store, next to the file;
/// PostgreSQL: a pg_dump into the data folder when it is installed).
async fn open_with(settings: &Settings, copy_first: bool) -> anyhow::Result<Db> {
    if settings.database_url.starts_with("sqlite:") {
        std::fs::create_dir_all(&settings.data_dir).with_context(|| {
            format!(
                "cannot create the data folder {}",
                settings.data_dir.display()
            )
        })?;
    }
    let context = || format!("database {}", settings.database_url_redacted());
    let db = Db::connect(&settings.database_url)
        .await
        .with_context(context)?;
    let before = match (db.backend(), copy_first) {
        (Backend::Postgres, true) => {
            crate::backup::before_upgrade_postgres(&db, &settings.database_url, &settings.data_dir)
                .await
                .with_context(context)?;
            BeforeUpgrade::Skip
        }
        (Backend::Sqlite, true) => BeforeUpgrade::Copy,
        (_, false) => BeforeUpgrade::Skip,
    };
    migrate::run_with(&db, before).await.with_context(context)?;
    crate::log_key::adopt(&db, &settings.data_dir, SystemClock.now().timestamp()).await?;
    Ok(db)
}

async fn serve(settings: Settings, db: Db, clock: Arc<dyn Clock>) -> anyhow::Result<()> {
    let config = WebConfig {
        secure_cookies: !settings.plain_http,
        behind_proxy: settings.behind_proxy,
        limits: settings.limits,
    };
    if config.secure_cookies && !settings.behind_proxy {
        tracing::info!("cookies are marked Secure: open guichet through HTTPS (or use --plain-http on 127.0.0.1 for a local trial)");
    }
    let state = AppState::new(db.clone(), clock.clone(), config).await?;
    let listener = tokio::net::TcpListener::bind(settings.bind)
        .await
        .with_context(|| format!("cannot listen on {}", settings.bind))?;
    tracing::info!(address = %settings.bind, backend = db.backend().name(), "guichet is listening");
    let nightly = tokio::spawn(nightly_purge(db.clone()));
    let uid_domain = guichet_store::calendar::uid_domain(&db).await?;
    let worker = outbox_worker(&settings, db.clone(), uid_domain)?;
    let (stop_worker, stopped) = tokio::sync::watch::channel(false);
    let worker = tokio::spawn(worker.run(clock, async move {
        let mut stopped = stopped;
        let _ = stopped.changed().await;
    }));
    let served = guichet_web::serve(state, listener, shutdown_signal()).await;
    nightly.abort();
    // Sends in flight may finish; a message cut short is sent again, with the same key,
    // after its claim expires.
    let _ = stop_worker.send(true);
    if tokio::time::timeout(std::time::Duration::from_secs(15), worker)
        .await
        .is_err()
    {
        tracing::warn!("the outbox worker did not stop in time");
    }
    served?;
    db.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// The outbox worker from the `[sms]`, `[smtp]` and `[messages]` settings.
fn outbox_worker(settings: &Settings, db: Db, uid_domain: String) -> anyhow::Result<Worker> {
    let d = &settings.delivery;
    let sms = d
        .sms
        .clone()
        .map(SmsGateway::new)
        .transpose()
        .context("[sms]")?;
    let email = d
        .smtp
        .as_ref()
        .map(Mailer::new)
        .transpose()
        .context("[smtp]")?
        .map(|m| m.with_uid_domain(uid_domain));
    let mut worker = Worker::new(db, sms, email, d.quiet, d.retry, d.jitter_seed);
    worker.concurrency = d.concurrency;
    worker.batch = d.batch;
    worker.lease = d.lease;
    worker.poll = d.poll;
    Ok(worker)
}

/// Applies the retention rules every night at 02:30 Brussels time, for as long as the
/// server runs. Logs counts only.
async fn nightly_purge(db: Db) {
    loop {
        let now = SystemClock.now();
        let next = guichet_domain::retention::next_nightly_run(now);
        let wait = (next - now).to_std().unwrap_or_default();
        tokio::time::sleep(wait).await;
        match retention::apply(&db, SystemClock.now().timestamp()).await {
            Ok(s) => tracing::info!(
                files_anonymised = s.files,
                access_log_entries_removed = s.access_log,
                messages_cleared = s.sent_messages,
                walk_in_labels_cleared = s.walk_in_labels,
                referral_packets_emptied = s.referral_packets,
                "nightly purge done"
            ),
            Err(e) => {
                tracing::error!(error = %e, "nightly purge failed; it will run again tomorrow")
            }
        }
    }
}

async fn purge(db: &Db, dry_run: bool) -> anyhow::Result<()> {
    let now = SystemClock.now().timestamp();
    if dry_run {
        let plan = retention::dry_run(db, now).await?;
        let s = plan.summary();
        println!("Dry run: nothing was changed. If the purge ran now:");
        let ids: Vec<String> = plan.files.iter().map(ToString::to_string).collect();
        if ids.is_empty() {
            println!("  0 closed files would be anonymised");
        } else {
            println!(
                "  {} closed files would be anonymised (file numbers: {})",
                s.files,
                ids.join(", ")
            );
        }
        println!("  {} access-log entries would be removed", s.access_log);
        println!(
            "  {} sent or withdrawn messages would lose their text and recipient",
            s.sent_messages
        );
        println!("  {} walk-in labels would be cleared", s.walk_in_labels);
        println!(
            "  {} referrals would lose what was shared",
            s.referral_packets
        );
    } else {
        let s = retention::apply(db, now).await?;
        println!("Purge done:");
        println!("  {} closed files anonymised", s.files);
        println!("  {} access-log entries removed", s.access_log);
        println!(
            "  {} sent or withdrawn messages cleared of their text and recipient",
            s.sent_messages
        );
        println!("  {} walk-in labels cleared", s.walk_in_labels);
        println!(
            "  {} referrals emptied of what was shared",
            s.referral_packets
        );
    }
    std::io::stdout().flush()?;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

async fn create_admin(
    db: &Db,
    username: &str,
    name: &str,
    password_stdin: bool,
) -> anyhow::Result<()> {
    let username = Username::parse(username)
        .map_err(|e| anyhow::anyhow!("user name: {e} (use 3–64 of a-z 0-9 . - _)"))?;
    let display_name = DisplayName::parse(name).map_err(|e| anyhow::anyhow!("name: {e}"))?;
    let password = if password_stdin {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        line.trim_end_matches(['\r', '\n']).to_owned()
    } else {
        let first = rpassword::prompt_password("Password (12 characters or more): ")?;
        let second = rpassword::prompt_password("Same password again: ")?;
        if first != second {
            bail!("the two passwords differ; nothing was created");
        }
        first
    };
    let password = NewPassword::parse(&password, username.as_str())
        .map_err(|e| anyhow::anyhow!("password: {e}"))?;
    let id = users::create(
        db,
        &users::NewUser {
            username: username.clone(),
            display_name,
            lang: None,
            roles: RoleSet::empty().with(Role::Admin),
            teams: vec![],
        },
        SystemClock.now().timestamp(),
    )
    .await
    .map_err(|e| match e {
        guichet_store::StoreError::Conflict => {
            anyhow::anyhow!("an account named {} already exists", username.as_str())
        }
        e => e.into(),
    })?;
    let hash = guichet_web::password::hash_blocking(password.expose().to_owned()).await?;
    users::set_password_hash(db, id, &hash).await?;
    println!("Administrator account {} created.", username.as_str());
    std::io::stdout().flush()?;
    Ok(())
}

async fn check_config(settings: &Settings) -> anyhow::Result<()> {
    println!(
        "configuration file: {}",
        settings
            .config_file
            .as_ref()
            .map_or("(none)".into(), |p| p.display().to_string())
    );
    println!("bind:               {}", settings.bind);
    println!("data folder:        {}", settings.data_dir.display());
    println!("database:           {}", settings.database_url_redacted());
    println!("plain HTTP:         {}", settings.plain_http);
    println!("behind a proxy:     {}", settings.behind_proxy);
    let l = &settings.limits;
    println!(
        "server limits:      headers within {} s (also between requests), a form within {} s, \
         {} connections at once, {} PDFs/exports/searches a minute per account, \
         {} token links a minute per address",
        l.header_timeout.as_secs(),
        l.body_timeout.as_secs(),
        l.max_connections,
        l.costly_per_minute,
        l.public_per_minute
    );
    let d = &settings.delivery;
    match &d.sms {
        Some(s) => println!(
            "SMS gateway:        {} {} ({} body, timeout {} s{})",
            match s.method {
                guichet_outputs::sms::Method::Post => "POST",
                guichet_outputs::sms::Method::Get => "GET",
            },
            redact(s.url.split('?').next().unwrap_or_default()),
            match s.format {
                guichet_outputs::sms::BodyFormat::Json => "JSON",
                guichet_outputs::sms::BodyFormat::Form => "form",
            },
            s.timeout.as_secs(),
            s.auth_header
                .as_ref()
                .map_or(String::new(), |(name, _)| format!(", header {name}: ***"))
        ),
        None => println!("SMS gateway:        (none: text messages stay in the outbox)"),
    }
    match &d.smtp {
        Some(s) => println!(
            "SMTP server:        {}:{} ({}), from {}{}",
            s.host,
            s.port,
            s.security.code(),
            s.from,
            s.username
                .as_ref()
                .map_or(String::new(), |u| format!(", user {u}, password ***"))
        ),
        None => println!("SMTP server:        (none: emails stay in the outbox)"),
    }
    if d.quiet.from == d.quiet.to {
        println!("quiet hours:        off");
    } else {
        println!(
            "quiet hours:        {}-{} (no SMS or email to persons)",
            d.quiet.from.format("%H:%M"),
            d.quiet.to.format("%H:%M")
        );
    }
    println!(
        "retries:            up to {} tries, first after {} s, doubling up to {} s, given up after {} h",
        d.retry.max_attempts,
        d.retry.base.as_secs(),
        d.retry.cap.as_secs(),
        d.retry.max_age.as_secs() / 3600
    );
    settings.check_plain_http()?;
    if let Some(s) = &d.sms {
        SmsGateway::new(s.clone()).context("[sms]")?;
    }
    if let Some(s) = &d.smtp {
        Mailer::new(s).context("[smtp]")?;
    }
    let db = Db::connect(&settings.database_url)
        .await
        .with_context(|| format!("cannot open {}", settings.database_url_redacted()))?;
    let current = migrate::current_version(&db).await?;
    let latest = migrate::latest_version();
    println!("database backend:   {}", db.backend().name());
    println!("schema version:     {current} (this guichet knows up to {latest})");
    if current > latest {
        bail!("the database is newer than this guichet");
    }
    if let Some(mode) = db.sqlite_pragma("journal_mode").await? {
        println!("SQLite journal:     {mode}");
    }
    if current == latest {
        let c = outbox::counts(&db).await?;
        println!(
            "outbox:             {} waiting ({} after a failed try), {} sent, {} not delivered",
            c.pending, c.retrying, c.sent, c.failed
        );
    }
    println!("configuration OK");
    Ok(())
}
