-- Boundaries as data (issue 16, decision 0032): the shape of a unit, imported from a GeoJSON file
-- like the other lists, at most one per unit. The geometry is the compact GeoJSON geometry text
-- (Polygon or MultiPolygon, positions to four decimals) as the import wrote it, served as it is;
-- its bounding box and number of positions beside it, so a map can be framed and a file's size
-- judged without reading the text. MEDIUMTEXT (16 MB) holds the largest geometry the import
-- accepts (50,000 positions, about 1 MB); H2 reads it as a CLOB.

CREATE TABLE unit_boundary (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id       BIGINT       NOT NULL,
    geometry      MEDIUMTEXT   NOT NULL,
    min_lon       DOUBLE       NOT NULL,
    min_lat       DOUBLE       NOT NULL,
    max_lon       DOUBLE       NOT NULL,
    max_lat       DOUBLE       NOT NULL,
    vertex_count  INT          NOT NULL,
    imported_at   DATETIME(6)  NOT NULL,
    imported_by   VARCHAR(50)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_unit_boundary_unit UNIQUE (unit_id),
    CONSTRAINT fk_unit_boundary_unit FOREIGN KEY (unit_id) REFERENCES administrative_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
