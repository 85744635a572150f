-- A resident's sign-up with a phone that belongs to someone of another name. The resident is kept as a
-- provisional person without the phone (phone is UNIQUE) until a worker says who they are; nothing about
-- the phone's owner changes meanwhile.
CREATE TABLE pending_signups (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  provisional_attendee_id TEXT NOT NULL REFERENCES attendees (id) ON DELETE CASCADE,
  existing_attendee_id TEXT NOT NULL REFERENCES attendees (id) ON DELETE CASCADE,
  phone TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX pending_signups_by_session ON pending_signups (session_id);
CREATE INDEX pending_signups_by_provisional ON pending_signups (provisional_attendee_id);
CREATE INDEX pending_signups_by_existing ON pending_signups (existing_attendee_id);
