--liquibase formatted sql

--changeset pimento:1.1-security-user-version
-- Users are edited through the API like any other resource: a version for ETag/If-Match.
alter table app_user add column version integer not null default 0;
-- Finds the tokens of a user (list, cascade on delete).
create index api_token_user_idx on api_token (user_id);
