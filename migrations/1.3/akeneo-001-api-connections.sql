--liquibase formatted sql

--changeset pimento:1.3-akeneo-api-connections
-- Akeneo's API connections (OAuth2 clients: a client id and a secret) and the tokens they were
-- granted for a user (io.pimento.akeneo.oauth). As for api_token, only SHA-256 hashes of secrets
-- and tokens are kept. Deleting a connection revokes its tokens, deleting a user theirs.
create table api_connection (
    id           bigserial primary key,
    code         varchar(100) not null,
    label        varchar(255),
    client_id    varchar(100) not null unique,
    secret_hash  varchar(64) not null,
    created_at   timestamptz not null default now(),
    created_by   varchar(100)
);
create unique index api_connection_code_uk on api_connection (lower(code));

-- One row per grant: an access token (short-lived) and the refresh token that replaces the pair.
create table api_connection_token (
    id                  bigserial primary key,
    connection_id       bigint not null references api_connection (id) on delete cascade,
    user_id             bigint not null references app_user (id) on delete cascade,
    access_hash         varchar(64) not null unique,
    access_expires_at   timestamptz not null,
    refresh_hash        varchar(64) not null unique,
    refresh_expires_at  timestamptz not null,
    created_at          timestamptz not null default now()
);
create index api_connection_token_connection_idx on api_connection_token (connection_id);
create index api_connection_token_user_idx on api_connection_token (user_id);
