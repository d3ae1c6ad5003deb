package vn.gov.bluezone.compliance;

import vn.gov.bluezone.shared.VietnameseText;

/**
 * What the provincial officer proposes for one unit of the board: the level and the reason in words.
 * The reason is cleaned as one line with single spaces ({@link VietnameseText#trimToNull}), as it is
 * stored, before its length is checked.
 */
public record ProposalRequest(long unitId, ReprimandLevel level, String reason) {

    public ProposalRequest {
        reason = VietnameseText.trimToNull(reason);
    }
}
