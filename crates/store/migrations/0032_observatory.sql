-- The observatory (journey J6): reports a coordinator published as a read-only link.
-- What is stored is the report as shown, after small-cell suppression: the counts
-- themselves are never frozen, so the link cannot give back a hidden figure. The link's
-- token is stored hashed (SHA-256), like the other tokens.
CREATE TABLE published_reports (
    id %ID%,
    token_hash TEXT NOT NULL UNIQUE,
    scope TEXT NOT NULL,
    period TEXT NOT NULL,
    language TEXT NOT NULL,
    -- The suppressed report (JSON), frozen when published.
    figures TEXT NOT NULL,
    published_by BIGINT NOT NULL REFERENCES users(id),
    published_at BIGINT NOT NULL,
    withdrawn_at BIGINT
);
CREATE INDEX published_reports_scope ON published_reports (scope, period);
