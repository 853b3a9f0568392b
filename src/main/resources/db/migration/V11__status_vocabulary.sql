-- A negotiation's own status and note forms ("[agreed in informals]"), added to the common ones: one form per
-- line, written KIND<tab>STATUS<tab>words.
alter table negotiation add column status_terms varchar(8000);
alter table negotiation_aud add column status_terms varchar(8000);
