-- Reminders a district or the province sends to communes; the commune sees them in the app
-- (delivery by email comes with the notifications issue).

CREATE TABLE reminder (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    campaign_id     BIGINT       NOT NULL,
    unit_id         BIGINT       NOT NULL,
    unit_path       VARCHAR(255) NOT NULL,
    report_date     DATE         NOT NULL,
    message         VARCHAR(500) NOT NULL,
    sent_by         VARCHAR(50)  NOT NULL,
    sender_unit     VARCHAR(150),
    sent_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_reminder_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_reminder_unit FOREIGN KEY (unit_id) REFERENCES administrative_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_reminder_unit ON reminder (campaign_id, unit_id, sent_at);
