-- Consent per purpose, with how it was given and its withdrawal (privacy issue).
CREATE TABLE consents (
    id %ID%,
    person_id BIGINT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    -- 'sms', 'email', 'share-with-services', 'health-data'
    purpose TEXT NOT NULL,
    given_at BIGINT NOT NULL,
    -- 'desk' (orally at the desk), 'paper' (signed paper), 'phone', 'email'
    given_how TEXT NOT NULL,
    given_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    withdrawn_at BIGINT,
    withdrawn_how TEXT NOT NULL DEFAULT '',
    withdrawn_by BIGINT REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX consents_person ON consents(person_id, purpose);
