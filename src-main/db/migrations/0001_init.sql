-- Every id is a UUID and every row carries created_at/updated_at (ISO 8601, UTC)
-- so that records made on several laptops can later be merged.

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes > 0),
  place TEXT NOT NULL,
  community TEXT NOT NULL DEFAULT '',
  neighbourhood TEXT NOT NULL DEFAULT '',
  building TEXT NOT NULL DEFAULT '',
  presenters TEXT NOT NULL DEFAULT '',
  audience TEXT NOT NULL DEFAULT 'general',
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX sessions_by_start ON sessions (starts_at);

CREATE TABLE attendees (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  name_initials TEXT NOT NULL DEFAULT '',
  name_pinyin TEXT NOT NULL DEFAULT '',
  phone TEXT UNIQUE,
  phone_tail TEXT GENERATED ALWAYS AS (substr(phone, -4)) VIRTUAL,
  age_group TEXT CHECK (age_group IN ('under18', '18-35', '36-59', '60plus')),
  neighbourhood TEXT NOT NULL DEFAULT '',
  gender TEXT CHECK (gender IN ('female', 'male')),
  last_seen_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX attendees_by_initials ON attendees (name_initials);
CREATE INDEX attendees_by_name ON attendees (name);
CREATE INDEX attendees_by_last_seen ON attendees (last_seen_at);
CREATE INDEX attendees_by_phone_tail ON attendees (phone_tail);

CREATE TABLE attendance (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  attendee_id TEXT NOT NULL REFERENCES attendees (id) ON DELETE CASCADE,
  source TEXT NOT NULL CHECK (source IN ('signup', 'walkin', 'import', 'kiosk')),
  checked_in_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (session_id, attendee_id)
);
CREATE INDEX attendance_by_attendee ON attendance (attendee_id);
CREATE INDEX attendance_by_session_checkin ON attendance (session_id, checked_in_at);

CREATE TABLE consents (
  id TEXT PRIMARY KEY,
  attendee_id TEXT NOT NULL REFERENCES attendees (id) ON DELETE CASCADE,
  purpose TEXT NOT NULL,
  given_at TEXT NOT NULL,
  withdrawn_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX consents_by_attendee ON consents (attendee_id);

-- Worker-chosen settings (retention months, kiosk PIN hash, …), one JSON value per key.
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
