-- Phone sign-ups (residents on their own phones over the hall's network) are recorded as their
-- own attendance source. SQLite cannot change a CHECK in place, so the table is rebuilt with
-- every row and column it had; nothing references attendance, so the drop cascades nowhere.
CREATE TABLE attendance_new (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  attendee_id TEXT NOT NULL REFERENCES attendees (id) ON DELETE CASCADE,
  source TEXT NOT NULL CHECK (source IN ('signup', 'walkin', 'import', 'kiosk', 'phone')),
  checked_in_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  app_installed_at TEXT,
  app_registered_at TEXT,
  UNIQUE (session_id, attendee_id)
);
INSERT INTO attendance_new (id, session_id, attendee_id, source, checked_in_at, created_at, updated_at, app_installed_at, app_registered_at)
  SELECT id, session_id, attendee_id, source, checked_in_at, created_at, updated_at, app_installed_at, app_registered_at FROM attendance;
DROP TABLE attendance;
ALTER TABLE attendance_new RENAME TO attendance;
CREATE INDEX attendance_by_attendee ON attendance (attendee_id);
CREATE INDEX attendance_by_session_checkin ON attendance (session_id, checked_in_at);
