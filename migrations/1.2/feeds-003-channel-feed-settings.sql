--liquibase formatted sql

--changeset pimento:1.2-feeds-channel-feed-settings
-- Per-channel feed settings, owned by the feeds feature (the catalog's channel table stays as it
-- is). No row: the defaults (every enabled product of the channel's tree, complete or not).
create table channel_feed_settings (
    channel        varchar(100) primary key references channel (code) on delete cascade,
    complete_only  boolean not null default false,
    version        integer not null default 0
);
