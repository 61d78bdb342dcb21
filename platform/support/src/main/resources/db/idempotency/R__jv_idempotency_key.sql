-- The Idempotency-Key store of service-support (io.jvplatform.support.idempotency), in each service's
-- own database. Repeatable (R__) rather than versioned: it lives beside each service's own V1, V2, ...
-- without taking one of their version numbers, and Flyway re-runs it only when this text changes,
-- so every statement must be safe to run again.
create table if not exists jv_idempotency_key (
    -- the caller (token subject): two users never share, or read, each other's keys
    subject         varchar(255) not null,
    idempotency_key varchar(255) not null,
    -- e.g. createPartner: a key sent to another operation is a different request
    operation       varchar(100) not null,
    -- SHA-256 (hex) of the request's arguments in canonical JSON: the same key with another input is a CONFLICT
    request_hash    varchar(64)  not null,
    -- the first answer as JSON, returned again to a retry
    result          text,
    created_at      timestamptz  not null default now(),
    primary key (subject, idempotency_key)
);

-- expired keys (jv.idempotency.retention) are deleted by age
create index if not exists jv_idempotency_key_created_at on jv_idempotency_key (created_at);
