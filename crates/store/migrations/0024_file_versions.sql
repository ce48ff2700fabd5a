-- Each person's file counts its changes: an edit form carries the version it was read
-- at, and a save from a form read before someone else's change is refused (no lost update).
ALTER TABLE persons ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
