-- Schema version 7: figures.period_inherited, the span a figure's document
-- names in its title or the heading over the figure, kept for a figure whose
-- sentence states no period or time of its own (issue 11 point 5). It is
-- weaker than `period`: the checker compares it only where the source figure
-- states no span. Figures stored before this version have none (NULL): a
-- re-ingest reads it.
ALTER TABLE figures ADD COLUMN period_inherited TEXT;
