--liquibase formatted sql

--changeset pimento:1.2-targeting-content-items
-- Content items (banners, offers, messages) that merchandising rules place among products:
-- translated title and text ({"en_US": "..."}), an image and a link, valid in [valid_from, valid_to).
create table content_item (
    code        varchar(100) primary key,
    type        varchar(20) not null,
    title       jsonb not null default '{}'::jsonb,
    text        jsonb not null default '{}'::jsonb,
    image       varchar(2000),
    link        varchar(2000),
    valid_from  timestamptz,
    valid_to    timestamptz,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     integer not null default 0,
    constraint content_item_validity_ck check (valid_from is null or valid_to is null or valid_from < valid_to)
);
create unique index content_item_code_lower_uk on content_item (lower(code));
