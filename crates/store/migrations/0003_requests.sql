-- Requests (demandes), their dated history, services' promised response times, and the
-- outbox where every outgoing message is a row before anything is sent.

CREATE TABLE service_response_times (
    service_id BIGINT PRIMARY KEY REFERENCES services(id) ON DELETE CASCADE,
    urgent_days BIGINT NOT NULL,
    normal_days BIGINT NOT NULL,
    can_wait_days BIGINT NOT NULL
);

-- Topics an organisation adds to the shipped vocabulary.
CREATE TABLE custom_topics (
    code TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE requests (
    id %ID%,
    person_id BIGINT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    team_id BIGINT NOT NULL REFERENCES teams(id),
    assigned_to BIGINT REFERENCES users(id) ON DELETE SET NULL,
    channel TEXT NOT NULL,
    topic TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    urgency TEXT NOT NULL,
    status TEXT NOT NULL,
    promised_on TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX requests_person ON requests(person_id);
CREATE INDEX requests_queue ON requests(team_id, status, promised_on);

CREATE TABLE request_events (
    id %ID%,
    request_id BIGINT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    at BIGINT NOT NULL,
    by_user BIGINT REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX request_events_request ON request_events(request_id);

CREATE TABLE outbox (
    id %ID%,
    person_id BIGINT REFERENCES persons(id) ON DELETE CASCADE,
    request_id BIGINT REFERENCES requests(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    channel TEXT NOT NULL,
    language TEXT NOT NULL,
    recipient TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL,
    due_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE
);
CREATE INDEX outbox_status ON outbox(status, due_at);
