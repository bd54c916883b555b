--liquibase formatted sql

--changeset pimento:1.1-lz4-documents splitStatements:false
-- The large JSONB documents (values, completeness, history changes) are compressed with lz4 rather
-- than pglz when the server has it: pglz took about a third of the database's time in a bulk
-- import, lz4 compresses several times faster for about the same size. Only new rows are affected.
do $$
begin
    if exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any(enumvals)) then
        alter table product alter column "values" set compression lz4;
        alter table product alter column completeness set compression lz4;
        alter table product_model alter column "values" set compression lz4;
        alter table change_history alter column changes set compression lz4;
    end if;
end $$;
