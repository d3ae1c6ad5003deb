package vn.gov.bluezone.hierarchy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The maps {@link BoundaryService} has built, by the id of the unit above their shapes, until an
 * import changes a shape under that unit ({@link BoundariesImported}, heard once the import has
 * committed). A map built while an import was committing is served but not kept: each eviction
 * moves a generation on, and a map is kept only if none happened while it was being built.
 */
@Component
class MapCache {

    private final Map<Long, MapData> maps = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** The kept map of a unit, else the one built now (kept when {@code keep} says so). */
    MapData get(long parentUnitId, Supplier<MapData> build, Predicate<MapData> keep) {
        MapData cached = maps.get(parentUnitId);
        if (cached != null) {
            return cached;
        }
        long before = generation.get();
        MapData built = build.get();
        if (keep.test(built) && generation.get() == before) {
            maps.put(parentUnitId, built);
        }
        return built;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(BoundariesImported imported) {
        generation.incrementAndGet();
        imported.parentUnitIds().forEach(maps::remove);
    }
}
