--liquibase formatted sql

--changeset pimento:1.1-product-unique-values splitStatements:false
-- Values of unique attributes (an EAN...), one row each, kept by triggers from product.values, so
-- "does another product hold this value?" is one index probe. It replaces the GIN index over the
-- whole values document, whose upkeep (every path of every value) cost about 300 µs per written
-- product: more than everything else a bulk import does, and a hard cap on import speed.
drop index if exists product_values_gin;

create table product_unique_value (
    attribute   varchar(100) not null references attribute (code) on delete cascade,
    data        jsonb not null,
    product_id  bigint not null references product (id) on delete cascade,
    primary key (attribute, data, product_id)
);
create index product_unique_value_product_idx on product_unique_value (product_id);

create function product_unique_values_sync() returns trigger language plpgsql as $$
declare
    codes text[];
begin
    select array_agg(code) into codes from attribute where unique_value and type <> 'identifier';
    if tg_op = 'UPDATE' then
        if codes is null or new."values" is not distinct from old."values" then
            return null;
        end if;
        delete from product_unique_value where product_id = new.id;
    elsif codes is null then
        return null;
    end if;
    insert into product_unique_value (attribute, data, product_id)
    select k, v -> 'data', new.id
    from unnest(codes) k
    cross join lateral jsonb_array_elements(coalesce(new."values" -> k, '[]'::jsonb)) v
    where jsonb_typeof(v -> 'data') is distinct from 'null'
    on conflict do nothing;
    return null;
end $$;

create trigger product_unique_values_sync after insert or update of "values" on product
    for each row execute function product_unique_values_sync();

-- An attribute made unique later gets its existing values listed; one made not unique drops them.
create function attribute_unique_values_sync() returns trigger language plpgsql as $$
begin
    if new.unique_value and not old.unique_value and new.type <> 'identifier' then
        insert into product_unique_value (attribute, data, product_id)
        select new.code, v -> 'data', p.id
        from product p cross join lateral jsonb_array_elements(p."values" -> new.code) v
        where jsonb_exists(p."values", new.code) and jsonb_typeof(v -> 'data') is distinct from 'null'
        on conflict do nothing;
    elsif old.unique_value and not new.unique_value then
        delete from product_unique_value where attribute = old.code;
    end if;
    return null;
end $$;

create trigger attribute_unique_values_sync after update of unique_value on attribute
    for each row execute function attribute_unique_values_sync();

insert into product_unique_value (attribute, data, product_id)
select a.code, v -> 'data', p.id
from attribute a
join product p on jsonb_exists(p."values", a.code)
cross join lateral jsonb_array_elements(p."values" -> a.code) v
where a.unique_value and a.type <> 'identifier' and jsonb_typeof(v -> 'data') is distinct from 'null'
on conflict do nothing;
