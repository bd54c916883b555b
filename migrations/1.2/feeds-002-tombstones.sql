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

create function feed_tombstone_on_product_delete() returns trigger language plpgsql as $$
begin
    insert into feed_tombstone (product_id, identifier, deleted_at) values (old.id, old.identifier, now())
    on conflict (product_id) do nothing;
    return null;
end
$$;

create trigger product_feed_tombstone after delete on product
    for each row execute function feed_tombstone_on_product_delete();
