-- Campaigns (a reporting regime), their per-commune baselines, and the communes' daily reports
-- with revisions and signed copies.

CREATE TABLE campaign (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    province_id            BIGINT        NOT NULL,
    name                   VARCHAR(200)  NOT NULL,
    directive_number       VARCHAR(50),
    directive_date         DATE,
    issuing_unit           VARCHAR(200),
    start_date             DATE          NOT NULL,
    target_date            DATE          NOT NULL,
    target_percent         DECIMAL(5, 2) NOT NULL,
    denominator            VARCHAR(20)   NOT NULL,
    cutoff_time            TIME          NOT NULL,
    receiving_office       VARCHAR(200),
    focal_name             VARCHAR(120),
    focal_phone            VARCHAR(20),
    focal_email            VARCHAR(254),
    copy_to_parent         BOOLEAN       NOT NULL,
    jump_threshold_percent DECIMAL(5, 2) NOT NULL,
    low_result_pace_percent DECIMAL(5, 2) NOT NULL,
    bottom_share_percent   DECIMAL(5, 2) NOT NULL,
    missing_limit          INT           NOT NULL,
    late_limit             INT           NOT NULL,
    unchanged_reports      INT           NOT NULL,
    empty_work_reports     INT           NOT NULL,
    status                 VARCHAR(16)   NOT NULL,
    closed_on              DATE,
    demo_estimates         BOOLEAN       NOT NULL DEFAULT FALSE,
    version                BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_campaign_province FOREIGN KEY (province_id) REFERENCES administrative_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE campaign_work_form (
    campaign_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    label       VARCHAR(200) NOT NULL,
    PRIMARY KEY (campaign_id, position),
    CONSTRAINT fk_work_form_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE campaign_material (
    campaign_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    kind        VARCHAR(40)   NOT NULL,
    link        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (campaign_id, position),
    CONSTRAINT fk_material_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE campaign_baseline (
    id                BIGINT  NOT NULL AUTO_INCREMENT,
    campaign_id       BIGINT  NOT NULL,
    unit_id           BIGINT  NOT NULL,
    population        BIGINT  NOT NULL,
    smartphone_users  BIGINT  NOT NULL,
    installs_at_start BIGINT  NOT NULL,
    estimated         BOOLEAN NOT NULL,
    version           BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_baseline UNIQUE (campaign_id, unit_id),
    CONSTRAINT fk_baseline_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_baseline_unit FOREIGN KEY (unit_id) REFERENCES administrative_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE daily_report (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    campaign_id           BIGINT       NOT NULL,
    unit_id               BIGINT       NOT NULL,
    unit_path             VARCHAR(255) NOT NULL,
    report_date           DATE         NOT NULL,
    cumulative_installs   BIGINT       NOT NULL,
    population            BIGINT       NOT NULL,
    smartphone_users      BIGINT       NOT NULL,
    other_forms           VARCHAR(1000),
    results               VARCHAR(4000),
    difficulties          VARCHAR(2000),
    proposals             VARCHAR(2000),
    signer_name           VARCHAR(120),
    signer_title          VARCHAR(120),
    status                VARCHAR(16)  NOT NULL,
    first_submitted_at    DATETIME(6),
    last_submitted_at     DATETIME(6),
    submitted_by          VARCHAR(50),
    return_comment        VARCHAR(1000),
    returned_by           VARCHAR(50),
    returned_at           DATETIME(6),
    above_limits          BOOLEAN      NOT NULL,
    jump_flagged          BOOLEAN      NOT NULL,
    emailed_at            DATETIME(6),
    updated_at            DATETIME(6)  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_daily_report UNIQUE (campaign_id, unit_id, report_date),
    CONSTRAINT fk_report_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_report_unit FOREIGN KEY (unit_id) REFERENCES administrative_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_report_campaign_date_path ON daily_report (campaign_id, report_date, unit_path);

CREATE TABLE daily_report_work (
    report_id BIGINT      NOT NULL,
    form_code VARCHAR(40) NOT NULL,
    quantity  BIGINT      NOT NULL,
    PRIMARY KEY (report_id, form_code),
    CONSTRAINT fk_work_report FOREIGN KEY (report_id) REFERENCES daily_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE daily_report_revision (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    report_id   BIGINT      NOT NULL,
    occurred_at DATETIME(6) NOT NULL,
    actor       VARCHAR(50) NOT NULL,
    action      VARCHAR(20) NOT NULL,
    changes     TEXT,
    PRIMARY KEY (id),
    CONSTRAINT fk_revision_report FOREIGN KEY (report_id) REFERENCES daily_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_revision_report ON daily_report_revision (report_id, occurred_at);

CREATE TABLE signed_copy (
    report_id    BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(40)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_by  VARCHAR(50)  NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (report_id),
    CONSTRAINT fk_signed_copy_report FOREIGN KEY (report_id) REFERENCES daily_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
