-- Offices as data (issue 15, part 3, decision 0030): the agencies that issue, receive and draft the
-- campaign's documents — the People's Committee of a unit, a provincial Department (Sở), a division
-- of the committee's office — are rows of a directory, not texts of the code or the bundles. Each
-- office belongs to a unit (its path copied as unit_path, like reports, decision 0008, so scope
-- applies in the query); an office of no unit is a central agency. An office that ceased keeps its
-- row with valid_to set. Signers, in order, print the signature block of the office's documents.

CREATE TABLE office (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id      BIGINT,
    unit_path    VARCHAR(255),
    kind         VARCHAR(24)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    short_name   VARCHAR(120) NOT NULL,
    header_name  VARCHAR(200) NOT NULL,
    abbreviation VARCHAR(20)  NOT NULL,
    email        VARCHAR(254),
    valid_from   DATE,
    valid_to     DATE,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_office_unit FOREIGN KEY (unit_id) REFERENCES administrative_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_office_unit ON office (unit_id);
CREATE INDEX ix_office_unit_path ON office (unit_path);

CREATE TABLE office_signer (
    office_id BIGINT       NOT NULL,
    position  INT          NOT NULL,
    full_name VARCHAR(120) NOT NULL,
    title     VARCHAR(120) NOT NULL,
    authority VARCHAR(200) NOT NULL,
    PRIMARY KEY (office_id, position),
    CONSTRAINT fk_office_signer_office FOREIGN KEY (office_id) REFERENCES office (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

ALTER TABLE campaign ADD COLUMN receiving_office_id BIGINT;
ALTER TABLE campaign ADD COLUMN drafting_office_id BIGINT;
ALTER TABLE campaign ADD CONSTRAINT fk_campaign_receiving_office FOREIGN KEY (receiving_office_id) REFERENCES office (id);
ALTER TABLE campaign ADD CONSTRAINT fk_campaign_drafting_office FOREIGN KEY (drafting_office_id) REFERENCES office (id);

-- Deployed campaigns named their receiving office as free text: each distinct (province, text)
-- becomes a Department of that province with that name, and the campaigns point to it. The short
-- name and the header are derived from the text and the abbreviation is the placeholder CQTN
-- ("cơ quan tiếp nhận"); the province's officers correct them in "Cơ quan, đơn vị".
INSERT INTO office (unit_id, unit_path, kind, name, short_name, header_name, abbreviation, version)
SELECT DISTINCT c.province_id, u.path, 'DEPARTMENT', TRIM(c.receiving_office), LEFT(TRIM(c.receiving_office), 120),
       UPPER(TRIM(c.receiving_office)), 'CQTN', 0
  FROM campaign c
  JOIN administrative_unit u ON u.id = c.province_id
 WHERE c.receiving_office IS NOT NULL AND TRIM(c.receiving_office) <> '';

UPDATE campaign
   SET receiving_office_id = (SELECT MIN(o.id) FROM office o
                               WHERE o.unit_id = campaign.province_id AND o.kind = 'DEPARTMENT'
                                 AND o.name = TRIM(campaign.receiving_office))
 WHERE receiving_office IS NOT NULL AND TRIM(receiving_office) <> '';

-- The text is now the office's: one place to correct a name.
ALTER TABLE campaign DROP COLUMN receiving_office;
