--liquibase formatted sql

--changeset pimento:1.1-import-jobs
-- CSV import jobs outlive the request that started them (and the instance that ran them): the
-- upload answers with a job id at once and a background runner reports its progress here.
create table import_job (
    id                bigserial primary key,
    type              varchar(40) not null,
    status            varchar(20) not null,
    phase             varchar(20),
    file_name         varchar(255),
    -- folder holding the uploaded CSV (and media from a ZIP) until the job has run
    work_dir          text,
    delimiter         varchar(2),
    dry_run           boolean not null default false,
    all_or_nothing    boolean not null default false,
    -- the file's header row, so the error report can repeat the original columns
    header            jsonb not null default '[]',
    total_rows        integer,
    read_rows         integer not null default 0,
    created_rows      integer not null default 0,
    updated_rows      integer not null default 0,
    unchanged_rows    integer not null default 0,
    rejected_rows     integer not null default 0,
    cancel_requested  boolean not null default false,
    message           text,
    created_by        varchar(100) not null,
    created_at        timestamptz not null default now(),
    started_at        timestamptz,
    finished_at       timestamptz,
    -- refreshed by the running instance; a running job whose heartbeat stops was orphaned by a crash
    heartbeat_at      timestamptz
);
create index import_job_status_idx on import_job (status, id);

-- One rejected row: its original cells and every reason, for the downloadable error report.
create table import_rejection (
    job_id  bigint not null references import_job (id) on delete cascade,
    line    bigint not null,
    cells   jsonb not null,
    errors  jsonb not null,
    primary key (job_id, line)
);
