-- The audit trail of service-support (io.jvplatform.support.audit), in each service's own database.
-- Repeatable (R__) like db/idempotency: it takes none of the service's version numbers, and Flyway
-- re-runs it only when this text changes, so every statement must be safe to run again.
create table if not exists jv_audit_entry (
    -- the order of writes: newest first is "order by seq desc"
    seq         bigint generated always as identity primary key,
    -- the object whose trail the entry is read under (Venture for a venture's phases and ownership too)
    trail_type  varchar(100) not null,
    trail_id    varchar(100) not null,
    -- the object the mutation changed, and the mutation (e.g. FundingPhase, updateFundingPhase)
    object_type varchar(100) not null,
    object_id   varchar(100) not null,
    action      varchar(100) not null,
    -- the token's user name (preferred_username)
    actor       varchar(255) not null,
    recorded_at timestamptz  not null default now(),
    -- W3C trace id (32 hex) of the request, null when neither the service nor its caller traced it
    trace_id    char(32),
    -- [{"field": "name", "before": <JSON>, "after": <JSON>}, ...]: the changed fields only
    changes     jsonb        not null
);

create index if not exists jv_audit_entry_trail on jv_audit_entry (trail_type, trail_id, seq desc);

-- Append-only, whoever connects: the service's own SQL, a migration or a person with psql. Flyway
-- and the service use one database user, so a GRANT cannot tell them apart; a trigger refuses every
-- UPDATE, DELETE and TRUNCATE (an operator who must purge drops the trigger first, on purpose).
create or replace function jv_audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'jv_audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

drop trigger if exists jv_audit_entry_no_change on jv_audit_entry;
create trigger jv_audit_entry_no_change before update or delete on jv_audit_entry
    for each row execute function jv_audit_entry_append_only();

drop trigger if exists jv_audit_entry_no_truncate on jv_audit_entry;
create trigger jv_audit_entry_no_truncate before truncate on jv_audit_entry
    for each statement execute function jv_audit_entry_append_only();
