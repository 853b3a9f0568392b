-- Numbered paragraphs and lettered subparagraphs are provisions of their own (art_4__para_2), so that positions
-- and report mentions can point at them; their text is a slice of their article's, which keeps its whole text.
-- This flag says so, so that bracket totals count each bracket once and the article renders as a whole.

alter table provision_version add column part_of_parent boolean default false not null;
alter table provision_version_aud add column part_of_parent boolean;
