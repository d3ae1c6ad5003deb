-- Mail goes through an outbox written in the same transaction as the change that causes it; a
-- sender delivers due messages with retry and back-off and records every attempt. dedupe_key makes
-- a scheduled message (a reminder for a commune and day) exist once, whichever node writes it.
-- shedlock is ShedLock's table: scheduled jobs run on one node at a time.

CREATE TABLE outbox_message (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    kind            VARCHAR(40)   NOT NULL,
    dedupe_key      VARCHAR(200),
    unit_path       VARCHAR(255)  NOT NULL,
    recipients      VARCHAR(1000) NOT NULL,
    copy_to         VARCHAR(1000),
    subject         VARCHAR(300)  NOT NULL,
    body            TEXT          NOT NULL,
    attachment_ref  VARCHAR(100),
    attachment_name VARCHAR(200),
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(1000),
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6),
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_outbox_dedupe UNIQUE (dedupe_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_outbox_due ON outbox_message (status, next_attempt_at);

CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
