--liquibase formatted sql

--changeset pimento:1.2-feeds-channel-tokens
-- Tokens a channel (web shop, marketplace connector) reads its feeds with. Like api_token, only
-- the SHA-256 of the token is kept; the token is shown once, at creation. Revoking deletes the row.
create table channel_token (
    id            bigserial primary key,
    channel       varchar(100) not null references channel (code) on delete cascade,
    name          varchar(100) not null,
    token_hash    varchar(64) not null unique,
    prefix        varchar(16) not null,
    created_at    timestamptz not null default now(),
    created_by    varchar(100),
    last_used_at  timestamptz
);
create index channel_token_channel_idx on channel_token (channel);
