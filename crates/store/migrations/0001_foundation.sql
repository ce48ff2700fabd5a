-- Foundation: organisation, sites, services, teams, staff accounts, sessions.
-- Portable SQL; %ID% becomes the backend's auto-increment primary key.
-- Times are UTC Unix seconds (BIGINT); dates are ISO text (YYYY-MM-DD).

CREATE TABLE organisation (
    id BIGINT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE sites (
    id %ID%,
    name TEXT NOT NULL,
    street TEXT NOT NULL,
    postcode TEXT NOT NULL,
    municipality TEXT NOT NULL,
    phone TEXT NOT NULL,
    opening_hours TEXT NOT NULL,
    walkin_hours TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE site_closing_days (
    site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (site_id, day)
);

CREATE TABLE services (
    id %ID%,
    site_id BIGINT NOT NULL REFERENCES sites(id),
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE teams (
    id %ID%,
    service_id BIGINT NOT NULL REFERENCES services(id),
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE users (
    id %ID%,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT,
    lang TEXT,
    created_at BIGINT NOT NULL,
    disabled_at BIGINT
);

CREATE TABLE user_roles (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE team_members (
    team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_members_user ON team_members(user_id);

-- Only a SHA-256 of the session token is stored: a copy of the database does not
-- let anyone take over a session.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE password_resets (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);

-- Failed sign-ins, kept one hour. Keys are keyed hashes, never the typed name or
-- the address itself.
CREATE TABLE login_failures (
    id %ID%,
    account_key TEXT NOT NULL,
    address_key TEXT NOT NULL,
    device_key TEXT,
    at BIGINT NOT NULL
);
CREATE INDEX login_failures_account ON login_failures(account_key, at);
CREATE INDEX login_failures_address ON login_failures(address_key, at);

-- Browsers on which an account signed in successfully before.
CREATE TABLE known_devices (
    device_hash TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    last_success_at BIGINT NOT NULL,
    PRIMARY KEY (device_hash, user_id)
);

-- Minimal person files, enough for follow-up lists; the reception issue extends them.
CREATE TABLE persons (
    id %ID%,
    given_names TEXT NOT NULL,
    family_name TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE person_followups (
    person_id BIGINT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    team_id BIGINT NOT NULL REFERENCES teams(id),
    since BIGINT NOT NULL,
    PRIMARY KEY (person_id, team_id)
);
CREATE INDEX person_followups_team ON person_followups(team_id);

-- Installation-wide values (the key used to hash throttling keys, the organisation's settings).
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
