-- The outreach ledger (宣传台账): what kind of activity a session was, where (grid), what it
-- reached without a roster, materials handed out, app installs per attendee, and photos.

CREATE TABLE grids (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  household_count INTEGER CHECK (household_count IS NULL OR household_count >= 0),
  resident_count INTEGER CHECK (resident_count IS NULL OR resident_count >= 0),
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX grids_by_name ON grids (name);

-- A building or a shop street inside a grid.
CREATE TABLE grid_places (
  id TEXT PRIMARY KEY,
  grid_id TEXT NOT NULL REFERENCES grids (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'building' CHECK (kind IN ('building', 'shop_street')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX grid_places_by_grid ON grid_places (grid_id);

ALTER TABLE sessions ADD COLUMN activity_type TEXT NOT NULL DEFAULT 'talk'
  CHECK (activity_type IN ('talk', 'door_to_door', 'shops', 'stall', 'elderly_class', 'other'));
-- A deleted grid leaves its sessions in the ledger, just without a grid.
ALTER TABLE sessions ADD COLUMN grid_id TEXT REFERENCES grids (id) ON DELETE SET NULL;
ALTER TABLE sessions ADD COLUMN households_visited INTEGER CHECK (households_visited IS NULL OR households_visited >= 0);
ALTER TABLE sessions ADD COLUMN shops_visited INTEGER CHECK (shops_visited IS NULL OR shops_visited >= 0);
ALTER TABLE sessions ADD COLUMN people_reached_manual INTEGER CHECK (people_reached_manual IS NULL OR people_reached_manual >= 0);
ALTER TABLE sessions ADD COLUMN leaflets INTEGER NOT NULL DEFAULT 0 CHECK (leaflets >= 0);
ALTER TABLE sessions ADD COLUMN booklets INTEGER NOT NULL DEFAULT 0 CHECK (booklets >= 0);
ALTER TABLE sessions ADD COLUMN posters INTEGER NOT NULL DEFAULT 0 CHECK (posters >= 0);
CREATE INDEX sessions_by_grid ON sessions (grid_id);

ALTER TABLE attendance ADD COLUMN app_installed_at TEXT;
ALTER TABLE attendance ADD COLUMN app_registered_at TEXT;

-- Image bytes live in the database: serve mode has no userData folder, and a backup stays whole.
CREATE TABLE session_photos (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp')),
  byte_size INTEGER NOT NULL,
  bytes BLOB NOT NULL,
  thumbnail BLOB NOT NULL,
  added_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX session_photos_by_session ON session_photos (session_id, added_at);
