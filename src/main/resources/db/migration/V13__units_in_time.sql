-- Units in time (decision 0029): a unit is in force from valid_from (inclusive; NULL = before the
-- records begin) until valid_to (exclusive; NULL = still in force). The 2020 and the 2025 lists
-- coexist; a unit list that takes effect on a date is stored as its own tree, whose root segment
-- carries the date ("/80@2025-07-01/25459/"), so that a code the GSO gave again to a new unit
-- (Tây Ninh 2025 took Long An's 80; a 2025 commune keeps the code of one of the communes it merged)
-- is a different unit with a different path. The code alone is therefore no longer unique.

ALTER TABLE administrative_unit ADD COLUMN valid_from DATE NULL;
ALTER TABLE administrative_unit ADD COLUMN valid_to DATE NULL;
ALTER TABLE administrative_unit DROP CONSTRAINT uk_unit_code;
CREATE INDEX ix_unit_code ON administrative_unit (code, valid_from);
ALTER TABLE administrative_unit ADD CONSTRAINT ck_unit_validity CHECK (
    valid_from IS NULL OR valid_to IS NULL OR valid_from < valid_to);
