-- Schema version 2: editors' reviews that survive re-ingest, the checker's
-- findings, full-text search over sentences, the page count of documents,
-- the apposition alias of figure subjects, and a hash of each sentence's text
-- (the key reviews hang on). claimcheck_sha256() is registered by the store
-- on every connection; the sqlite3 shell cannot run this step by itself.
ALTER TABLE documents ADD COLUMN page_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE figures ADD COLUMN subject_alias TEXT;
ALTER TABLE aliases ADD COLUMN lang TEXT;

ALTER TABLE sentences ADD COLUMN text_hash TEXT NOT NULL DEFAULT '';
UPDATE sentences SET text_hash = claimcheck_sha256(text);

CREATE TABLE reviews (
  id INTEGER PRIMARY KEY,
  doc_path TEXT NOT NULL,
  sentence_hash TEXT NOT NULL,
  figure_text TEXT NOT NULL,
  verdict TEXT NOT NULL
    CHECK (verdict IN ('correct', 'incorrect', 'misleading', 'unverifiable', 'pending')),
  note TEXT NOT NULL DEFAULT '',
  reviewed_at TEXT NOT NULL,
  UNIQUE (doc_path, sentence_hash, figure_text)
);

CREATE TABLE findings (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'error')),
  message TEXT NOT NULL,
  score REAL NOT NULL DEFAULT 0,
  reasons TEXT NOT NULL DEFAULT '[]',
  suggestion TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE finding_claims (
  finding INTEGER NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  figure INTEGER REFERENCES figures (id) ON DELETE SET NULL,
  record TEXT NOT NULL,
  PRIMARY KEY (finding, seq)
) WITHOUT ROWID;
CREATE INDEX finding_claims_figure ON finding_claims (figure);

CREATE VIRTUAL TABLE sentences_fts USING fts5 (
  text, content = 'sentences', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER sentences_fts_update AFTER UPDATE OF text ON sentences BEGIN
  INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END;
INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild');
