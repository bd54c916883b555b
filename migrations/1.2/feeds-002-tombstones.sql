--liquibase formatted sql

--changeset pimento:1.2-feeds-tombstones splitStatements:false
-- Deleted products, so an incremental feed (?updated_since=) can tell channels what to remove.
-- Filled by a trigger rather than by the application: deletions come from the product API, from
-- product model deletions (their variants), and from bulk SQL, and every one of them must be seen.
-- Disabled products and products moved out of a channel's tree still exist: the feed finds them
-- through their updated_at. Rows older than any client's last sync can be purged.
create table feed_tombstone (
    product_id  bigint primary key,
    identifier  varchar(255) not null,
    deleted_at  timestamptz not null default now()
);
create index feed_tombstone_deleted_idx on feed_tombstone (deleted_at);

-- Statement-level, with a transition table: one set-based insert per DELETE however many rows it
-- removes (a model deletion takes its variants along; tests and clean-ups delete thousands).
create or replace function feed_tombstones_of_deleted_products() returns trigger language plpgsql as $$
begin
    insert into feed_tombstone (product_id, identifier, deleted_at)
    select o.id, o.identifier, now() from old_rows o
    on conflict (product_id) do nothing;
    return null;
end $$;

create trigger product_feed_tombstones after delete on product
    referencing old table as old_rows
    for each statement execute function feed_tombstones_of_deleted_products();
