--liquibase formatted sql

--changeset pimento:1.0-products
-- Values are stored in Akeneo's shape: {"<attribute>": [{"locale": .., "scope": .., "data": ..}]}.
create table product_model (
    id              bigserial primary key,
    code            varchar(255) not null,
    family_variant  varchar(100) not null references family_variant (code),
    parent_id       bigint references product_model (id),
    categories      jsonb not null default '[]',
    values          jsonb not null default '{}',
    associations    jsonb not null default '{}',
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    created_by      varchar(100),
    updated_by      varchar(100),
    version         integer not null default 0
);
create unique index product_model_code_uk on product_model (lower(code));
create index product_model_parent_idx on product_model (parent_id);

create table product (
    id               bigserial primary key,
    identifier       varchar(255) not null,
    family           varchar(100) references family (code),
    parent_id        bigint references product_model (id),
    enabled          boolean not null default true,
    status           varchar(20) not null default 'draft',
    categories       jsonb not null default '[]',
    groups           jsonb not null default '[]',
    values           jsonb not null default '{}',
    associations     jsonb not null default '{}',
    -- [{"channel": .., "locale": .., "ratio": 0-100, "required": n, "missing": [...]}]
    completeness     jsonb not null default '[]',
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    created_by       varchar(100),
    updated_by       varchar(100),
    version          integer not null default 0
);
-- identifiers are case-insensitive, as in Akeneo
create unique index product_identifier_uk on product (lower(identifier));
create index product_family_idx on product (family);
create index product_parent_idx on product (parent_id);
create index product_updated_idx on product (updated_at, id);
