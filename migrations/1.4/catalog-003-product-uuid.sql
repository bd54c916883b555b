--liquibase formatted sql

--changeset pimento:1.4-catalog-product-uuid
-- A product's UUID: an identity that survives renaming the identifier (Akeneo 7's products-uuid
-- API keys products by it). The default fills existing rows and rows written by the import's
-- COPY, which does not name the column.
alter table product add column uuid uuid not null default gen_random_uuid();
create unique index product_uuid_key on product (uuid);
