--liquibase formatted sql

--changeset pimento:1.1-search-outbox-held-by
-- Rows a bulk writer (an import job) holds back until it ends, so the job and the indexer do not
-- fight over the CPU; next_attempt_at caps the hold should the writer never release them.
alter table search_outbox add column held_by varchar(60);
create index search_outbox_held_idx on search_outbox (held_by) where held_by is not null;
