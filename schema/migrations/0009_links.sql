-- Schema version 9: links, a document's hyperlinks to web pages (an HTML
-- <a href>, a Markdown link), in reading order. Coverage cites a report by a
-- link as often as by name (issue 13 point 6: "[the latest figures](https://
-- ...)" names no publisher), so the role finder reads them as it reads an
-- address written in the text. Documents stored before this version have
-- none: a re-ingest reads them.
CREATE TABLE links (
  doc INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  url TEXT NOT NULL,
  anchor TEXT NOT NULL,
  PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
