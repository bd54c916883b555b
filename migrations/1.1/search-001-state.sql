--liquibase formatted sql

--changeset pimento:1.1-search-reindex
-- The state of the last full rebuild of the search index (one row), shared by all instances.
-- A rebuild refills search_outbox with every product; it is done once the rows up to
-- outbox_watermark are drained.
create table search_reindex (
    id                smallint primary key check (id = 1),
    status            varchar(20) not null,
    started_at        timestamptz,
    finished_at       timestamptz,
    documents         bigint not null default 0,
    outbox_watermark  bigint,
    error             text
);
insert into search_reindex (id, status) values (1, 'idle');

--changeset pimento:1.1-search-structure-version
-- Bumped in the transaction of every catalog structure change (StructureChanged), so each
-- instance notices that its cached copy of the structure is stale, whoever made the change.
create table search_structure_version (
    id       smallint primary key check (id = 1),
    version  bigint not null
);
insert into search_structure_version (id, version) values (1, 0);
