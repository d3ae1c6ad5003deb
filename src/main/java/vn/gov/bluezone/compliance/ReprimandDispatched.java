package vn.gov.bluezone.compliance;

import java.util.List;

/**
 * A reprimand dispatch was issued (published inside the issuing transaction): its register entry,
 * the issuing province, and the districts whose chairs it is addressed to.
 */
public record ReprimandDispatched(long documentId, String reference, String provinceName, String provincePath,
        List<Long> districtIds) {
}
