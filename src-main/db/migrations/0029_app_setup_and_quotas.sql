-- How far a resident's 国家反诈中心 app is set up beyond install/registration, kept once per person
-- (it is their phone, not a session's), and the install/registration quotas each grid is given.

CREATE TABLE attendee_app_setup (
  attendee_id TEXT PRIMARY KEY REFERENCES attendees (id) ON DELETE CASCADE,
  region_chosen_at TEXT,
  call_alert_at TEXT,
  guardian_linked_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- period is a calendar month, YYYY-MM.
CREATE TABLE grid_quotas (
  id TEXT PRIMARY KEY,
  grid_id TEXT NOT NULL REFERENCES grids (id) ON DELETE CASCADE,
  period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  registrations INTEGER NOT NULL CHECK (registrations >= 0),
  installs INTEGER NOT NULL CHECK (installs >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX grid_quotas_by_grid_period ON grid_quotas (grid_id, period);
