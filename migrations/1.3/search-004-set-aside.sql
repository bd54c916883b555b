--liquibase formatted sql

--changeset pimento:1.3-search-outbox-set-aside
-- A document OpenSearch refuses on its own (not an outage) is retried pimento.search.indexer.
-- max-document-attempts times, then set aside: the row stays, with the error, out of the indexer's
-- way, until the product is edited (its new row replaces it) or the index is rebuilt.
-- document_failures counts only the refusals; attempts still counts every try, outages included.
alter table search_outbox add column document_failures integer not null default 0;
alter table search_outbox add column set_aside_at timestamptz;
alter table search_outbox add column error varchar(1000);
create index search_outbox_set_aside_idx on search_outbox (entity_id) where set_aside_at is not null;
