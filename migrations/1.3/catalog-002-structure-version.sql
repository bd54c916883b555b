--liquibase formatted sql

--changeset pimento:1.3-catalog-structure-version
-- The shared structure version was the search index's; the product validator's cache of the
-- structure (CatalogSchemas) now follows it too (io.pimento.catalog.StructureVersion), so it is
-- the catalog's.
alter table search_structure_version rename to catalog_structure_version;
