-- Walk-in arrivals: a ticket number per site and day, in arrival order.
CREATE TABLE walk_ins (
    id %ID%,
    site_id BIGINT NOT NULL REFERENCES sites(id),
    day TEXT NOT NULL,
    ticket BIGINT NOT NULL,
    -- A few words for the desk to recognise the visitor; may stay empty.
    label TEXT NOT NULL DEFAULT '',
    arrived_at BIGINT NOT NULL,
    called_at BIGINT,
    done_at BIGINT,
    UNIQUE (site_id, day, ticket)
);
