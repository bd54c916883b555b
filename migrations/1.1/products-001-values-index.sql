--liquibase formatted sql

--changeset pimento:1.1-product-values-index
-- Lets "does another product hold this value?" (unique attributes) be a containment lookup,
-- values @> '{"ean": [{"data": "4006381333931"}]}', instead of a scan of every product.
create index product_values_gin on product using gin (values jsonb_path_ops);
