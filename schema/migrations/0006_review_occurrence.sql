-- Schema version 6: a review names one figure occurrence. Until version 5 a
-- review was keyed by document, sentence hash and figure text, so two figures
-- with the same text in one sentence ("la temporada 2024-25, según su Memoria
-- económica de la temporada 2024-25") shared one review: a verdict on one
-- marked the other too (trial10). `occurrence` is the n-th figure with that
-- text in that sentence, counted from 1 (TextOccurrence, claims/store).
-- SQLite cannot change a UNIQUE constraint in place: both tables are rebuilt
-- keeping every row and id. A review stored before this step showed on every
-- figure with its text in its sentence; it stays on the first of them that
-- the stored version holds (almost always occurrence 1, whose row id is the
-- one its sheets carry), or on occurrence 1 when none is stored.
-- claimcheck_occurrence(sentence, offset, text) is TextOccurrence, a function
-- the store defines on its connection.
-- Dropping review_history drops its append-only triggers (dropping a table
-- fires no trigger); they are made again on the new table.
CREATE TABLE reviews_v6 (
  id INTEGER PRIMARY KEY,
  doc_path TEXT NOT NULL,
  sentence_hash TEXT NOT NULL,
  figure_text TEXT NOT NULL,
  occurrence INTEGER NOT NULL DEFAULT 1,
  verdict TEXT NOT NULL CHECK (verdict IN ('correct', 'incorrect', 'misleading', 'unverifiable',
                                           'not_a_claim', 'pending')),
  reviewer TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  correction TEXT NOT NULL DEFAULT '',
  reviewed_at TEXT NOT NULL,
  UNIQUE (doc_path, sentence_hash, figure_text, occurrence)
);
INSERT INTO reviews_v6 (id, doc_path, sentence_hash, figure_text, occurrence, verdict, reviewer,
                        note, correction, reviewed_at)
  SELECT id, doc_path, sentence_hash, figure_text, ifnull((
           SELECT min(claimcheck_occurrence(s.text, f.byte_start - s.byte_start, f.text))
           FROM figures f JOIN sentences s ON s.id = f.sentence JOIN documents d ON d.id = f.doc
           WHERE d.path = r.doc_path AND s.text_hash = r.sentence_hash AND f.text = r.figure_text),
         1), verdict, reviewer, note, correction, reviewed_at FROM reviews r;
DROP TABLE reviews;
ALTER TABLE reviews_v6 RENAME TO reviews;

CREATE TABLE review_history_v6 (
  id INTEGER PRIMARY KEY,
  doc_path TEXT NOT NULL,
  sentence_hash TEXT NOT NULL,
  figure_text TEXT NOT NULL,
  occurrence INTEGER NOT NULL DEFAULT 1,
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
INSERT INTO review_history_v6 (id, doc_path, sentence_hash, figure_text, occurrence, old_verdict,
                               new_verdict, old_note, new_note, old_correction, new_correction,
                               reviewer, via, changed_at)
  SELECT id, doc_path, sentence_hash, figure_text, ifnull((
           SELECT min(claimcheck_occurrence(s.text, f.byte_start - s.byte_start, f.text))
           FROM figures f JOIN sentences s ON s.id = f.sentence JOIN documents d ON d.id = f.doc
           WHERE d.path = h.doc_path AND s.text_hash = h.sentence_hash AND f.text = h.figure_text),
         1), old_verdict, new_verdict, old_note, new_note, old_correction, new_correction,
         reviewer, via, changed_at FROM review_history h;
DROP TABLE review_history;
ALTER TABLE review_history_v6 RENAME TO review_history;
CREATE INDEX review_history_key ON review_history (doc_path, sentence_hash, figure_text, occurrence);
CREATE TRIGGER review_history_no_update BEFORE UPDATE ON review_history BEGIN
  SELECT RAISE(ABORT, 'review_history is append-only');
END;
CREATE TRIGGER review_history_no_delete BEFORE DELETE ON review_history BEGIN
  SELECT RAISE(ABORT, 'review_history is append-only');
END;
