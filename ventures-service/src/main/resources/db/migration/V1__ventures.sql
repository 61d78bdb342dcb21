-- Ventures, their participants, the append-only ownership ledger and funding phases.
-- Partner ids reference partners-service's data: ids only, no foreign keys across services.

create table venture (
    id                     uuid primary key,
    name                   varchar(200)  not null,
    legal_name             varchar(200),
    jurisdiction           varchar(2)    not null,
    site_name              varchar(200),
    site_region            varchar(200),
    site_country           varchar(2),
    program                varchar(100),
    status                 varchar(16)   not null check (status in ('ANNOUNCED', 'ACTIVE', 'STALLED', 'DISSOLVED')),
    announced_date         date,
    renewable_share        numeric(7, 4) check (renewable_share between 0 and 100),
    energy_source          varchar(200),
    cooling                varchar(500),
    description            varchar(5000),
    version                integer       not null,
    -- number of ownership ledger entries; every ledger write moves it under a row lock
    ledger_version         integer       not null default 0
);
create index venture_name_idx on venture (lower(name), id);

create table venture_source (
    venture_id  uuid          not null references venture (id) on delete cascade,
    position    integer       not null,
    title       varchar(300)  not null,
    url         varchar(2000),
    source_date date,
    primary key (venture_id, position)
);

create table participant (
    venture_id uuid        not null references venture (id) on delete cascade,
    partner_id uuid        not null,
    role       varchar(16) not null check (role in ('BUILDER', 'OPERATOR', 'OFFTAKER', 'ANCHOR_TENANT', 'ADVISOR')),
    primary key (venture_id, partner_id, role)
);
create index participant_partner_idx on participant (partner_id);

create table ledger_entry (
    id              uuid primary key,
    venture_id      uuid          not null references venture (id),
    version         integer       not null check (version > 0),
    type            varchar(8)    not null check (type in ('SET', 'TRANSFER')),
    effective_date  date          not null,
    actor           varchar(200)  not null,
    reason          varchar(1000) not null,
    recorded_at     timestamptz   not null,
    from_partner_id uuid,
    to_partner_id   uuid,
    percentage      numeric(7, 4) check (percentage > 0 and percentage <= 100),
    unique (venture_id, version),
    check ((type = 'TRANSFER') = (from_partner_id is not null and to_partner_id is not null and percentage is not null))
);

create table ledger_entry_stake (
    entry_id   uuid          not null references ledger_entry (id),
    partner_id uuid          not null,
    percentage numeric(7, 4) not null check (percentage > 0 and percentage <= 100),
    primary key (entry_id, partner_id)
);

-- The ledger is history: once written, an entry never changes (a mistake is corrected by a new entry).
create function refuse_ledger_change() returns trigger language plpgsql as $$
begin
    raise exception 'the ownership ledger is append-only (% on %)', tg_op, tg_table_name;
end;
$$;
create trigger ledger_entry_append_only before update or delete on ledger_entry
    for each row execute function refuse_ledger_change();
create trigger ledger_entry_stake_append_only before update or delete on ledger_entry_stake
    for each row execute function refuse_ledger_change();

-- Projection of the latest cap table (after every ledger entry), rewritten with each ledger write:
-- answers "which ventures does this partner own part of" without replaying ledgers.
create table stake_holding (
    venture_id uuid          not null references venture (id) on delete cascade,
    partner_id uuid          not null,
    percentage numeric(7, 4) not null check (percentage > 0 and percentage <= 100),
    primary key (venture_id, partner_id)
);
create index stake_holding_partner_idx on stake_holding (partner_id);

create table funding_phase (
    id               uuid primary key,
    venture_id       uuid           not null references venture (id),
    name             varchar(200)   not null,
    ordinal          integer        not null check (ordinal > 0),
    kind             varchar(16)    not null check (kind in ('INITIAL', 'EXPANSION', 'OPTION')),
    status           varchar(24)    not null check (status in ('PLANNED', 'COMMITTED', 'UNDER_CONSTRUCTION', 'OPERATIONAL', 'CANCELLED')),
    capital_amount   numeric(19, 2) check (capital_amount > 0),
    capital_currency varchar(3),
    capacity_mw      numeric(12, 3) check (capacity_mw >= 0),
    target_date      date,
    version          integer        not null,
    unique (venture_id, ordinal),
    check ((capital_amount is null) = (capital_currency is null))
);

create table funding_phase_source (
    funding_phase_id uuid          not null references funding_phase (id) on delete cascade,
    position         integer       not null,
    title            varchar(300)  not null,
    url              varchar(2000),
    source_date      date,
    primary key (funding_phase_id, position)
);
