-- Change tracking, so several laptops can merge their records (src-main/sync/).
--
-- sync_clock: this laptop's device id (made once, here) and its hybrid logical clock (HLC): an integer that is
--   max(last value + 1, wall-clock milliseconds × 1000), and is moved past every clock value a bundle brings in.
--   It is per-laptop state, so archives leave the sync_ tables out. `applying` is 1 only while a bundle is being
--   applied: rows then carry the clock values they came with instead of fresh local ones.
-- Every synced row (sessions, attendees, attendance, consents, and the deletions log) carries:
--   sync_hlc     the HLC of its current version, stamped by the device that made it;
--   sync_origin  that device's id;
--   sync_prev    the HLC of the version it was edited from (tells an edit made on top of another from a concurrent one);
--   sync_seq     this laptop's clock when the row last changed here, edit or merge: a bundle sends rows past a peer's mark.
-- The triggers below stamp every local write, whichever code path made it (the desk check-in is a single
-- self-committing statement, so only a trigger sees it), which is why the clock is advanced in SQL.
CREATE TABLE sync_clock (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  device_id TEXT NOT NULL,
  hlc INTEGER NOT NULL,
  applying INTEGER NOT NULL DEFAULT 0 CHECK (applying IN (0, 1))
);
INSERT INTO sync_clock (id, device_id, hlc) VALUES (1, lower(hex(randomblob(16))), CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1000);

-- What each peer has had from us (acknowledged_seq, in our clock) and what we have had from it (received_seq, in its clock).
CREATE TABLE sync_peers (
  device_id TEXT PRIMARY KEY,
  acknowledged_seq INTEGER NOT NULL DEFAULT 0,
  received_seq INTEGER NOT NULL DEFAULT 0,
  last_exchange_at TEXT NOT NULL
);

-- A field both sides changed: the newer value stands in the row, the other is kept here for the worker to review.
-- Deleting a person or session removes its conflicts too (trigger below), so nothing of a deleted person lingers.
CREATE TABLE sync_conflicts (
  id INTEGER PRIMARY KEY,
  table_name TEXT NOT NULL CHECK (table_name IN ('sessions', 'attendees')),
  row_id TEXT NOT NULL,
  field TEXT NOT NULL,
  kept_value TEXT,
  other_value TEXT,
  kept_hlc INTEGER NOT NULL,
  other_hlc INTEGER NOT NULL,
  other_origin TEXT NOT NULL,
  detected_at TEXT NOT NULL,
  UNIQUE (row_id, field, kept_hlc, other_hlc)
);

-- The deletions log becomes the tombstones of sync: a deleted or purged person, a person merged into another
-- (merged_into), or a deleted session (kind). Still only ids and times.
ALTER TABLE deletions ADD COLUMN kind TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'session'));
ALTER TABLE deletions ADD COLUMN merged_into TEXT;

ALTER TABLE sessions ADD COLUMN sync_hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN sync_origin TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN sync_prev INTEGER;
ALTER TABLE sessions ADD COLUMN sync_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attendees ADD COLUMN sync_hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attendees ADD COLUMN sync_origin TEXT NOT NULL DEFAULT '';
ALTER TABLE attendees ADD COLUMN sync_prev INTEGER;
ALTER TABLE attendees ADD COLUMN sync_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attendance ADD COLUMN sync_hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attendance ADD COLUMN sync_origin TEXT NOT NULL DEFAULT '';
ALTER TABLE attendance ADD COLUMN sync_prev INTEGER;
ALTER TABLE attendance ADD COLUMN sync_seq INTEGER NOT NULL DEFAULT 0;
-- When the last check-in was undone: a check-in counts only if it is newer than this (see src-main/domain/checkInMerge.ts).
ALTER TABLE attendance ADD COLUMN undone_at TEXT;
ALTER TABLE consents ADD COLUMN sync_hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE consents ADD COLUMN sync_origin TEXT NOT NULL DEFAULT '';
ALTER TABLE consents ADD COLUMN sync_prev INTEGER;
ALTER TABLE consents ADD COLUMN sync_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deletions ADD COLUMN sync_hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deletions ADD COLUMN sync_origin TEXT NOT NULL DEFAULT '';
ALTER TABLE deletions ADD COLUMN sync_prev INTEGER;
ALTER TABLE deletions ADD COLUMN sync_seq INTEGER NOT NULL DEFAULT 0;

UPDATE sessions SET sync_hlc = c.hlc, sync_seq = c.hlc, sync_origin = c.device_id FROM sync_clock c;
UPDATE attendees SET sync_hlc = c.hlc, sync_seq = c.hlc, sync_origin = c.device_id FROM sync_clock c;
UPDATE attendance SET sync_hlc = c.hlc, sync_seq = c.hlc, sync_origin = c.device_id FROM sync_clock c;
UPDATE consents SET sync_hlc = c.hlc, sync_seq = c.hlc, sync_origin = c.device_id FROM sync_clock c;
UPDATE deletions SET sync_hlc = c.hlc, sync_seq = c.hlc, sync_origin = c.device_id FROM sync_clock c;

CREATE INDEX sessions_by_sync_seq ON sessions (sync_seq);
CREATE INDEX attendees_by_sync_seq ON attendees (sync_seq);
CREATE INDEX attendance_by_sync_seq ON attendance (sync_seq);
CREATE INDEX consents_by_sync_seq ON consents (sync_seq);
CREATE INDEX deletions_by_sync_seq ON deletions (sync_seq);

-- One pair of triggers per table. The inner UPDATE changes sync_hlc, so the WHEN clause keeps it from
-- stamping again; a write made while a bundle is applied is stamped by the sync code itself.
CREATE TRIGGER sessions_sync_insert AFTER INSERT ON sessions WHEN (SELECT applying FROM sync_clock) = 0 BEGIN
  UPDATE sync_clock SET hlc = max(hlc + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1000);
  UPDATE sessions SET sync_hlc = c.hlc, sync_seq = c.hlc, sync_origin = c.device_id, sync_prev = NULL FROM sync_clock c WHERE sessions.rowid = new.rowid;
END;
CREATE TRIGGER sessions_sync_update AFTER UPDATE ON sessions WHEN new.sync_hlc IS old.sync_hlc AND (SELECT applying FROM sync_clock) = 0 BEGIN
  UPDATE sync_clock SET hlc = max(hlc + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1000);
  UPDATE sessions SET sync_hlc = c.hlc, sync_seq = c.hlc, sync_origin = c.device_id, sync_prev = old.sync_hlc FROM sync_clock c WHERE sessions.rowid = new.rowid;
END;

CREATE TRIGGER attendees_sync_insert AFTER INSERT ON attendees WHEN (SELECT applying FROM sync_clock) = 0 BEGIN
  UPDATE sync_clock SET hlc = max(hlc + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1000);
  UPDATE attendees SET sync_hlc = c.hlc, sync_seq = c.hlc, sync_origin = c.device_id, sync_prev = NULL FROM sync_clock c WHERE attendees.rowid = new.rowid;
END;
CREATE TRIGGER attendees_sync_update AFTER UPDATE ON attendees WHEN new.sync_hlc IS old.sync_hlc AND (SELECT applying FROM sync_clock) = 0 BEGIN
  UPDATE sync_clock SET hlc = max(hlc + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1000);
  UPDATE attendees SET sync_hlc = c.hlc, sync_seq = c.hlc, sync_origin = c.device_id, sync_prev = old.sync_hlc FROM sync_clock c WHERE attendees.rowid = new.rowid;
END;

CREATE TRIGGER consents_sync_insert AFTER INSERT ON consents WHEN (SELECT applying FROM sync_clock) = 0 BEGIN
  UPDATE sync_clock SET hlc = max(hlc + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1000);
  UPDATE consents SET sync_hlc = c.hlc, sync_seq = c.hlc, sync_origin = c.device_id, sync_prev = NULL FROM sync_clock c WHERE consents.rowid = new.rowid;
END;
CREATE TRIGGER consents_sync_update AFTER UPDATE ON consents WHEN new.sync_hlc IS old.sync_hlc AND (SELECT applying FROM sync_clock) = 0 BEGIN
  UPDATE sync_clock SET hlc = max(hlc + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1000);
  UPDATE consents SET sync_hlc = c.hlc, sync_seq = c.hlc, sync_origin = c.device_id, sync_prev = old.sync_hlc FROM sync_clock c WHERE consents.rowid = new.rowid;
END;

CREATE TRIGGER deletions_sync_insert AFTER INSERT ON deletions WHEN (SELECT applying FROM sync_clock) = 0 BEGIN
  UPDATE sync_clock SET hlc = max(hlc + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1000);
  UPDATE deletions SET sync_hlc = c.hlc, sync_seq = c.hlc, sync_origin = c.device_id, sync_prev = NULL FROM sync_clock c WHERE deletions.rowid = new.rowid;
END;

-- Attendance also keeps its undo time: a check-in cleared by a statement that did not set undone_at itself (an
-- undo; a merge of two people sets it) is undone now. A check-in is always made newer than the last undo (a laptop whose clock
-- is behind another's could otherwise make one that every other laptop would count as undone).
CREATE TRIGGER attendance_sync_insert AFTER INSERT ON attendance WHEN (SELECT applying FROM sync_clock) = 0 BEGIN
  UPDATE sync_clock SET hlc = max(hlc + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1000);
  UPDATE attendance SET sync_hlc = c.hlc, sync_seq = c.hlc, sync_origin = c.device_id, sync_prev = NULL FROM sync_clock c WHERE attendance.rowid = new.rowid;
END;
CREATE TRIGGER attendance_sync_update AFTER UPDATE ON attendance WHEN new.sync_hlc IS old.sync_hlc AND (SELECT applying FROM sync_clock) = 0 BEGIN
  UPDATE sync_clock SET hlc = max(hlc + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1000);
  UPDATE attendance SET sync_hlc = c.hlc, sync_seq = c.hlc, sync_origin = c.device_id, sync_prev = old.sync_hlc,
    undone_at = CASE WHEN old.checked_in_at IS NOT NULL AND new.checked_in_at IS NULL AND new.undone_at IS old.undone_at
      THEN max(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), old.checked_in_at, coalesce(new.undone_at, '')) ELSE new.undone_at END,
    checked_in_at = CASE WHEN new.checked_in_at IS NOT NULL AND new.undone_at IS NOT NULL AND new.checked_in_at <= new.undone_at
      THEN strftime('%Y-%m-%dT%H:%M:%fZ', new.undone_at, '+0.001 seconds') ELSE new.checked_in_at END
  FROM sync_clock c WHERE attendance.rowid = new.rowid;
END;

-- A deleted person or session leaves no reviewable values behind.
CREATE TRIGGER attendees_sync_forget_conflicts AFTER DELETE ON attendees BEGIN
  DELETE FROM sync_conflicts WHERE row_id = old.id;
END;
CREATE TRIGGER sessions_sync_forget_conflicts AFTER DELETE ON sessions BEGIN
  DELETE FROM sync_conflicts WHERE row_id = old.id;
END;
