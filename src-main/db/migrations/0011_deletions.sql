-- Every person deleted (by the worker or by the retention purge): only their id and the time,
-- never their data. A restore or an archive import deletes these people again, so a deleted
-- person never comes back (PIPL Art. 47).
CREATE TABLE deletions (
  attendee_id TEXT PRIMARY KEY,
  deleted_at TEXT NOT NULL
);
