-- Indexes for the remaining filters and sorts of the API (the others came with their tables).
create index ix_position_quantifier on position (quantifier);
create index ix_position_stance on position (stance);
create index ix_source_document_negotiation on source_document (negotiation_id, published_on);
create index ix_reading_negotiation on reading (negotiation_id);
create index ix_provision_negotiation on provision (negotiation_id);
create index ix_provision_version_provision on provision_version (provision_id);
create index ix_provision_aud_id on provision_aud (id);
create index ix_suggestion_reading on suggestion (reading_id);
