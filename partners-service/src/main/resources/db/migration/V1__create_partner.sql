-- Partners: the companies that own or take part in joint ventures.
create table partner (
    id          uuid          primary key,
    name        varchar(200)  not null,
    legal_name  varchar(300),
    lei         varchar(20),
    country     varchar(2)    not null,
    kind        varchar(32)   not null,
    website     varchar(2048),
    description varchar(10000),
    archived    boolean       not null default false,
    version     integer       not null,
    constraint partner_kind_check check (kind in
        ('AI_LAB', 'INDUSTRIAL', 'INFRASTRUCTURE_PROVIDER', 'INVESTOR', 'UTILITY', 'GOVERNMENT', 'OTHER'))
);

-- Names are unique regardless of case ("Aker" and "AKER" are the same company); the index is the
-- guarantee under concurrent writes, the service only translates its violation into CONFLICT.
create unique index partner_name_lower_key on partner (lower(name));

-- An LEI identifies exactly one legal entity; partners without one are allowed (NULLs are distinct).
create unique index partner_lei_key on partner (lei);
