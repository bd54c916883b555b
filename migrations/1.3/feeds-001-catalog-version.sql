--liquibase formatted sql

--changeset pimento:1.3-feeds-catalog-version
-- Moved after every committed catalog change (io.pimento.catalog.CatalogVersion) and read by
-- every instance about once a second: caches of resolved feed items and placement candidates
-- know when another instance changed the catalog. A sequence: writers never wait on it.
create sequence catalog_version;
