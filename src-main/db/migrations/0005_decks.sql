-- Decks a worker made or imported (built-in decks ship with the app and are never stored here).
-- `content` is the whole deck file (outreach-deck JSON), so export is a plain read.
CREATE TABLE custom_decks (
  id TEXT PRIMARY KEY,
  content TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Pictures inserted into custom decks, kept in the database so a backup of the file holds everything.
CREATE TABLE deck_images (
  id TEXT PRIMARY KEY,
  deck_id TEXT NOT NULL REFERENCES custom_decks (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg', 'image/webp')),
  data BLOB NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (deck_id, name)
);

-- One row each time a deck is presented. deck_id has no foreign key: built-in decks are not rows,
-- and a custom deck may be deleted later while the record of the talk stays; the title is kept for reports.
CREATE TABLE deck_shows (
  id TEXT PRIMARY KEY,
  session_id TEXT REFERENCES sessions (id) ON DELETE CASCADE,
  deck_id TEXT NOT NULL,
  deck_title TEXT NOT NULL,
  variables TEXT NOT NULL DEFAULT '{}',
  started_at TEXT NOT NULL,
  ended_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX deck_shows_by_session ON deck_shows (session_id, started_at);
CREATE INDEX deck_shows_by_start ON deck_shows (started_at);

-- Show-of-hands counts on quiz slides ("是不是诈骗?"), one per quiz slide per show.
CREATE TABLE deck_quiz_results (
  id TEXT PRIMARY KEY,
  show_id TEXT NOT NULL REFERENCES deck_shows (id) ON DELETE CASCADE,
  slide_id TEXT NOT NULL,
  question TEXT NOT NULL,
  correct_hands INTEGER NOT NULL CHECK (correct_hands >= 0),
  total_hands INTEGER CHECK (total_hands IS NULL OR total_hands >= correct_hands),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (show_id, slide_id)
);

-- Values for {{policeStation}}, {{policePhone}}, … chosen for one session's talk.
CREATE TABLE session_deck_settings (
  session_id TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
  variables TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
