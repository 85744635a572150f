-- The People page counts each listed person's sign-ups and check-ins. With checked_in_at in the attendee index
-- both counts read only the index, never the attendance rows (ten or so per person, scattered over the table).
-- It keeps its name and replaces the old one rather than joining it, so a check-in updates no more indexes than before.
DROP INDEX attendance_by_attendee;
CREATE INDEX attendance_by_attendee ON attendance (attendee_id, checked_in_at);
