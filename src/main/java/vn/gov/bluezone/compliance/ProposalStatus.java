package vn.gov.bluezone.compliance;

/**
 * Where a suggestion stands: proposed by the provincial officer and awaiting the chair, approved or
 * rejected by the chair, or dismissed by the officer instead of being proposed.
 */
public enum ProposalStatus {
    PROPOSED,
    APPROVED,
    REJECTED,
    DISMISSED;

    /** The colour screens give the status (a Lumo badge theme). */
    public String badgeTheme() {
        return switch (this) {
            case PROPOSED -> "contrast";
            case APPROVED -> "success";
            case REJECTED, DISMISSED -> "";
        };
    }
}
