--liquibase formatted sql

--changeset pimento:1.3-security-ui-sessions
-- The server side of web UI sessions. Quarkus' form login keeps the user in an encrypted cookie
-- that no server can take back; each login also gets a row here, named by the SHA-256 of a random
-- value in a second cookie (pimento-session), and a UI request is only let in while its row
-- exists. Logout deletes the row, a password change deletes all of the user's rows: an old or
-- copied cookie stops working at once, on every instance. The CSRF token of the session's forms
-- is derived from the same random value (io.pimento.security.session.UiSessions).
create table ui_session (
    token_hash    varchar(64) primary key,
    user_id       bigint not null references app_user (id) on delete cascade,
    created_at    timestamptz not null,
    -- moved at most once a minute by the session's requests: rows idle for longer than the form
    -- login's timeout are refused and swept
    last_seen_at  timestamptz not null
);
create index ui_session_user on ui_session (user_id);
