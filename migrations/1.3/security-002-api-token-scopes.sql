--liquibase formatted sql

--changeset pimento:1.3-security-api-token-scopes
-- What a personal token may do within its owner's role (read, write, admin). Tokens made before
-- scopes keep doing everything their owner's role allows: admin, the default.
alter table api_token add column scope varchar(10) not null default 'admin';
alter table api_token add constraint api_token_scope_check check (scope in ('read', 'write', 'admin'));
-- The token a token was created with: revoking (deleting) a token deletes its children, and theirs.
alter table api_token add column parent_id bigint references api_token (id) on delete cascade;
create index api_token_parent_idx on api_token (parent_id);
