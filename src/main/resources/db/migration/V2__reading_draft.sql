-- What a reading keeps of the draft text it was imported from: its SHA-256, so that importing the same text
-- again is recognised and changes nothing, and the reference-link labels the document defines, so that a
-- Markdown link such as [text][ref] in any of its provisions is never taken for a bracket set.
alter table reading add column draft_sha256 varchar(64);
alter table reading add column link_labels varchar(4000);
