-- Each submitted report carries its commune's running count of on-time and late reports in the
-- campaign up to and including its day, fixed when it is first submitted. The board then reads a
-- commune's record over the whole campaign from one report (the latest on or before the day), so
-- its cost does not grow with the length of the campaign. V7_1 fills the counts of existing reports.

ALTER TABLE daily_report ADD COLUMN on_time_to_date INT NULL;
ALTER TABLE daily_report ADD COLUMN late_to_date INT NULL;
