-- Full-text search (search/): one document per searchable thing, its text, and its terms, one row per token with its
-- position, so that phrases are checked exactly in SQL and BM25 is computed in SQL on H2 and PostgreSQL alike.
-- The terms come from the application's analyzer (Lucene's), so this migration only makes the tables: the
-- application indexes at start whatever has no document yet (an upgraded database too).
--
-- A document's id is its thing's id * 4 + its kind (0 reading, 1 provision version, 2 report paragraph, 3 quote):
-- known before the insert, so documents and their terms go in as JDBC batches. The thing's own id is also in
-- the one reference column of its kind, whose cascade removes the document however the thing is deleted (an
-- entity, a bulk JPQL delete, a negotiation with everything in it).
create table search_document (
    id                   bigint       not null primary key,
    kind                 varchar(20)  not null,
    negotiation_id       bigint       not null,
    reading_id           bigint,
    reading_ref          bigint references reading (id) on delete cascade,
    provision_version_id bigint references provision_version (id) on delete cascade,
    paragraph_id         bigint references paragraph (id) on delete cascade,
    position_id          bigint references position (id) on delete cascade,
    term_count           integer      not null,
    constraint uk_search_document_reading unique (reading_ref),
    constraint uk_search_document_provision_version unique (provision_version_id),
    constraint uk_search_document_paragraph unique (paragraph_id),
    constraint uk_search_document_position unique (position_id)
);
create index ix_search_document_negotiation on search_document (negotiation_id, kind);
create index ix_search_document_reading on search_document (reading_id);

-- The text apart, so that ranking, which reads many documents' lengths, reads narrow rows; only a page's hits
-- read their text (for snippets).
create table search_text (
    document_id bigint           not null primary key references search_document (id) on delete cascade,
    body        varchar(1000000) not null
);

create table search_posting (
    document_id bigint       not null references search_document (id) on delete cascade,
    pos         integer      not null,
    term        varchar(100) not null,
    primary key (document_id, pos)
);
create index ix_search_posting_term on search_posting (term, document_id);
