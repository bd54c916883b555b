--liquibase formatted sql

--changeset pimento:1.3-catalog-review-queue
-- The review queue and the dashboard's "waiting for review" count read only the products in review.
create index product_in_review_idx on product (updated_at desc, id) where status = 'in_review';
