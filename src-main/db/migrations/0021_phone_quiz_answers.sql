-- Quiz answers given on residents' own phones: one row per answer, with no device, phone or name,
-- so nothing here can be traced back to a person. `before`/`after` are the same questions asked at
-- the start and the end of a talk; `live` is a quiz slide sent while it was on screen.
CREATE TABLE phone_quiz_answers (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  round_id TEXT NOT NULL,
  phase TEXT NOT NULL CHECK (phase IN ('live', 'before', 'after')),
  slide_id TEXT NOT NULL,
  question TEXT NOT NULL,
  choice INTEGER NOT NULL CHECK (choice BETWEEN 0 AND 3),
  correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX phone_quiz_answers_by_session ON phone_quiz_answers (session_id, phase, slide_id);
