-- Schema version 4: the document role `auto` (issue 13), the default of
-- `ingest` without --role. An auto document is read as an article when it
-- cites another stored document and as a source otherwise
-- (claims/check/roles.h). SQLite cannot change a CHECK constraint in place:
-- the documents table is rebuilt keeping every row and id. The store runs
-- this step with foreign keys off (so dropping the old table does not
-- cascade to blocks, sentences, figures and aliases) and checks them before
-- it commits.
CREATE TABLE documents_v4 (
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
  page_count INTEGER NOT NULL DEFAULT 0
);
INSERT INTO documents_v4 (id, doc_id, path, format, title, author, publisher, published, url,
                          lang, role, ingested_at, page_count)
  SELECT id, doc_id, path, format, title, author, publisher, published, url, lang, role,
         ingested_at, page_count FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v4 RENAME TO documents;
CREATE INDEX documents_doc_id ON documents (doc_id);
