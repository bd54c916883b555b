--liquibase formatted sql

--changeset pimento:1.4-bulk-actions-001-jobs
-- Bulk actions on products (enable, categories, a value, status, delete) run as background jobs
-- like imports: any instance shows a job's progress and report, and a job whose instance stopped
-- is marked interrupted by the heartbeat sweep.
create table bulk_action_job (
    id                bigserial primary key,
    -- the action as the API takes it: {"type": "enable", ...}
    action            jsonb not null,
    -- what it applies to: {"identifiers": [...]} or {"query": {"family": ["shoes"], ...}} (the search filters, not ids)
    selection         jsonb not null,
    status            varchar(20) not null,
    total             integer,
    processed         integer not null default 0,
    changed           integer not null default 0,
    unchanged         integer not null default 0,
    failed            integer not null default 0,
    message           text,
    created_by        varchar(100) not null,
    created_at        timestamptz not null default now(),
    started_at        timestamptz,
    finished_at       timestamptz,
    heartbeat_at      timestamptz
);
create index bulk_action_job_status_idx on bulk_action_job (status, id);

-- One product the action could not be applied to, and why.
create table bulk_action_failure (
    job_id      bigint not null references bulk_action_job (id) on delete cascade,
    identifier  varchar(255) not null,
    message     text not null,
    errors      jsonb not null default '[]',
    primary key (job_id, identifier)
);
