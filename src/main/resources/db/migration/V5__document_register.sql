-- The document register: every issued document gets the next number of its issuer for the year.
-- document_counter holds the last number; it is locked (SELECT ... FOR UPDATE) while a number is
-- taken, so numbers never repeat and never skip.

CREATE TABLE document_counter (
    issuer_unit_id BIGINT NOT NULL,
    register_year  INT    NOT NULL,
    last_number    INT    NOT NULL,
    PRIMARY KEY (issuer_unit_id, register_year),
    CONSTRAINT fk_counter_unit FOREIGN KEY (issuer_unit_id) REFERENCES administrative_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE issued_document (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    issuer_unit_id BIGINT       NOT NULL,
    register_year  INT          NOT NULL,
    number         INT          NOT NULL,
    symbol         VARCHAR(40)  NOT NULL,
    document_type  VARCHAR(40)  NOT NULL,
    issued_on      DATE         NOT NULL,
    summary        VARCHAR(500) NOT NULL,
    subject_ref    VARCHAR(100),
    issued_by      VARCHAR(50)  NOT NULL,
    issued_at      DATETIME(6)  NOT NULL,
    content        LONGBLOB     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_issued_number UNIQUE (issuer_unit_id, register_year, number),
    CONSTRAINT fk_issued_unit FOREIGN KEY (issuer_unit_id) REFERENCES administrative_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_issued_subject ON issued_document (subject_ref);
