--liquibase formatted sql

--changeset pimento:1.2-targeting-rules
-- Merchandising rules: what a placement (or every placement, placement null) shows to a segment
-- (or everyone, segment null), by priority, within an optional schedule [starts_at, ends_at).
-- The action (pin, include, exclude, boost, bury, content) is one JSON object, read whole.
create table merchandising_rule (
    code        varchar(100) primary key,
    placement   varchar(20),
    segment     varchar(100),
    priority    integer not null default 0,
    starts_at   timestamptz,
    ends_at     timestamptz,
    action      jsonb not null,
    enabled     boolean not null default true,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     integer not null default 0,
    constraint merchandising_rule_schedule_ck check (starts_at is null or ends_at is null or starts_at < ends_at)
);
-- Codes are unique regardless of case, like catalog codes.
create unique index merchandising_rule_code_lower_uk on merchandising_rule (lower(code));

-- Bumped in the transaction of every change to rules or content items, so each instance notices
-- that its cached copy of the active rules is stale, whoever made the change.
create table merchandising_version (
    id       smallint primary key check (id = 1),
    version  bigint not null
);
insert into merchandising_version (id, version) values (1, 0);
