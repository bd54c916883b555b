--liquibase formatted sql

--changeset pimento:1.3-events-visitor-events
-- What visitors did, as channels report it (POST /api/v1/events). One row per accepted event,
-- written before the request is answered. Events know products and categories by code only.
-- Events without personalization consent keep no visitor or session: they count, never profile.
create table visitor_event (
    id              bigserial    primary key,
    channel         varchar(100) not null,
    type            varchar(20)  not null,
    visitor         varchar(200),
    session         varchar(200),
    product         varchar(255),
    category        varchar(255),
    query           varchar(500),
    response_id     varchar(100),
    personalization boolean      not null,
    occurred_at     timestamptz  not null,
    received_at     timestamptz  not null default now(),
    -- the rest of the event as sent: quantity, items, value, currency, products, like/hide, context
    data            jsonb        not null default '{}'
);
-- a session's and a visitor's recent events, newest first, for every placement request
create index visitor_event_session_idx on visitor_event (session, occurred_at desc) where session is not null;
create index visitor_event_visitor_idx on visitor_event (visitor, occurred_at desc) where visitor is not null;
-- retention purges and training read by time
create index visitor_event_occurred_idx on visitor_event (occurred_at);

-- An anonymous visitor merged into a known one: later events of the alias count for the visitor.
create table visitor_alias (
    alias      varchar(200) primary key,
    visitor    varchar(200) not null,
    merged_at  timestamptz  not null default now()
);
create index visitor_alias_visitor_idx on visitor_alias (visitor);

--changeset pimento:1.3-ranking-model
-- The last training of the personalized ranker, shared by every instance: each trains its own copy
-- from visitor_event, and retrains when another instance trained more recently than it did.
create table ranking_model (
    id          integer      primary key check (id = 1),
    trained_at  timestamptz  not null,
    seconds     double precision not null,
    sessions    integer      not null,
    clicks      integer      not null,
    items       integer      not null,
    first_event timestamptz,
    last_event  timestamptz
);

--changeset pimento:1.3-placement-experiments
-- A placement's experiment: a sticky share of visitors (the holdout) gets targeting only, the
-- others personalization; the arm is in each response id, so impressions and clicks carry it.
create table placement_experiment (
    placement   varchar(20)  primary key,
    holdout     numeric(4,3) not null check (holdout >= 0 and holdout <= 1),
    started_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);
-- impressions and clicks by the response that showed them, for the experiment report
create index visitor_event_response_idx on visitor_event (response_id) where response_id is not null;
