-- Administrative units, user accounts and the audit log.
-- Runs unchanged on MariaDB 10.11+ and on H2 in MariaDB mode (the embedded default).
-- Text is utf8mb4 with the Vietnamese collation; instants are stored as UTC DATETIME(6).

CREATE TABLE administrative_unit (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    code              VARCHAR(10)  NOT NULL,
    name              VARCHAR(150) NOT NULL,
    unit_type         VARCHAR(40)  NOT NULL,
    unit_level        VARCHAR(16)  NOT NULL,
    parent_id         BIGINT,
    path              VARCHAR(255) NOT NULL,
    depth             INT          NOT NULL,
    name_sort         VARCHAR(600) NOT NULL,
    name_search       VARCHAR(150) NOT NULL,
    population        BIGINT,
    population_source VARCHAR(200),
    population_date   DATE,
    office_email      VARCHAR(254),
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_unit_code UNIQUE (code),
    CONSTRAINT uk_unit_path UNIQUE (path),
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES administrative_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_unit_parent ON administrative_unit (parent_id);
CREATE INDEX ix_unit_level_path ON administrative_unit (unit_level, path);

CREATE TABLE user_account (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    username             VARCHAR(50)  NOT NULL,
    password_hash        VARCHAR(100) NOT NULL,
    full_name            VARCHAR(120) NOT NULL,
    full_name_sort       VARCHAR(600) NOT NULL,
    full_name_search     VARCHAR(120) NOT NULL,
    email                VARCHAR(254),
    phone                VARCHAR(20),
    role                 VARCHAR(24)  NOT NULL,
    unit_id              BIGINT,
    enabled              BOOLEAN      NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    failed_attempts      INT          NOT NULL DEFAULT 0,
    locked_until         DATETIME(6),
    last_login_at        DATETIME(6),
    created_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_username UNIQUE (username),
    CONSTRAINT fk_user_unit FOREIGN KEY (unit_id) REFERENCES administrative_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_user_unit ON user_account (unit_id);

CREATE TABLE audit_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(50)  NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    outcome     VARCHAR(16)  NOT NULL,
    target      VARCHAR(200),
    unit_path   VARCHAR(255),
    details     VARCHAR(2000),
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_audit_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_actor ON audit_event (actor, occurred_at);
