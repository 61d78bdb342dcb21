-- Ownership changes under four eyes: an admin proposes a change, another admin approves it (then it is
-- appended to the ledger like a direct change) or rejects it; the proposer may withdraw it.

-- Who approved an entry that came from a proposal (actor is then the proposer); null for a direct change.
alter table ledger_entry add column approved_by varchar(200);

-- Per venture: whether ownership changes need a second admin (off for a new venture). On the venture row, so
-- a direct change reads it with the row it locks anyway: no statement more per write.
alter table venture add column ownership_approval_required boolean not null default false;

create table ownership_proposal (
    id                  uuid primary key,
    venture_id          uuid          not null references venture (id),
    type                varchar(8)    not null check (type in ('SET', 'TRANSFER')),
    based_on_version    integer       not null check (based_on_version >= 0),
    effective_date      date          not null,
    reason              varchar(1000) not null,
    from_partner_id     uuid,
    to_partner_id       uuid,
    percentage          numeric(7, 4) check (percentage > 0 and percentage <= 100),
    proposed_by         varchar(200)  not null,
    -- the token's subject: who may not approve (a user name can be renamed, a subject cannot)
    proposed_by_subject varchar(200)  not null,
    proposed_at         timestamptz   not null,
    expires_at          timestamptz   not null check (expires_at > proposed_at),
    -- OPEN until decided; EXPIRED is never stored: an OPEN proposal past expires_at reads as EXPIRED
    status              varchar(10)   not null check (status in ('OPEN', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    decided_by          varchar(200),
    decided_at          timestamptz,
    decision_reason     varchar(1000),
    -- the ledger version the approval appended
    applied_version     integer,
    check ((type = 'TRANSFER') = (from_partner_id is not null and to_partner_id is not null and percentage is not null)),
    check ((status = 'OPEN') = (decided_by is null and decided_at is null)),
    check ((status = 'APPROVED') = (applied_version is not null))
);
create index ownership_proposal_venture_idx on ownership_proposal (venture_id, proposed_at);

-- The cap table the proposal would result in (for a SET, its stakes), shown before anyone approves it.
create table ownership_proposal_stake (
    proposal_id uuid          not null references ownership_proposal (id) on delete cascade,
    partner_id  uuid          not null,
    percentage  numeric(7, 4) not null check (percentage > 0 and percentage <= 100),
    primary key (proposal_id, partner_id)
);
