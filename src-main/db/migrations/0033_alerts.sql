-- Alerts (96110/12381 预警) the worker is assigned, and each follow-up (预警劝阻). An alert is its own
-- record, not a person on file: the police send names and phones of people who may never come to a talk.
CREATE TABLE alerts (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  -- A mobile (11 digits) or a landline as normalised on entry; NULL when the police gave none that reads.
  phone TEXT,
  level TEXT NOT NULL CHECK (level IN ('high', 'medium', 'low')),
  alerted_at TEXT NOT NULL,
  -- Worked out from the level when the alert is entered, so changing the rule later never moves an old deadline.
  due_at TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('manual', 'import')),
  note TEXT NOT NULL DEFAULT '',
  -- Set by the first follow-up that reached a conclusion (anything but 未接通).
  closed_at TEXT,
  -- The alert or its newest follow-up: the retention purge deletes alerts untouched since its cutoff.
  last_activity_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX alerts_by_time ON alerts (alerted_at);
CREATE INDEX alerts_open_by_due ON alerts (closed_at, due_at);
CREATE INDEX alerts_by_activity ON alerts (last_activity_at);
-- One police file imported twice adds nothing the second time.
CREATE UNIQUE INDEX alerts_unique_entry ON alerts (name, IFNULL(phone, ''), alerted_at);

CREATE TABLE alert_follow_ups (
  id TEXT PRIMARY KEY,
  alert_id TEXT NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
  method TEXT NOT NULL CHECK (method IN ('call', 'visit', 'in_person')),
  outcome TEXT NOT NULL CHECK (outcome IN ('dissuaded', 'no_answer', 'defrauded', 'not_fraud')),
  note TEXT NOT NULL DEFAULT '',
  followed_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX alert_follow_ups_by_alert ON alert_follow_ups (alert_id, followed_at);
CREATE INDEX alert_follow_ups_by_time ON alert_follow_ups (followed_at);
