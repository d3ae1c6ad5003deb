-- Who signed each issued file at issue (issue 18, decision 0039): the person named under the
-- signature and the agency whose seal it carries, as their certificates name them. Null for an
-- entry issued unsigned (before signing at issue, or with portal.signing.at-issue off). The register
-- shows them; the signatures themselves are in the stored file, where the verification page reads them.
ALTER TABLE issued_document ADD COLUMN signed_by VARCHAR(300);
ALTER TABLE issued_document ADD COLUMN signed_for VARCHAR(300);
