-- The ledger's head on the venture row, beside ledger_version and stake_holding (the table after every
-- entry): the latest entry's effective date. An ownership write checks its date against it and appends
-- without reading the ledger, so a write costs the same with 2 entries or 10,000.
alter table venture add column ledger_effective_date date;
update venture v set ledger_effective_date = (select max(e.effective_date) from ledger_entry e where e.venture_id = v.id);
alter table venture add constraint venture_ledger_head_check check ((ledger_version = 0) = (ledger_effective_date is null));
