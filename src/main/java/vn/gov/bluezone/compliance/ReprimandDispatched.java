package vn.gov.bluezone.compliance;

import java.util.List;

/**
 * A reprimand dispatch was issued (published inside the issuing transaction): its register entry,
 * the issuing province, and the units whose chairs it is addressed to: the districts concerned, or
 * on two levels the communes concerned ({@code districtIds} keeps its name for the event's readers).
 */
public record ReprimandDispatched(long documentId, String reference, String provinceName, String provincePath,
        List<Long> districtIds) {
}
