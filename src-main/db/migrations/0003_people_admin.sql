-- The People page pages through 100,000 people by pinyin, filters by neighbourhood,
-- and the duplicates finder pairs people with the same name or pinyin in one neighbourhood.
CREATE INDEX attendees_by_pinyin ON attendees (name_pinyin);
CREATE INDEX attendees_by_neighbourhood_name ON attendees (neighbourhood, name);
CREATE INDEX attendees_by_neighbourhood_pinyin ON attendees (neighbourhood, name_pinyin);

-- Pairs a worker has looked at and said "not the same person", so the duplicates list stops offering them.
-- attendee_a < attendee_b, so one pair has one row.
CREATE TABLE distinct_people (
  id TEXT PRIMARY KEY,
  attendee_a TEXT NOT NULL REFERENCES attendees (id) ON DELETE CASCADE,
  attendee_b TEXT NOT NULL REFERENCES attendees (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (attendee_a < attendee_b),
  UNIQUE (attendee_a, attendee_b)
);
CREATE INDEX distinct_people_by_b ON distinct_people (attendee_b);
