-- Schema version 8: figures.outcome_stated, 1 when the figure's sentence
-- states it as what happened ("reached", "tops", "se redujeron a", "60
-- pharmacies have closed"), 0 when it does not (issue 11: the checker reads
-- this from the stored frame, no longer from the sentence's words). Figures
-- stored before this version have NULL (read as 0): a re-ingest reads it.
ALTER TABLE figures ADD COLUMN outcome_stated INTEGER;
