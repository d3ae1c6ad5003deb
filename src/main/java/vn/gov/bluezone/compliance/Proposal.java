package vn.gov.bluezone.compliance;

import java.time.Instant;
import java.time.LocalDate;

import vn.gov.bluezone.identity.Role;

/**
 * A proposal (or a dismissal) as screens and tests read it: the unit, the board day it came from,
 * the level and reason, the figures on that day, who proposed (login name for the technical detail,
 * full name and role as they were then, for officials to read) and who decided, and the dispatch
 * it went into. The names are null only for a proposer whose account no longer exists.
 */
public record Proposal(
        long id,
        long campaignId,
        long unitId,
        String unitName,
        String parentName,
        LocalDate day,
        ProposalStatus status,
        ReprimandLevel level,
        String reason,
        String flags,
        long cumulativeThen,
        long denominatorThen,
        long paceThen,
        String proposedBy,
        String proposedByName,
        Role proposedByRole,
        Instant proposedAt,
        String decidedBy,
        String decidedByName,
        Instant decidedAt,
        String decisionNote,
        Long dispatchId,
        String dispatchReference,
        LocalDate dispatchOn,
        long version) {

    public boolean open() {
        return status == ProposalStatus.PROPOSED;
    }
}
