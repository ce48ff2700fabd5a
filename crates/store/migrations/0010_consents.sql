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

-- Files that already chose SMS or email before consents were recorded: the choice was made
-- with the person at the desk, so it counts as a consent given there, on the day the file
-- was made (without this, those persons would silently stop receiving messages).
INSERT INTO consents (person_id, purpose, given_at, given_how)
SELECT id, 'sms', created_at, 'desk' FROM persons WHERE ',' || channels || ',' LIKE '%,sms,%';
INSERT INTO consents (person_id, purpose, given_at, given_how)
SELECT id, 'email', created_at, 'desk' FROM persons WHERE ',' || channels || ',' LIKE '%,email,%';
