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
