-- Officials read who proposed a reprimand by name and function ("Nguyễn Văn An, Sở TT&TT"), not by
-- login name: the proposer's full name and role are kept with the proposal as they were when it was
-- made (like decided_by_name for the chair), and existing proposals take them from the account.
-- The login name stays in proposed_by for the technical detail and the audit trail.

ALTER TABLE reprimand_proposal ADD COLUMN proposed_by_name VARCHAR(120);
ALTER TABLE reprimand_proposal ADD COLUMN proposed_by_role VARCHAR(24);

UPDATE reprimand_proposal
   SET proposed_by_name = (SELECT u.full_name FROM user_account u WHERE u.username = reprimand_proposal.proposed_by),
       proposed_by_role = (SELECT u.role FROM user_account u WHERE u.username = reprimand_proposal.proposed_by);
