package vn.gov.bluezone.compliance;

/** What the provincial officer proposes for one unit of the board: the level and the reason in words. */
public record ProposalRequest(long unitId, ReprimandLevel level, String reason) {
}
