-- Governance of a venture (board seats, chair and casting vote, deadlock mechanism, reserved matters)
-- and capacity agreements between partners that are not joint ventures.
-- Partner ids reference partners-service's data: ids only, no foreign keys across services.

create table board_seat (
    id          uuid primary key,
    venture_id  uuid         not null references venture (id),
    -- the partner that appoints the seat
    partner_id  uuid         not null,
    -- null where the holder's name is not public
    holder_name varchar(200),
    start_date  date         not null,
    -- the last day in office (inclusive); null while the seat is held
    end_date    date,
    version     integer      not null,
    check (end_date is null or end_date >= start_date)
);
create index board_seat_venture_idx on board_seat (venture_id);

-- One row per venture once its governance was first set; absent means no chair and mechanism NONE.
create table venture_governance (
    venture_id        uuid primary key references venture (id),
    chair_seat_id     uuid references board_seat (id),
    chair_casting_vote boolean      not null,
    mechanism         varchar(24)  not null check (mechanism in ('NONE', 'ESCALATION', 'CHAIR_CASTING_VOTE', 'INDEPENDENT_EXPERT', 'BUY_SELL')),
    mechanism_note    varchar(1000),
    version           integer      not null check (version > 0),
    check (chair_seat_id is not null or not chair_casting_vote)
);

create table reserved_matter (
    id                uuid primary key,
    venture_id        uuid           not null references venture (id),
    title             varchar(200)   not null,
    approval          varchar(16)    not null check (approval in ('UNANIMOUS', 'SEATS', 'STAKES')),
    threshold_percent numeric(7, 4)  check (threshold_percent > 0 and threshold_percent <= 100),
    above_amount      numeric(19, 2) check (above_amount > 0),
    above_currency    varchar(3),
    description       varchar(2000),
    check ((approval = 'UNANIMOUS') = (threshold_percent is null)),
    check ((above_amount is null) = (above_currency is null))
);
create index reserved_matter_venture_idx on reserved_matter (venture_id);
create unique index reserved_matter_title_idx on reserved_matter (venture_id, lower(title));

create table capacity_agreement (
    id             uuid primary key,
    name           varchar(200)   not null,
    program        varchar(100),
    status         varchar(16)    not null check (status in ('ANNOUNCED', 'SIGNED', 'ACTIVE', 'EXPIRED', 'TERMINATED')),
    capacity_mw    numeric(12, 3) check (capacity_mw >= 0),
    value_amount   numeric(19, 2) check (value_amount > 0),
    value_currency varchar(3),
    announced_date date,
    start_date     date,
    end_date       date,
    description    varchar(5000),
    version        integer        not null,
    check ((value_amount is null) = (value_currency is null)),
    check (end_date is null or start_date is null or end_date >= start_date)
);
create index capacity_agreement_name_idx on capacity_agreement (lower(name), id);

create table agreement_party (
    agreement_id uuid        not null references capacity_agreement (id) on delete cascade,
    partner_id   uuid        not null,
    role         varchar(16) not null check (role in ('BUYER', 'PROVIDER')),
    primary key (agreement_id, partner_id)
);
create index agreement_party_partner_idx on agreement_party (partner_id);

create table agreement_source (
    agreement_id uuid          not null references capacity_agreement (id) on delete cascade,
    position     integer       not null,
    title        varchar(300)  not null,
    url          varchar(2000),
    source_date  date,
    primary key (agreement_id, position)
);
