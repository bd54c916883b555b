--liquibase formatted sql

--changeset pimento:1.3-targeting-frequency-caps
-- A content item may be shown to one visitor at most cap_impressions times within cap_within
-- (an ISO-8601 duration), counted from the visitor's impression events that name it.
alter table content_item add column cap_impressions integer;
alter table content_item add column cap_within varchar(40);
alter table content_item add constraint content_item_cap_check
    check ((cap_impressions is null) = (cap_within is null) and (cap_impressions is null or cap_impressions between 1 and 1000));
