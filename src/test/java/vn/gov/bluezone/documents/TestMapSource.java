package vn.gov.bluezone.documents;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * A map source for tests, in every test context and silent unless a test asks for a map: the
 * documents of other tests stay exactly as without a source. A test switches it on for the work it
 * runs, on its own thread ({@link #showing}), so a test running beside it never sees the map.
 */
@Component
public class TestMapSource implements SummaryMapSource {

    private static final ThreadLocal<SummaryMap> SHOWN = new ThreadLocal<>();

    /** Runs {@code work} with this source supplying {@code map} for every campaign and day. */
    public static <T> T showing(SummaryMap map, Supplier<T> work) {
        SHOWN.set(map);
        try {
            return work.get();
        } finally {
            SHOWN.remove();
        }
    }

    @Override
    public Optional<SummaryMap> provincialMap(long campaignId, LocalDate day) {
        return Optional.ofNullable(SHOWN.get());
    }
}
