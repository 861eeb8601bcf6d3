-- The ticket desk's tables: the same SQL on PGlite (embedded) and on a PostgreSQL server.
-- Idempotent: run at every start.

-- One row per case: the library's persisted envelope { machine, version, snapshot } and the
-- row's own version for optimistic concurrency. Every write is
--   UPDATE cases … WHERE id = $id AND version = $expected
-- and zero rows updated means another writer got there first (409, not a lost update).
CREATE TABLE IF NOT EXISTS cases (
  id              text PRIMARY KEY,
  kind            text NOT NULL,             -- complaint | work-order | renovation
  version         integer NOT NULL,          -- row version: 1 at open, +1 per accepted event
  envelope        jsonb NOT NULL,            -- { machine, version, snapshot } (persist())
  machine_version integer NOT NULL,          -- envelope.version, for finding old snapshots
  state           jsonb NOT NULL,            -- snapshot.value, for listing
  status          text NOT NULL,             -- active | done
  next_due_at     timestamptz,               -- earliest deadline not yet met, for the open list
  opened_at       text NOT NULL,             -- the intake instant as the host gave it
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS cases_open ON cases (status, next_due_at);

-- Every accepted event (and the opening), in order: the case history.
CREATE TABLE IF NOT EXISTS case_events (
  case_id      text NOT NULL REFERENCES cases (id),
  seq          integer NOT NULL,             -- = the case's row version after this event
  type         text NOT NULL,
  at           text NOT NULL,                -- the event's instant, as sent
  event        jsonb NOT NULL,               -- the event (or the intake record at seq 1)
  state_before jsonb,
  state_after  jsonb NOT NULL,
  receipts     jsonb NOT NULL,               -- violations this event made appear (decision receipts)
  recorded_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, seq)
);

-- What the outside world must hear about, written in the same transaction as the case row:
-- a relay reads it in id order and marks rows delivered (transactional outbox).
CREATE TABLE IF NOT EXISTS outbox (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id      text NOT NULL REFERENCES cases (id),
  seq          integer NOT NULL,
  topic        text NOT NULL,                -- case.opened | case.transitioned | violation.raised | machine.action
  payload      jsonb NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz
);
