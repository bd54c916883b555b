--liquibase formatted sql

--changeset pimento:1.2-feeds-google-mapping
-- Per-channel mapping of catalog attributes to Google Merchant Center fields (docs/feeds.md).
-- No row: every field guessed from the product's family; a null attribute column: that field guessed.
create table channel_google_mapping (
    channel               varchar(100) primary key references channel (code) on delete cascade,
    title                 varchar(100),
    description           varchar(100),
    image_link            varchar(100),
    price                 varchar(100),
    brand                 varchar(100),
    gtin                  varchar(100),
    mpn                   varchar(100),
    availability          varchar(100),
    link_template         varchar(2000),
    default_availability  varchar(20) not null default 'in_stock',
    condition             varchar(20) not null default 'new',
    version               integer not null default 0
);
