-- Suggestions say who: the named stakeholder (or, when the register does not know the name, the name as the
-- report writes it, for an editor to register), the group it spoke for, and its role in the sentence.

alter table suggestion add column stakeholder_id bigint references stakeholder (id);
alter table suggestion add column on_behalf_of_id bigint references stakeholder (id);
alter table suggestion add column speaker_role varchar(20);
alter table suggestion add column speaker_name varchar(300);
alter table suggestion add column on_behalf_of_name varchar(300);
create index ix_suggestion_stakeholder on suggestion (stakeholder_id);
create index ix_suggestion_on_behalf_of on suggestion (on_behalf_of_id);

alter table suggestion_aud add column stakeholder_id bigint;
alter table suggestion_aud add column on_behalf_of_id bigint;
alter table suggestion_aud add column speaker_role varchar(20);
alter table suggestion_aud add column speaker_name varchar(300);
alter table suggestion_aud add column on_behalf_of_name varchar(300);
