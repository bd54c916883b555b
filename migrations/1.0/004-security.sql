--liquibase formatted sql

--changeset pimento:1.0-security
create table app_user (
    id          bigserial primary key,
    username    varchar(100) not null,
    password    varchar(255) not null,
    role        varchar(20) not null,
    enabled     boolean not null default true,
    created_at  timestamptz not null default now()
);
create unique index app_user_username_uk on app_user (lower(username));

-- Personal API tokens; only a SHA-256 of the token is kept.
create table api_token (
    id            bigserial primary key,
    user_id       bigint not null references app_user (id) on delete cascade,
    name          varchar(100) not null,
    token_hash    varchar(64) not null unique,
    prefix        varchar(16) not null,
    created_at    timestamptz not null default now(),
    expires_at    timestamptz,
    last_used_at  timestamptz
);
