package vn.gov.bluezone.hierarchy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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
    private final Clock clock;

    LineageService(UnitSuccessionRepository successions, Clock clock) {
        this.successions = successions;
        this.clock = clock;
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

    /**
     * Whether a former unit under this path (a province of 2020) became part of a unit the portal
     * holds, by a reform already in effect (a reform day to come does not make today's units).
     */
    @PreAuthorize("isAuthenticated()")
    public boolean hasSuccessorsUnder(String oldUnitPath) {
        return successions.existsInScopeHeldByOldUnitPathLike(under(oldUnitPath), LocalDate.now(clock));
    }

    /** A LIKE pattern for the path and everything under it, its wildcards escaped. */
    private static String under(String path) {
        return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * The unit a successor belongs to (the province of today of a new commune), for a caller who
     * may read a successor row naming it — whose former units, or the new one, lie in its scope.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<Long> parentOfSuccessor(long newUnitId) {
        return successions.findParentOfSuccessorInScope(newUnitId);
    }

    /** The rows naming a former or a new unit the portal does not hold. */
    @PreAuthorize("isAuthenticated()")
    public List<Succession> unresolved() {
        return successions.findInScopeUnresolved().stream().map(UnitSuccession::toRecord).toList();
    }
}
