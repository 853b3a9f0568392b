-- Positions and suggestions may point at one alternative of a bracket set ("who is behind option 2?"), and an
-- unnamed speaker may be counted among a group the report names ("several LDCs": SEVERAL among the LDCs).
alter table position add column alternative_index integer;
alter table position add column among_id bigint references stakeholder (id);
create index ix_position_among on position (among_id);
alter table position_aud add column alternative_index integer;
alter table position_aud add column among_id bigint;

alter table suggestion add column bracket_set_index integer;
alter table suggestion add column alternative_index integer;
alter table suggestion add column among_id bigint references stakeholder (id);
alter table suggestion add column among_name varchar(300);
create index ix_suggestion_among on suggestion (among_id);
alter table suggestion_aud add column bracket_set_index integer;
alter table suggestion_aud add column alternative_index integer;
alter table suggestion_aud add column among_id bigint;
alter table suggestion_aud add column among_name varchar(300);

-- A reference to another instrument ("FCCC Article 4.1", "decision 1/CP.17") is recorded as a mention that
-- points at no provision of the draft.
alter table mention alter column provision_version_id drop not null;
