-- Appointments and staff tasks (call-backs). Missed or cancelled appointments are
-- recorded as such, with no penalty flag anywhere.

CREATE TABLE appointments (
    id %ID%,
    person_id BIGINT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    request_id BIGINT REFERENCES requests(id) ON DELETE SET NULL,
    worker_id BIGINT NOT NULL REFERENCES users(id),
    -- 'site', 'phone' or 'home'
    place TEXT NOT NULL,
    site_id BIGINT REFERENCES sites(id),
    room TEXT NOT NULL DEFAULT '',
    starts_at BIGINT NOT NULL,
    minutes BIGINT NOT NULL,
    what_to_bring TEXT NOT NULL DEFAULT '',
    -- 'planned', 'arrived', 'done', 'cancelled', 'missed'
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX appointments_worker ON appointments(worker_id, starts_at);
CREATE INDEX appointments_person ON appointments(person_id);
CREATE INDEX appointments_start ON appointments(starts_at);

CREATE TABLE tasks (
    id %ID%,
    person_id BIGINT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    appointment_id BIGINT REFERENCES appointments(id) ON DELETE CASCADE,
    team_id BIGINT NOT NULL REFERENCES teams(id),
    -- 'call-back'
    kind TEXT NOT NULL,
    due_on TEXT NOT NULL,
    done_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX tasks_due ON tasks(team_id, due_on);

ALTER TABLE outbox ADD COLUMN appointment_id BIGINT REFERENCES appointments(id) ON DELETE CASCADE;
