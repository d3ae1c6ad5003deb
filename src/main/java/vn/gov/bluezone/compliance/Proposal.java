package vn.gov.bluezone.compliance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A proposal (or a dismissal) as screens and tests read it: the unit, the board day it came from,
 * the level and reason, the figures on that day, who proposed and who decided, and the dispatch
 * it went into.
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
        Instant proposedAt,
        String decidedBy,
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
