-- Schema version 10: documents.genre, what kind of piece the document is
-- when its form says so: 'wire' for news-agency copy, whose lead is tagged
-- with the agency ("VALDELOBOS, 6 Oct. (Agencia Meridiana) - ..."). An
-- agency's name may read like a public body's ("Agencia", "Agency"); its
-- copy is coverage all the same (trial89). NULL when the form says nothing
-- or for documents stored before this version (a re-ingest reads it).
ALTER TABLE documents ADD COLUMN genre TEXT CHECK (genre IS NULL OR genre IN ('wire'));
