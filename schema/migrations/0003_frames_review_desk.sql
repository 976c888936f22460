-- Schema version 3: the statement frame of every figure (issue 11; the keys
-- of CONTRACT.md "The statement frame"), and the editor's desk (issue 14):
-- reviews gain the reviewer's initials, a correction and the verdict
-- not_a_claim, and every change to a review is kept in review_history.
-- Figures stored by an older version keep their data; their frames read as
-- unknown (level, actual, nulls) until the document is ingested again.
ALTER TABLE figures ADD COLUMN subject_head TEXT;
ALTER TABLE figures ADD COLUMN modifiers TEXT NOT NULL DEFAULT '[]';
ALTER TABLE figures ADD COLUMN base TEXT;
ALTER TABLE figures ADD COLUMN part TEXT;
ALTER TABLE figures ADD COLUMN measure TEXT NOT NULL DEFAULT 'level'
  CHECK (measure IN ('level', 'change', 'rate'));
ALTER TABLE figures ADD COLUMN direction TEXT CHECK (direction IN ('up', 'down', 'flat'));
ALTER TABLE figures ADD COLUMN previous REAL;
ALTER TABLE figures ADD COLUMN revised INTEGER NOT NULL DEFAULT 0;
ALTER TABLE figures ADD COLUMN per TEXT;
ALTER TABLE figures ADD COLUMN period TEXT;
ALTER TABLE figures ADD COLUMN modality TEXT NOT NULL DEFAULT 'actual'
  CHECK (modality IN ('actual', 'forecast', 'target', 'estimate'));
ALTER TABLE figures ADD COLUMN interval_low REAL;
ALTER TABLE figures ADD COLUMN interval_high REAL;
ALTER TABLE figures ADD COLUMN place TEXT;
ALTER TABLE figures ADD COLUMN speaker TEXT;
ALTER TABLE figures ADD COLUMN forecaster TEXT;

-- SQLite cannot change a CHECK constraint in place: the reviews table is
-- rebuilt with the new verdict and the new columns, keeping every row.
CREATE TABLE reviews_v3 (
  id INTEGER PRIMARY KEY,
  doc_path TEXT NOT NULL,
  sentence_hash TEXT NOT NULL,
  figure_text TEXT NOT NULL,
  verdict TEXT NOT NULL CHECK (verdict IN ('correct', 'incorrect', 'misleading', 'unverifiable',
                                           'not_a_claim', 'pending')),
  reviewer TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  correction TEXT NOT NULL DEFAULT '',
  reviewed_at TEXT NOT NULL,
  UNIQUE (doc_path, sentence_hash, figure_text)
);
INSERT INTO reviews_v3 (id, doc_path, sentence_hash, figure_text, verdict, note, reviewed_at)
  SELECT id, doc_path, sentence_hash, figure_text, verdict, note, reviewed_at FROM reviews;
DROP TABLE reviews;
ALTER TABLE reviews_v3 RENAME TO reviews;

-- Append-only: one row per change of a review (who, when, old and new).
-- Rows are never updated or deleted by claimcheck; the triggers enforce it.
CREATE TABLE review_history (
  id INTEGER PRIMARY KEY,
  doc_path TEXT NOT NULL,
  sentence_hash TEXT NOT NULL,
  figure_text TEXT NOT NULL,
  old_verdict TEXT,
  new_verdict TEXT NOT NULL,
  old_note TEXT,
  new_note TEXT NOT NULL DEFAULT '',
  old_correction TEXT,
  new_correction TEXT NOT NULL DEFAULT '',
  reviewer TEXT NOT NULL,
  via TEXT NOT NULL CHECK (via IN ('cli', 'import', 'serve', 'api')),
  changed_at TEXT NOT NULL
);
CREATE INDEX review_history_key ON review_history (doc_path, sentence_hash, figure_text);
CREATE TRIGGER review_history_no_update BEFORE UPDATE ON review_history BEGIN
  SELECT RAISE(ABORT, 'review_history is append-only');
END;
CREATE TRIGGER review_history_no_delete BEFORE DELETE ON review_history BEGIN
  SELECT RAISE(ABORT, 'review_history is append-only');
END;
