-- A paper letter that cannot be laid out (its address does not fit the envelope window,
-- a character no font has) is set aside: it stays in the tray, out of any batch, with
-- why (a code the web layer puts in words, and its detail: the characters, the field).
-- It is tried again with the next batch, after the file is corrected.
ALTER TABLE outbox ADD COLUMN set_aside TEXT;
ALTER TABLE outbox ADD COLUMN set_aside_detail TEXT NOT NULL DEFAULT '';
