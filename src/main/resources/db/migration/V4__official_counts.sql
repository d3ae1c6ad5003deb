-- Install counts per commune published by the ministry or the mobile operators, imported by the
-- province to set beside the communes' own figures.

CREATE TABLE official_count (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    campaign_id BIGINT       NOT NULL,
    unit_id     BIGINT       NOT NULL,
    count_date  DATE         NOT NULL,
    installs    BIGINT       NOT NULL,
    source      VARCHAR(200) NOT NULL,
    imported_by VARCHAR(50)  NOT NULL,
    imported_at DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_official_count UNIQUE (campaign_id, unit_id, count_date),
    CONSTRAINT fk_official_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_official_unit FOREIGN KEY (unit_id) REFERENCES administrative_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
