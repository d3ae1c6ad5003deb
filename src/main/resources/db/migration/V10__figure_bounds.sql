-- Every figure of a unit is bounded by FigureLimits.MAX_PEOPLE (200,000,000, more than the
-- population of the country) in the services; these check constraints hold the same bound in the
-- database, so no total over a province or the country can overflow (decision 0017).
--
-- A figure above the bound can only have been stored by the report API before the bound existed
-- (an attack or a typing error, never a commune): it is capped to the bound so the constraint can
-- be added; such figures exist only on test and demo deployments.

UPDATE daily_report SET cumulative_installs = 200000000 WHERE cumulative_installs > 200000000;
UPDATE daily_report SET population = 200000000 WHERE population > 200000000;
UPDATE daily_report SET smartphone_users = 200000000 WHERE smartphone_users > 200000000;
UPDATE campaign_baseline SET population = 200000000 WHERE population > 200000000;
UPDATE campaign_baseline SET smartphone_users = 200000000 WHERE smartphone_users > 200000000;
UPDATE campaign_baseline SET installs_at_start = 200000000 WHERE installs_at_start > 200000000;
UPDATE official_count SET installs = 200000000 WHERE installs > 200000000;
UPDATE administrative_unit SET population = 200000000 WHERE population > 200000000;

ALTER TABLE daily_report ADD CONSTRAINT ck_report_figures CHECK (
    cumulative_installs BETWEEN 0 AND 200000000
    AND population BETWEEN 0 AND 200000000
    AND smartphone_users BETWEEN 0 AND 200000000);
ALTER TABLE daily_report_work ADD CONSTRAINT ck_report_work_quantity CHECK (quantity BETWEEN 0 AND 10000000);
ALTER TABLE campaign_baseline ADD CONSTRAINT ck_baseline_figures CHECK (
    population BETWEEN 0 AND 200000000
    AND smartphone_users BETWEEN 0 AND 200000000
    AND installs_at_start BETWEEN 0 AND 200000000);
ALTER TABLE official_count ADD CONSTRAINT ck_official_installs CHECK (installs BETWEEN 0 AND 200000000);
ALTER TABLE administrative_unit ADD CONSTRAINT ck_unit_population CHECK (population IS NULL OR population BETWEEN 0 AND 200000000);
