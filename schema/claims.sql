-- The claimcheck store, schema version 10: the whole schema as it stands after
-- every step in migrations/. schema/FORMAT.md describes each table and column;
-- a test checks that this file and the migrations build the same database.
-- Offsets are half-open UTF-8 byte offsets into a document's extracted text.
PRAGMA user_version = 10;

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL,
  path TEXT NOT NULL UNIQUE,
  format TEXT NOT NULL,
  title TEXT,
  author TEXT,
  publisher TEXT,
  published TEXT,
  url TEXT,
  lang TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('source', 'article', 'auto')),
  ingested_at TEXT NOT NULL,
  page_count INTEGER NOT NULL DEFAULT 0,
  genre TEXT CHECK (genre IS NULL OR genre IN ('wire'))
);
CREATE INDEX documents_doc_id ON documents (doc_id);

CREATE TABLE blocks (
  doc INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  byte_start INTEGER NOT NULL,
  byte_end INTEGER NOT NULL,
  page INTEGER,
  level INTEGER NOT NULL DEFAULT 0,
  row INTEGER,
  col INTEGER,
  PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE sentences (
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  block INTEGER NOT NULL,
  byte_start INTEGER NOT NULL,
  byte_end INTEGER NOT NULL,
  page INTEGER,
  text TEXT NOT NULL,
  text_hash TEXT NOT NULL DEFAULT '',
  UNIQUE (doc, idx)
);

CREATE TABLE figures (
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL REFERENCES sentences (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  byte_start INTEGER NOT NULL,
  byte_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  value_num REAL NOT NULL DEFAULT 0,
  value_iso TEXT,
  value_max_num REAL,
  value_max_iso TEXT,
  qualifier TEXT NOT NULL,
  unit TEXT,
  subject TEXT,
  attribution TEXT,
  quoted INTEGER NOT NULL DEFAULT 0,
  time TEXT,
  rule TEXT NOT NULL,
  subject_alias TEXT,
  subject_head TEXT,
  modifiers TEXT NOT NULL DEFAULT '[]',
  base TEXT,
  part TEXT,
  measure TEXT NOT NULL DEFAULT 'level' CHECK (measure IN ('level', 'change', 'rate', 'ratio')),
  direction TEXT CHECK (direction IN ('up', 'down', 'flat')),
  previous REAL,
  revised INTEGER NOT NULL DEFAULT 0,
  per TEXT,
  period TEXT,
  modality TEXT NOT NULL DEFAULT 'actual'
    CHECK (modality IN ('actual', 'forecast', 'target', 'estimate')),
  interval_low REAL,
  interval_high REAL,
  place TEXT,
  speaker TEXT,
  forecaster TEXT,
  period_inherited TEXT,
  outcome_stated INTEGER,
  UNIQUE (doc, seq)
);
CREATE INDEX figures_sentence ON figures (sentence);
CREATE INDEX figures_kind ON figures (kind);

CREATE TABLE aliases (
  id INTEGER PRIMARY KEY,
  alias TEXT NOT NULL,
  canonical TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('configured', 'learned')),
  doc INTEGER REFERENCES documents (id) ON DELETE CASCADE,
  lang TEXT
);
CREATE INDEX aliases_doc ON aliases (doc);

CREATE TABLE links (
  doc INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  url TEXT NOT NULL,
  anchor TEXT NOT NULL,
  PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE reviews (
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

CREATE TABLE review_history (
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
CREATE INDEX review_history_key ON review_history (doc_path, sentence_hash, figure_text, occurrence);
CREATE TRIGGER review_history_no_update BEFORE UPDATE ON review_history BEGIN
  SELECT RAISE(ABORT, 'review_history is append-only');
END;
CREATE TRIGGER review_history_no_delete BEFORE DELETE ON review_history BEGIN
  SELECT RAISE(ABORT, 'review_history is append-only');
END;

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
