-- The kept standing of a commune in a campaign (issue 17, decision 0036): what its submitted reports
-- say as of its latest one, so that the board and the oversight grids of today read one row per
-- commune instead of looking for each commune's latest report before the day and reading a week of
-- reports. Written in the transaction that submits or amends a report (and by the demo's seeding);
-- V17_1 fills it for the reports already stored.
--   last_*         the latest submitted report: its day and figure (the figure in force from then on)
--   before_last_*  the submitted report before that one (the figure in force the day before it)
--   on_time/late   the commune's on-time and late reports in the campaign (the latest report's running counts)
--   recent         the latest submitted reports, newest first, at most eight (KeptReport.encode):
--                  day, first submission, figure, and what the compliance rules read from the report
CREATE TABLE commune_standing (
    campaign_id            BIGINT        NOT NULL,
    unit_id                BIGINT        NOT NULL,
    last_report_date       DATE,
    last_cumulative        BIGINT,
    before_last_date       DATE,
    before_last_cumulative BIGINT,
    on_time_count          INT           NOT NULL DEFAULT 0,
    late_count             INT           NOT NULL DEFAULT 0,
    recent                 VARCHAR(1000) NOT NULL DEFAULT '',
    PRIMARY KEY (campaign_id, unit_id),
    CONSTRAINT fk_standing_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_standing_unit FOREIGN KEY (unit_id) REFERENCES administrative_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
