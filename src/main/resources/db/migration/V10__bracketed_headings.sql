-- A whole provision still in brackets: the draft brackets its heading ("## [Article 3bis]"). The heading is not
-- part of the provision's text, so this is recorded beside it rather than as a bracket set in it.

alter table provision_version add column heading_bracketed boolean default false not null;
alter table provision_version_aud add column heading_bracketed boolean;
