--liquibase formatted sql

--changeset pimento:1.2-security-rate-limit-buckets
-- One token bucket per rate-limited key (a channel token, later a user), shared by every instance
-- of the application: io.pimento.security.ratelimit.RateLimiter refills and takes from it with one
-- INSERT ... ON CONFLICT DO UPDATE ... RETURNING per request. Unlogged: the counters are worth
-- nothing after a crash (buckets simply start full again), and skipping the WAL keeps the
-- per-request write cheap.
create unlogged table rate_limit_bucket (
    key          varchar(120) primary key,
    tokens       double precision not null,
    refilled_at  timestamptz not null,
    -- whether the last request took a token, so the statement can answer it in its RETURNING
    allowed      boolean not null
);
