package vn.gov.bluezone.hierarchy;

import java.util.Collection;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the successor tables (decision 0031): which communes a former commune became part of, which
 * former communes a unit of today came from, and the rows that name a unit the portal does not
 * hold. A row is visible to whoever's scope holds its former or its new unit.
 */
@Service
@Transactional(readOnly = true)
public class LineageService {

    private final UnitSuccessionRepository successions;

    LineageService(UnitSuccessionRepository successions) {
        this.successions = successions;
    }

    /** The successor rows of these former units, in the source's order. */
    @PreAuthorize("isAuthenticated()")
    public List<Succession> successorsOf(Collection<Long> oldUnitIds) {
        return oldUnitIds.isEmpty() ? List.of()
                : successions.findInScopeByOldUnitIdIn(oldUnitIds).stream().map(UnitSuccession::toRecord).toList();
    }

    /** The rows whose new unit lies under a unit of today (its path), in the source's order. */
    @PreAuthorize("isAuthenticated()")
    public List<Succession> predecessorsUnder(String newUnitPath) {
        return successions.findInScopeByNewUnitPathLike(under(newUnitPath)).stream().map(UnitSuccession::toRecord)
                .toList();
    }

    /** Whether a former unit under this path (a province of 2020) became part of a unit the portal holds. */
    @PreAuthorize("isAuthenticated()")
    public boolean hasSuccessorsUnder(String oldUnitPath) {
        return successions.existsInScopeHeldByOldUnitPathLike(under(oldUnitPath));
    }

    /** A LIKE pattern for the path and everything under it, its wildcards escaped. */
    private static String under(String path) {
        return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The rows naming a former or a new unit the portal does not hold. */
    @PreAuthorize("isAuthenticated()")
    public List<Succession> unresolved() {
        return successions.findInScopeUnresolved().stream().map(UnitSuccession::toRecord).toList();
    }
}
