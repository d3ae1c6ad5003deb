-- The latest submitted report of a commune before a day ("the figure in force", "the record so
-- far") is read for every commune of a grid or board. Ordering a commune's reports by date and
-- skipping drafts made the cost grow with the length of the campaign (MariaDB read backwards from
-- the newest report). A submitted flag inside an index lets MAX(report_date) be one index dive;
-- the index starts with unit_id, so on MariaDB it also serves the foreign key on unit_id.

ALTER TABLE daily_report ADD COLUMN submitted BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE daily_report SET submitted = TRUE WHERE first_submitted_at IS NOT NULL;
CREATE INDEX ix_report_latest ON daily_report (unit_id, campaign_id, submitted, report_date);
