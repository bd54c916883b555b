--liquibase formatted sql

--changeset pimento:1.0-catalog-structure
-- Structure entities are identified by their code, as in Akeneo; small lists (labels, locales,
-- attribute lists, requirements) are JSONB because they are always read and written whole.
create table locale (
    code        varchar(20) primary key,
    enabled     boolean not null default true
);

create table currency (
    code        varchar(3) primary key,
    enabled     boolean not null default true
);

create table category (
    code        varchar(100) primary key,
    parent      varchar(100) references category (code),
    -- materialized path of codes, '/root/child/', so a subtree is one prefix query
    path        text not null,
    labels      jsonb not null default '{}',
    sort_order  integer not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     integer not null default 0
);
create index category_parent_idx on category (parent);
create index category_path_idx on category (path text_pattern_ops);

create table channel (
    code           varchar(100) primary key,
    labels         jsonb not null default '{}',
    category_tree  varchar(100) not null references category (code),
    locales        jsonb not null default '[]',
    currencies     jsonb not null default '[]',
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    version        integer not null default 0
);

create table attribute_group (
    code        varchar(100) primary key,
    sort_order  integer not null default 0,
    labels      jsonb not null default '{}',
    version     integer not null default 0
);

create table attribute (
    code                   varchar(100) primary key,
    type                   varchar(40) not null,
    attribute_group        varchar(100) not null references attribute_group (code),
    localizable            boolean not null default false,
    scopable               boolean not null default false,
    unique_value           boolean not null default false,
    useable_as_grid_filter boolean not null default false,
    sort_order             integer not null default 0,
    labels                 jsonb not null default '{}',
    available_locales      jsonb not null default '[]',
    max_characters         integer,
    validation_rule        varchar(20),
    validation_regexp      text,
    number_min             numeric(20, 4),
    number_max             numeric(20, 4),
    decimals_allowed       boolean,
    negative_allowed       boolean,
    date_min               date,
    date_max               date,
    metric_family          varchar(100),
    default_metric_unit    varchar(100),
    allowed_extensions     jsonb not null default '[]',
    max_file_size          numeric(12, 2),
    reference_data_name    varchar(100),
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    version                integer not null default 0
);

create table attribute_option (
    attribute   varchar(100) not null references attribute (code) on delete cascade,
    code        varchar(100) not null,
    sort_order  integer not null default 0,
    labels      jsonb not null default '{}',
    version     integer not null default 0,
    primary key (attribute, code)
);

create table family (
    code                    varchar(100) primary key,
    labels                  jsonb not null default '{}',
    attribute_as_label      varchar(100) references attribute (code),
    attribute_as_image      varchar(100) references attribute (code),
    attributes              jsonb not null default '[]',
    -- {"<channel>": ["attr", ...]}
    attribute_requirements  jsonb not null default '{}',
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    version                 integer not null default 0
);

create table family_variant (
    code                    varchar(100) primary key,
    family                  varchar(100) not null references family (code),
    labels                  jsonb not null default '{}',
    -- [{"level": 1, "axes": [...], "attributes": [...]}, {"level": 2, ...}]
    variant_attribute_sets  jsonb not null default '[]',
    version                 integer not null default 0
);

create table association_type (
    code          varchar(100) primary key,
    labels        jsonb not null default '{}',
    is_two_way    boolean not null default false,
    is_quantified boolean not null default false,
    version       integer not null default 0
);

-- Akeneo's product groups (RELATED, XSELL...), kept so Akeneo catalogs import without loss.
create table product_group (
    code     varchar(100) primary key,
    type     varchar(100) not null,
    labels   jsonb not null default '{}',
    version  integer not null default 0
);
