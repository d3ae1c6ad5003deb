-- The SHA-256 of each issued file (hex), so that the verification page (issue 18, decision 0038) can
-- tell whether an uploaded PDF is, byte for byte, a document of the register without reading the
-- files. Not unique: nothing forbids two entries with the same bytes, and a lookup takes the first.
-- V18_1 fills it for the entries already stored; DocumentRegister writes it for new ones.
ALTER TABLE issued_document ADD COLUMN content_sha256 CHAR(64);
CREATE INDEX ix_issued_content_sha256 ON issued_document (content_sha256);
