-- From the load benchmark (docs/benchmarks.md): the today page lists the open call-backs due
-- up to today. Without an index it read every task ever recorded (large dataset, SQLite:
-- 25,000 tasks, 1.3 ms per page); this one holds only the open call-backs.
CREATE INDEX tasks_open_calls ON tasks(due_on) WHERE done_at IS NULL AND kind = 'call-back';
