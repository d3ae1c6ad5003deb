-- The reprimand workflow of the compliance board: a suggestion becomes a proposal (or is
-- dismissed with a reason), the provincial chair approves or rejects it with a note, and the
-- approved proposals of a day are issued as one reprimand dispatch from the register.
-- open_unit_id holds the unit while the proposal is open (PROPOSED) and is NULL otherwise, so the
-- unique key allows one open proposal per unit and campaign, whoever proposes at the same time.

CREATE TABLE reprimand_proposal (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id         BIGINT        NOT NULL,
    unit_id             BIGINT        NOT NULL,
    unit_path           VARCHAR(255)  NOT NULL,
    board_day           DATE          NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    reprimand_level     VARCHAR(16),
    reason              VARCHAR(2000) NOT NULL,
    flags               VARCHAR(100)  NOT NULL,
    cumulative_then     BIGINT        NOT NULL,
    denominator_then    BIGINT        NOT NULL,
    pace_then           BIGINT        NOT NULL,
    proposed_by         VARCHAR(50)   NOT NULL,
    proposed_at         DATETIME(6)   NOT NULL,
    decided_by          VARCHAR(50),
    decided_by_name     VARCHAR(120),
    decided_at          DATETIME(6),
    decision_note       VARCHAR(1000),
    dispatch_id         BIGINT,
    dispatch_reference  VARCHAR(60),
    dispatch_on         DATE,
    open_unit_id        BIGINT,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_proposal_open UNIQUE (campaign_id, open_unit_id),
    CONSTRAINT fk_proposal_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_proposal_unit FOREIGN KEY (unit_id) REFERENCES administrative_unit (id),
    CONSTRAINT fk_proposal_dispatch FOREIGN KEY (dispatch_id) REFERENCES issued_document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_proposal_campaign_day ON reprimand_proposal (campaign_id, board_day);
CREATE INDEX ix_proposal_campaign_unit ON reprimand_proposal (campaign_id, unit_id);
