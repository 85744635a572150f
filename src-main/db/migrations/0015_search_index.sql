-- A full-text index for the search boxes (check-in and People), so a search over 100,000 people reads only
-- the people it finds. Each FTS row has the rowid of its attendees row. The index holds no phone digits
-- (phone and phone_tail have their own b-tree indexes). The triggers below keep it current for every writer;
-- deleting a person deletes their entry, and FTS5's secure-delete removes every trace of it from the index
-- itself rather than leaving it in older segments until they are merged.
--
-- name_characters: one token per character of the name, the hex of its UTF-8 bytes after lower() (which folds
--   ASCII only, as LIKE does), so a phrase of the query's characters finds exactly the names that contain it.
-- initials, pinyin: the stored search keys, found by prefix ("zs*", "zhang*").
CREATE VIRTUAL TABLE attendee_search USING fts5 (
  name_characters,
  initials,
  pinyin,
  prefix = '1 2 3',
  tokenize = 'unicode61'
);

INSERT INTO attendee_search (attendee_search, rank) VALUES ('secure-delete', 1);

-- One row per attendee with the text to index: the json_each over "[0,0,…]" (one element per character)
-- walks the name character by character.
CREATE VIEW attendee_search_source AS
SELECT
  p.rowid AS attendee_rowid,
  (SELECT group_concat(hex(lower(substr(p.name, c.key + 1, 1))), ' ' ORDER BY c.key)
   FROM json_each('[' || substr(replace(hex(zeroblob(length(p.name))), '00', ',0'), 2) || ']') c) AS name_characters,
  p.name_initials AS initials,
  p.name_pinyin AS pinyin
FROM attendees p;

INSERT INTO attendee_search (rowid, name_characters, initials, pinyin)
SELECT attendee_rowid, name_characters, initials, pinyin FROM attendee_search_source;

CREATE TRIGGER attendee_search_after_insert AFTER INSERT ON attendees BEGIN
  INSERT INTO attendee_search (rowid, name_characters, initials, pinyin)
  SELECT attendee_rowid, name_characters, initials, pinyin FROM attendee_search_source WHERE attendee_rowid = new.rowid;
END;

-- A sign-up or import that rewrites a person's name unchanged leaves the index alone.
CREATE TRIGGER attendee_search_after_update AFTER UPDATE OF name, name_initials, name_pinyin ON attendees
WHEN old.name IS NOT new.name OR old.name_initials IS NOT new.name_initials OR old.name_pinyin IS NOT new.name_pinyin BEGIN
  DELETE FROM attendee_search WHERE rowid = old.rowid;
  INSERT INTO attendee_search (rowid, name_characters, initials, pinyin)
  SELECT attendee_rowid, name_characters, initials, pinyin FROM attendee_search_source WHERE attendee_rowid = new.rowid;
END;

CREATE TRIGGER attendee_search_after_delete AFTER DELETE ON attendees BEGIN
  DELETE FROM attendee_search WHERE rowid = old.rowid;
END;

-- The check-in box lists people not on the session shortest name first; this index lets a search that finds
-- thousands stop after the first few in that order.
CREATE INDEX attendees_by_name_length_pinyin ON attendees (length(name), name_pinyin);
