-- Schema version 1: documents with their blocks, sentences and figures, and
-- entity aliases. Offsets are half-open UTF-8 byte offsets into the document's
-- extracted text (schema/FORMAT.md).
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
  role TEXT NOT NULL CHECK (role IN ('source', 'article')),
  ingested_at TEXT NOT NULL
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
  UNIQUE (doc, seq)
);
CREATE INDEX figures_sentence ON figures (sentence);
CREATE INDEX figures_kind ON figures (kind);

CREATE TABLE aliases (
  id INTEGER PRIMARY KEY,
  alias TEXT NOT NULL,
  canonical TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('configured', 'learned')),
  doc INTEGER REFERENCES documents (id) ON DELETE CASCADE
);
CREATE INDEX aliases_doc ON aliases (doc);
