-- Schema version 5: the frame measure `ratio` (a multiplier that compares two
-- things, "three times as likely"; issue 13). Version 3 allowed only level,
-- change and rate, so storing a document with such a figure failed its CHECK.
-- SQLite cannot change a CHECK constraint in place: the figures table is
-- rebuilt keeping every row and id (foreign keys are off during the step, as
-- for version 4, and checked before it commits).
CREATE TABLE figures_v5 (
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
  UNIQUE (doc, seq)
);
INSERT INTO figures_v5 SELECT id, doc, sentence, seq, byte_start, byte_end, text, kind, value_num,
  value_iso, value_max_num, value_max_iso, qualifier, unit, subject, attribution, quoted, time, rule,
  subject_alias, subject_head, modifiers, base, part, measure, direction, previous, revised, per,
  period, modality, interval_low, interval_high, place, speaker, forecaster FROM figures;
DROP TABLE figures;
ALTER TABLE figures_v5 RENAME TO figures;
CREATE INDEX figures_sentence ON figures (sentence);
CREATE INDEX figures_kind ON figures (kind);
