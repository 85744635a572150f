-- Elderly residents often have only a fixed-line phone. It is kept beside the mobile, never instead of it,
-- and is not unique: a family shares one landline, so it never identifies a person.
ALTER TABLE attendees ADD COLUMN landline TEXT;
