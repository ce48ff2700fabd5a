-- Booking: the appointments of a request (the request page lists them), and a site's
-- appointments by time (the week of a room).
CREATE INDEX appointments_request ON appointments(request_id);
CREATE INDEX appointments_site ON appointments(site_id, starts_at);
-- The desk's calls are now of three kinds ('call-back' reminders, 'confirm-call' and
-- 'confirm-call-trusted' confirmations; `tasks.kind` is free text): the index of open
-- calls (migration 17) holds every open task, which are all calls.
DROP INDEX tasks_open_calls;
CREATE INDEX tasks_open_calls ON tasks(due_on) WHERE done_at IS NULL;
