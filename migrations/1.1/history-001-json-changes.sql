--liquibase formatted sql

--changeset pimento:1.1-history-json-changes splitStatements:false
-- History changes are written once and read back whole, never queried inside: plain json (the
-- text, checked) instead of jsonb (parsed into a binary tree). A bulk import writes one history
-- row per product; parsing them as jsonb took about a third of the database's time in an import,
-- json takes 40 % less and stores them smaller. Rewrites the table once.
alter table change_history alter column changes drop default;
alter table change_history alter column changes type json using changes::json;
alter table change_history alter column changes set default '[]'::json;
do $$
begin
    if exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any(enumvals)) then
        alter table change_history alter column changes set compression lz4;
    end if;
end $$;
