--liquibase formatted sql

--changeset pimento:1.2-search-outbox-lanes
-- Two lanes: rows of interactive writes (API, UI) are claimed before bulk rows (imports, reindex,
-- completeness refreshes), so a merchandiser's edit is searchable in seconds whatever the backlog.
-- Rows inserted without saying so are bulk: only writers that know they are interactive say it.
alter table search_outbox add column interactive boolean not null default false;
create index search_outbox_interactive_idx on search_outbox (id) where interactive;
