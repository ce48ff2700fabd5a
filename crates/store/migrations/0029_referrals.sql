-- Referrals (journey J5): a person oriented to a service of the directory, with their
-- consent to share a minimal packet the worker chose (never the file). When the service
-- is run by a team of this guichet, the referral waits in that team's incoming queue to be
-- accepted or refused with a reason. The packet is kept as the sender wrote it (JSON:
-- name, how to reach, language, need), so the receiver sees exactly what was shared.
--   status: sent, accepted, refused; "expired" is read from expires_at, not written.
CREATE TABLE referrals (
    id %ID%,
    person_id BIGINT NOT NULL REFERENCES persons(id),
    from_team_id BIGINT NOT NULL REFERENCES teams(id),
    from_user_id BIGINT NOT NULL REFERENCES users(id),
    service_id TEXT NOT NULL,
    listing_id BIGINT,
    service_name TEXT NOT NULL,
    to_team_id BIGINT REFERENCES teams(id),
    packet TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    answered_at BIGINT,
    answered_by BIGINT REFERENCES users(id)
);
CREATE INDEX referrals_person ON referrals (person_id);
CREATE INDEX referrals_to_team ON referrals (to_team_id, status);
