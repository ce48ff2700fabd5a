-- The access log's chain is keyed (issue 13 §7): every hash is an HMAC-SHA-256 with a
-- secret kept outside the database (the data folder's access-log.key), so that someone who
-- can only write to the database cannot recompute it.
-- key_check: HMAC of a fixed text with the key ('' until the log is first keyed), so that a
-- wrong or missing key file is told apart from tampering.
-- head_id / head_mac: the newest entry's id, and an HMAC over it and head_hash: cutting the
-- newest entries needs a head that only the key can sign.
ALTER TABLE access_log_chain ADD COLUMN key_check TEXT NOT NULL DEFAULT '';
ALTER TABLE access_log_chain ADD COLUMN head_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE access_log_chain ADD COLUMN head_mac TEXT NOT NULL DEFAULT '';

-- Every move of the chain's start: the keying itself ('keyed'), then each purge of old
-- entries ('purge') with how many it removed and up to which entry. The rows form their
-- own keyed chain (prev_mac, mac), and the chain's anchor must be the last row's to_hash:
-- entries removed at the start without a purge, or a purge's record removed, show.
CREATE TABLE access_log_anchors (
    id %ID%,
    at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    -- The newest entry removed by a purge (for 'keyed': the newest entry at keying, 0 if none).
    last_id BIGINT NOT NULL,
    -- How many entries the purge removed (for 'keyed': how many were keyed).
    entries BIGINT NOT NULL,
    from_hash TEXT NOT NULL,
    to_hash TEXT NOT NULL,
    -- For 'keyed': the entry where the earlier, unkeyed chain was already broken ('' if intact).
    note TEXT NOT NULL DEFAULT '',
    prev_mac TEXT NOT NULL,
    mac TEXT NOT NULL
);
