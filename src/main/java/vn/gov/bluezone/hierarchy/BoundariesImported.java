package vn.gov.bluezone.hierarchy;

import java.util.Set;

/**
 * Shapes changed by an import, after its transaction commits: the maps of the units above them
 * (by id; empty for provinces) are stale and are built again on their next request.
 */
public record BoundariesImported(Set<Long> parentUnitIds) {

    public BoundariesImported {
        parentUnitIds = Set.copyOf(parentUnitIds);
    }
}
