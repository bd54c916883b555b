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

-- Statement-level triggers with transition tables: one set-based statement per INSERT, UPDATE or
-- COPY however many rows it writes (a row-level trigger cost ~20 µs per row of a bulk import).
create or replace function product_unique_values_inserted() returns trigger language plpgsql as $$
begin
    insert into product_unique_value (attribute, data, product_id)
    select a.code, v -> 'data', n.id
    from attribute a
    cross join new_rows n
    cross join lateral jsonb_array_elements(coalesce(n."values" -> a.code, '[]'::jsonb)) v
    where a.unique_value and a.type <> 'identifier' and jsonb_typeof(v -> 'data') is distinct from 'null'
    on conflict do nothing;
    return null;
end $$;

create or replace function product_unique_values_updated() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from attribute where unique_value and type <> 'identifier') then
        return null;
    end if;
    delete from product_unique_value u using new_rows n, old_rows o
    where u.product_id = n.id and o.id = n.id and n."values" is distinct from o."values";
    insert into product_unique_value (attribute, data, product_id)
    select a.code, v -> 'data', n.id
    from attribute a
    cross join new_rows n
    join old_rows o on o.id = n.id and n."values" is distinct from o."values"
    cross join lateral jsonb_array_elements(coalesce(n."values" -> a.code, '[]'::jsonb)) v
    where a.unique_value and a.type <> 'identifier' and jsonb_typeof(v -> 'data') is distinct from 'null'
    on conflict do nothing;
    return null;
end $$;

create trigger product_unique_values_inserted after insert on product
    referencing new table as new_rows
    for each statement execute function product_unique_values_inserted();
create trigger product_unique_values_updated after update on product
    referencing old table as old_rows new table as new_rows
    for each statement execute function product_unique_values_updated();

-- An attribute made unique later gets its existing values listed; one made not unique drops them.
create or replace function attribute_unique_values_sync() returns trigger language plpgsql as $$
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
