--liquibase formatted sql

--changeset pimento:1.0-search-outbox
-- Transactional outbox: a write to the catalog adds a row here in the same transaction; the
-- indexer drains it into OpenSearch and deletes a row only once OpenSearch acknowledged it.
create table search_outbox (
    id               bigserial primary key,
    entity_type      varchar(40) not null,
    entity_id        bigint not null,
    enqueued_at      timestamptz not null default now(),
    attempts         integer not null default 0,
    next_attempt_at  timestamptz not null default now()
);
create index search_outbox_due_idx on search_outbox (next_attempt_at, id);
