-- An issued document is a fixed record (decision 0020). Each entry keeps, next to its file, a
-- fingerprint of the content it was rendered from (SHA-256 of the document without its number and
-- signer), so issuing again can tell "nothing changed" (same entry) from "the figures changed" (a new
-- number whose text names the entry it replaces, replaces_id). Entries issued before this migration
-- have no fingerprint: they cannot be compared and a new issue of their subject replaces them.

ALTER TABLE issued_document ADD COLUMN fingerprint VARCHAR(64);
ALTER TABLE issued_document ADD COLUMN replaces_id BIGINT;
ALTER TABLE issued_document ADD CONSTRAINT fk_issued_replaces FOREIGN KEY (replaces_id) REFERENCES issued_document (id);
