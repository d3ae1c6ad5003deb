-- Lineage (decision 0031): the successor table of a reorganisation, one row per (former commune,
-- commune it became part of). Rows keep the names as the source wrote them; the ids point at the
-- stored units when the import could resolve them (a former commune by code, else by its name,
-- district and province; the new commune by code among the units in force on the reform day).
-- A former commune with several rows went to several new communes.

CREATE TABLE unit_succession (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    reform_date        DATE         NOT NULL,
    source_row         INT          NOT NULL,
    old_code           VARCHAR(10),
    old_name           VARCHAR(150) NOT NULL,
    old_district_name  VARCHAR(150),
    old_province_name  VARCHAR(150),
    old_unit_id        BIGINT,
    old_unit_path      VARCHAR(255),
    new_code           VARCHAR(10)  NOT NULL,
    new_name           VARCHAR(150) NOT NULL,
    new_province_code  VARCHAR(10),
    new_unit_id        BIGINT,
    new_unit_path      VARCHAR(255),
    PRIMARY KEY (id),
    CONSTRAINT fk_succession_old FOREIGN KEY (old_unit_id) REFERENCES administrative_unit (id),
    CONSTRAINT fk_succession_new FOREIGN KEY (new_unit_id) REFERENCES administrative_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_succession_old ON unit_succession (old_unit_id);
CREATE INDEX ix_succession_new ON unit_succession (new_unit_id);
CREATE INDEX ix_succession_reform ON unit_succession (reform_date, source_row);
