--liquibase formatted sql

--changeset pimento:1.2-targeting-segments
-- Segments: named conditions over the visitor context and behaviour (docs/segments.md). The
-- condition is the JSON the API takes, validated before it is stored.
create table segment (
    code         varchar(100) primary key,
    name         varchar(255) not null,
    description  text,
    condition    jsonb not null,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      integer not null default 0
);

-- Codes are unique regardless of case, like structure codes.
create unique index segment_code_lower_uk on segment (lower(code));

-- Moved on by every segment write, in its transaction: each instance's SegmentMatcher compares it
-- with the revision of its cached segments to know when another instance changed them.
create table segment_revision (
    id        smallint primary key check (id = 1),
    revision  bigint not null
);
insert into segment_revision (id, revision) values (1, 0);
