use std::io::Write;
use std::process::{Command, Stdio};

fn guichet() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_guichet"));
    for (k, _) in std::env::vars() {
        if k.starts_with("GUICHET_") {
            c.env_remove(k);
        }
    }
    c
}

#[test]
fn create_admin_reads_the_password_from_stdin_and_refuses_a_short_one() {
    let dir = tempfile::tempdir().unwrap();
    let run = |password: &str| {
        let mut child = guichet()
            .args([
                "--data-dir",
                dir.path().to_str().unwrap(),
                "create-admin",
                "--username",
                "it.admin",
                "--name",
                "IT Admin",
                "--password-stdin",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
        child.wait_with_output().unwrap()
    };
    let out = run("short");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("password"));
    let out = run("a long enough admin phrase");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("it.admin created"));
    assert!(
        dir.path().join("guichet.sqlite").exists(),
        "default database in the data folder"
    );
    let out = run("a long enough admin phrase");
    assert!(String::from_utf8_lossy(&out.stderr).contains("already exists"));
}

#[test]
fn check_config_never_prints_the_database_password() {
    let out = guichet()
        .args(["check-config"])
        .env(
            "GUICHET_DATABASE_URL",
            "postgres://guichet:TopSecret99@127.0.0.1:1/none",
        )
        .output()
        .unwrap();
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        all.contains("postgres://guichet:***@127.0.0.1:1/none"),
        "{all}"
    );
    assert!(!all.contains("TopSecret99"), "{all}");
    assert!(!out.status.success(), "the database is unreachable");
}

#[test]
fn plain_http_is_refused_on_a_public_address() {
    let dir = tempfile::tempdir().unwrap();
    let out = guichet()
        .args([
            "serve",
            "--data-dir",
            dir.path().to_str().unwrap(),
            "--bind",
            "0.0.0.0:0",
            "--plain-http",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("loopback"));
}
