-- Staff well-being and skills (issue 18, journeys J8 and J10).

-- The right to disconnect. A worker's leave, on top of the weekly hours already kept on
-- users.working_hours: nothing from guichet reaches them on these days (Brussels days,
-- YYYY-MM-DD, both included).
CREATE TABLE staff_leaves (
    id %ID%,
    user_id BIGINT NOT NULL REFERENCES users(id),
    first_day TEXT NOT NULL,
    last_day TEXT NOT NULL
);
CREATE INDEX staff_leaves_user ON staff_leaves(user_id, last_day);

-- Those who may sign in outside their hours whatever the organisation's policy (the
-- sign-in policy itself is the setting 'sign_in_policy': 'remind' or 'refuse').
CREATE TABLE on_call (
    user_id BIGINT PRIMARY KEY REFERENCES users(id),
    added_by BIGINT NOT NULL REFERENCES users(id),
    added_at BIGINT NOT NULL
);

-- The institution's tool guide: one page per tool it uses.
CREATE TABLE tools (
    id %ID%,
    name TEXT NOT NULL,
    -- What it is for, and who to ask (free text: a colleague, a helpdesk, a number).
    purpose TEXT NOT NULL,
    who_to_ask TEXT NOT NULL,
    -- Brussels day of the last review (YYYY-MM-DD) and how often to review, in months.
    reviewed_on TEXT NOT NULL,
    review_months BIGINT NOT NULL,
    archived BIGINT NOT NULL DEFAULT 0,
    updated_by BIGINT REFERENCES users(id),
    updated_at BIGINT NOT NULL
);

-- Short how-tos written by colleagues, in the order of `position`.
CREATE TABLE tool_howtos (
    id %ID%,
    tool_id BIGINT NOT NULL REFERENCES tools(id),
    position BIGINT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    written_by BIGINT REFERENCES users(id),
    written_at BIGINT NOT NULL
);
CREATE INDEX tool_howtos_tool ON tool_howtos(tool_id, position);

-- Images of a how-to (screenshots), checked on upload: PNG or JPEG, size bounded.
CREATE TABLE tool_images (
    id %ID%,
    howto_id BIGINT NOT NULL REFERENCES tool_howtos(id),
    content_type TEXT NOT NULL,
    alt TEXT NOT NULL,
    bytes %BLOB% NOT NULL,
    added_at BIGINT NOT NULL
);
CREATE INDEX tool_images_howto ON tool_images(howto_id);

-- Colleagues who volunteer as coaches, for a tool ('tool:<id>') or a DigComp competence
-- ('1.1' … '5.4'). Seen by colleagues: volunteering is public inside the organisation.
CREATE TABLE coaches (
    user_id BIGINT NOT NULL REFERENCES users(id),
    subject TEXT NOT NULL,
    since BIGINT NOT NULL,
    PRIMARY KEY (user_id, subject)
);
CREATE INDEX coaches_subject ON coaches(subject);

-- A worker's self-assessment: a level from 1 to 8 per DigComp competence or tool
-- ('tool:<id>'). Private to the worker: the store reads it only for the signed-in
-- worker themselves (never for a user id taken from a request), and a team's needs
-- only as counts from five assessments, without names.
CREATE TABLE self_assessments (
    user_id BIGINT NOT NULL REFERENCES users(id),
    subject TEXT NOT NULL,
    level BIGINT NOT NULL,
    PRIMARY KEY (user_id, subject)
);

-- A worker's own training log: trainings followed and wished. Private like the above.
CREATE TABLE trainings (
    id %ID%,
    user_id BIGINT NOT NULL REFERENCES users(id),
    -- 'done' or 'wished'.
    status TEXT NOT NULL,
    title TEXT NOT NULL,
    provider TEXT NOT NULL,
    -- Brussels day (YYYY-MM-DD) when followed, '' when wished.
    day TEXT NOT NULL,
    hours TEXT NOT NULL,
    note TEXT NOT NULL,
    added_at BIGINT NOT NULL
);
CREATE INDEX trainings_user ON trainings(user_id);
