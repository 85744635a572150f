-- Materials and prizes (宣传品、奖品) with a stock: what came in, and what was handed out at which session.

CREATE TABLE materials (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('leaflet', 'booklet', 'poster', 'prize', 'other')),
  unit TEXT NOT NULL DEFAULT '',
  low_stock_at INTEGER NOT NULL DEFAULT 0 CHECK (low_stock_at >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX materials_by_name ON materials (name);

-- A handed-out row names its session; a deleted session keeps the stock right and loses only the link.
CREATE TABLE material_movements (
  id TEXT PRIMARY KEY,
  material_id TEXT NOT NULL REFERENCES materials (id) ON DELETE CASCADE,
  session_id TEXT REFERENCES sessions (id) ON DELETE SET NULL,
  kind TEXT NOT NULL CHECK (kind IN ('received', 'handed_out')),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  moved_at TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX material_movements_by_material ON material_movements (material_id, moved_at);
CREATE INDEX material_movements_by_session ON material_movements (session_id);
