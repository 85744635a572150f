-- Signed pledges (承诺书) per session, for a person or a household. The pledge keeps no name of its own:
-- it points at the person on file, and when that person is deleted it stays as a count (attendee_id NULL).
CREATE TABLE pledges (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  attendee_id TEXT REFERENCES attendees (id) ON DELETE SET NULL,
  kind TEXT NOT NULL CHECK (kind IN ('person', 'household')),
  signed_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX pledges_by_session ON pledges (session_id);
CREATE INDEX pledges_by_time ON pledges (signed_at);
CREATE UNIQUE INDEX pledges_once_per_person ON pledges (session_id, attendee_id) WHERE attendee_id IS NOT NULL;

-- The risk register (重点人员): residents flagged as at higher risk, and each visit or call to them.
-- Both go with the person (ON DELETE CASCADE), so a deletion or the retention purge removes them too.
CREATE TABLE risk_flags (
  attendee_id TEXT NOT NULL REFERENCES attendees (id) ON DELETE CASCADE,
  flag TEXT NOT NULL CHECK (flag IN ('living_alone', 'left_behind', 'defrauded_before', 'student_parent', 'other')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (attendee_id, flag)
);

CREATE TABLE risk_visits (
  id TEXT PRIMARY KEY,
  attendee_id TEXT NOT NULL REFERENCES attendees (id) ON DELETE CASCADE,
  method TEXT NOT NULL CHECK (method IN ('visit', 'call')),
  note TEXT NOT NULL DEFAULT '',
  visited_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX risk_visits_by_person ON risk_visits (attendee_id, visited_at);
CREATE INDEX risk_visits_by_time ON risk_visits (visited_at);

-- Optional photos of signed pledge forms, per session; kept apart from the activity photos the ledger counts.
CREATE TABLE pledge_photos (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp')),
  bytes BLOB NOT NULL,
  thumbnail BLOB NOT NULL,
  added_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX pledge_photos_by_session ON pledge_photos (session_id, added_at);
