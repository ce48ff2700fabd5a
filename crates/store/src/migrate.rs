//! Embedded migrations, applied at start in order, each in its own transaction.
//!
//! The SQL is written once; `%ID%` is replaced by the backend's auto-increment key, and
//! lines between `-- [postgres]` and `-- [end]` are for PostgreSQL only, and those between
//! `-- [sqlite]` and `-- [end]` for SQLite only.
//! A database whose schema is newer than this binary is refused, untouched.
//!
//! Before migrations change the schema of an existing SQLite database, a copy of it is
//! written next to the file (`<db>.before-v<current>-<time>.sqlite`, see
//! [`BeforeUpgrade`]): going back to the earlier guichet is putting that copy back.

use crate::{Backend, Db, Result, StoreError};
use sqlx::Row;

pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static str,
}

pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "foundation",
        sql: include_str!("../migrations/0001_foundation.sql"),
    },
    Migration {
        version: 2,
        name: "persons",
        sql: include_str!("../migrations/0002_persons.sql"),
    },
    Migration {
        version: 3,
        name: "requests",
        sql: include_str!("../migrations/0003_requests.sql"),
    },
    Migration {
        version: 4,
        name: "appointments",
        sql: include_str!("../migrations/0004_appointments.sql"),
    },
    Migration {
        version: 5,
        name: "walk-ins",
        sql: include_str!("../migrations/0005_walk_ins.sql"),
    },
    Migration {
        version: 6,
        name: "notes",
        sql: include_str!("../migrations/0006_notes.sql"),
    },
    Migration {
        version: 7,
        name: "custom-topics",
        sql: include_str!("../migrations/0007_topics.sql"),
    },
    Migration {
        version: 8,
        name: "households",
        sql: include_str!("../migrations/0008_households.sql"),
    },
    Migration {
        version: 9,
        name: "access-log",
        sql: include_str!("../migrations/0009_access_log.sql"),
    },
    Migration {
        version: 10,
        name: "consents",
        sql: include_str!("../migrations/0010_consents.sql"),
    },
    Migration {
        version: 11,
        name: "retention",
        sql: include_str!("../migrations/0011_retention.sql"),
    },
    Migration {
        version: 12,
        name: "delivery",
        sql: include_str!("../migrations/0012_delivery.sql"),
    },
    Migration {
        version: 13,
        name: "message-templates",
        sql: include_str!("../migrations/0013_templates.sql"),
    },
    Migration {
        version: 14,
        name: "calendar_feeds",
        sql: include_str!("../migrations/0014_calendar_feeds.sql"),
    },
    Migration {
        version: 15,
        name: "paper_tray",
        sql: include_str!("../migrations/0015_paper_tray.sql"),
    },
    Migration {
        version: 16,
        name: "bench_indexes",
        sql: include_str!("../migrations/0016_bench_indexes.sql"),
    },
    Migration {
        version: 17,
        name: "open_calls",
        sql: include_str!("../migrations/0017_open_calls.sql"),
    },
    Migration {
        version: 18,
        name: "followups_by_team",
        sql: include_str!("../migrations/0018_followups_by_team.sql"),
    },
    Migration {
        version: 19,
        name: "name_search",
        sql: include_str!("../migrations/0019_name_search.sql"),
    },
    Migration {
        version: 20,
        name: "open_requests",
        sql: include_str!("../migrations/0020_open_requests.sql"),
    },
    Migration {
        version: 21,
        name: "day_by_index",
        sql: include_str!("../migrations/0021_day_by_index.sql"),
    },
    Migration {
        version: 22,
        name: "booking",
        sql: include_str!("../migrations/0022_booking.sql"),
    },
    Migration {
        version: 23,
        name: "letters_set_aside",
        sql: include_str!("../migrations/0023_letters_set_aside.sql"),
    },
    Migration {
        version: 24,
        name: "file_versions",
        sql: include_str!("../migrations/0024_file_versions.sql"),
    },
    Migration {
        version: 25,
        name: "name_forms",
        sql: include_str!("../migrations/0025_name_forms.sql"),
    },
    Migration {
        version: 26,
        name: "keyed_access_log",
        sql: include_str!("../migrations/0026_keyed_access_log.sql"),
    },
    Migration {
        version: 27,
        name: "failed_sign_ins",
        sql: include_str!("../migrations/0027_failed_sign_ins.sql"),
    },
    Migration {
        version: 28,
        name: "directory",
        sql: include_str!("../migrations/0028_directory.sql"),
    },
    Migration {
        version: 29,
        name: "referrals",
        sql: include_str!("../migrations/0029_referrals.sql"),
    },
    Migration {
        version: 30,
        name: "referral_email",
        sql: include_str!("../migrations/0030_referral_email.sql"),
    },
    Migration {
        version: 31,
        name: "assistance",
        sql: include_str!("../migrations/0031_assistance.sql"),
    },
    Migration {
        version: 32,
        name: "observatory",
        sql: include_str!("../migrations/0032_observatory.sql"),
    },
    Migration {
        version: 33,
        name: "audit",
        sql: include_str!("../migrations/0033_audit.sql"),
    },
    Migration {
        version: 34,
        name: "staff",
        sql: include_str!("../migrations/0034_staff.sql"),
    },
];

pub fn latest_version() -> i64 {
    MIGRATIONS.last().map_or(0, |m| m.version)
}

fn render(sql: &str, backend: Backend) -> String {
    let id = match backend {
        Backend::Sqlite => "INTEGER PRIMARY KEY AUTOINCREMENT",
        Backend::Postgres => "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
    };
    let mut out = String::with_capacity(sql.len());
    let mut only: Option<Backend> = None;
    for line in sql.lines() {
        match line.trim() {
            "-- [postgres]" => only = Some(Backend::Postgres),
            "-- [sqlite]" => only = Some(Backend::Sqlite),
            "-- [end]" => only = None,
            _ if only.is_some_and(|b| b != backend) => {}
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    let blob = match backend {
        Backend::Sqlite => "BLOB",
        Backend::Postgres => "BYTEA",
    };
    out.replace("%ID%", id).replace("%BLOB%", blob)
}

/// The schema version recorded in the database (0 when empty).
pub async fn current_version(db: &Db) -> Result<i64> {
    sqlx::raw_sql(
        "CREATE TABLE IF NOT EXISTS guichet_schema (\
         version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
    )
    .execute(db.pool())
    .await?;
    let row = sqlx::query("SELECT MAX(version) AS v FROM guichet_schema")
        .fetch_one(db.pool())
        .await?;
    Ok(row.try_get::<Option<i64>, _>("v")?.unwrap_or(0))
}

/// What to do before migrations change an existing database's schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BeforeUpgrade {
    /// SQLite: write a copy next to the database file first (a failure stops the
    /// upgrade, nothing changed). PostgreSQL: log that a dump is advised (the binary
    /// runs `pg_dump` itself before it migrates).
    Copy,
    /// Nothing: a copy was made another way.
    Skip,
}

/// The version an existing database would be upgraded from, if migrations are pending
/// (`None` for an empty database, one up to date, or one newer than this binary).
pub async fn upgrade_pending(db: &Db) -> Result<Option<i64>> {
    let current = current_version(db).await?;
    Ok((current > 0 && current < latest_version()).then_some(current))
}

/// Brings the schema up to date, with a copy first (see [`BeforeUpgrade::Copy`]).
pub async fn run(db: &Db) -> Result<()> {
    run_with(db, BeforeUpgrade::Copy).await
}

/// Applies the migrations up to `version` only, without a copy first: for tests of an
/// upgrade from an earlier schema. guichet itself always migrates to the latest.
pub async fn run_up_to(db: &Db, version: i64) -> Result<()> {
    apply_pending(db, version, BeforeUpgrade::Skip).await
}

pub async fn run_with(db: &Db, before: BeforeUpgrade) -> Result<()> {
    let mut conn = db.pool().acquire().await?;
    if db.backend() == Backend::Postgres {
        // Several servers may start at once against one database: one migrates.
        sqlx::query("SELECT pg_advisory_lock(7412019)")
            .execute(&mut *conn)
            .await?;
    }
    let result = match apply_pending(db, latest_version(), before).await {
        // Data kept in a form computed by Rust (the name search key) follows its rules.
        Ok(()) => crate::persons::rekey_names(db).await.map(|n| {
            if n > 0 {
                tracing::info!(files = n, "name search keys recomputed");
            }
        }),
        Err(e) => Err(e),
    };
    if db.backend() == Backend::Postgres {
        sqlx::query("SELECT pg_advisory_unlock(7412019)")
            .execute(&mut *conn)
            .await?;
    }
    result
}

async fn apply_pending(db: &Db, upto: i64, before: BeforeUpgrade) -> Result<()> {
    let current = current_version(db).await?;
    let latest = latest_version();
    if current > latest {
        return Err(StoreError::SchemaTooNew {
            database: current,
            binary: latest,
        });
    }
    let pending = MIGRATIONS
        .iter()
        .filter(|m| m.version > current && m.version <= upto);
    // A fresh database (version 0) has nothing to keep.
    if current > 0 && pending.clone().next().is_some() && before == BeforeUpgrade::Copy {
        copy_before_upgrade(db, current).await?;
    }
    for m in pending {
        let mut tx = db.pool().begin().await?;
        sqlx::raw_sql(&render(m.sql, db.backend()))
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO guichet_schema (version, name, applied_at) VALUES ($1, $2, $3)")
            .bind(m.version)
            .bind(m.name)
            .bind(chrono::Utc::now().timestamp())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        tracing::info!(version = m.version, name = m.name, "migration applied");
    }
    Ok(())
}

/// The copy of an existing database before its schema changes.
async fn copy_before_upgrade(db: &Db, current: i64) -> Result<()> {
    use crate::backup;
    let latest = latest_version();
    match db.backend() {
        Backend::Sqlite => {
            let Some(file) = backup::main_file(db).await.map_err(upgrade_copy_failed)? else {
                return Ok(());
            };
            let dest = backup::before_upgrade_name(&file, current, chrono::Utc::now());
            tracing::info!(from = current, to = latest, copy = %dest.display(), "schema upgrade: copying the database first");
            let bytes = backup::sqlite_copy(db, &dest)
                .await
                .map_err(upgrade_copy_failed)?;
            tracing::info!(
                copy = %dest.display(),
                bytes,
                "copy of the database before the upgrade written; to go back to the earlier guichet, restore it"
            );
        }
        Backend::Postgres => tracing::warn!(
            from = current,
            to = latest,
            "schema upgrade of a PostgreSQL database without a copy first: a dump is advised (guichet backup)"
        ),
    }
    Ok(())
}

fn upgrade_copy_failed(e: crate::backup::CopyError) -> StoreError {
    StoreError::UpgradeCopy(e.to_string())
}

#[cfg(test)]
mod order {
    use super::{render, MIGRATIONS};
    use crate::Backend;

    #[test]
    fn postgres_only_lines_reach_postgres_only() {
        let sql =
            "CREATE TABLE t (id %ID%);\n-- [postgres]\nCREATE EXTENSION x;\n-- [end]\nSELECT 1;\n";
        let lite = render(sql, Backend::Sqlite);
        assert!(!lite.contains("EXTENSION"), "{lite}");
        assert!(
            lite.contains("AUTOINCREMENT") && lite.contains("SELECT 1;"),
            "{lite}"
        );
        let pg = render(sql, Backend::Postgres);
        assert!(
            pg.contains("CREATE EXTENSION x;") && pg.contains("SELECT 1;"),
            "{pg}"
        );
        assert!(pg.contains("GENERATED BY DEFAULT AS IDENTITY"), "{pg}");
    }

    #[test]
    fn sqlite_only_lines_reach_sqlite_only() {
        let sql =
            "SELECT 0;\n-- [sqlite]\nCREATE VIRTUAL TABLE f USING fts5 (w);\n-- [end]\nSELECT 1;\n";
        let lite = render(sql, Backend::Sqlite);
        assert!(
            lite.contains("fts5") && lite.contains("SELECT 1;"),
            "{lite}"
        );
        let pg = render(sql, Backend::Postgres);
        assert!(!pg.contains("fts5") && pg.contains("SELECT 0;"), "{pg}");
    }

    /// Pending migrations are those above the database's highest version, applied in
    /// this order: a version listed after a higher one would never run on an upgrade.
    #[test]
    fn versions_only_increase() {
        for pair in MIGRATIONS.windows(2) {
            assert!(
                pair[0].version < pair[1].version,
                "migration {} is listed after {}",
                pair[1].version,
                pair[0].version
            );
        }
    }
}
