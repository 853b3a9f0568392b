-- One number that every committed write to public data advances, in the write's own transaction (a row
-- lock orders the increments as the commits): a cached read is valid while this number is unchanged, on
-- every instance that shares the database.
create table data_revision (
    id       integer primary key,
    revision bigint  not null
);
insert into data_revision (id, revision) values (1, 0);
