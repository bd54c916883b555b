--liquibase formatted sql

--changeset pimento:1.0-history
-- Who changed what, when: one row per change of a resource, with field-level before/after.
create table change_history (
    id             bigserial primary key,
    resource_type  varchar(40) not null,
    resource_code  varchar(255) not null,
    version        integer,
    action         varchar(20) not null,
    author         varchar(100) not null,
    changed_at     timestamptz not null default now(),
    -- [{"field": "values.name.en_US.<all>", "before": .., "after": ..}]
    changes        jsonb not null default '[]'
);
create index change_history_resource_idx on change_history (resource_type, lower(resource_code), id desc);
