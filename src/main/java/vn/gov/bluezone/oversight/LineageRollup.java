package vn.gov.bluezone.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import vn.gov.bluezone.hierarchy.Succession;
import vn.gov.bluezone.reporting.DayStatus;
import vn.gov.bluezone.shared.VietnameseText;

/**
 * A campaign of former communes on one day, rolled up onto the communes of today they became part
 * of (decision 0031). Every former commune of the roll-up is counted exactly once: in the row of
 * its one successor, in {@link #splits} when it went to several new communes (listed with its
 * figures, never apportioned), or in {@link #withoutSuccessor} when no successor row names a
 * commune the portal holds. {@link #total} is the sum of all three.
 *
 * @param territoryHistory the caller reads it as the history of the territory it administers today
 *        (the campaign itself is outside its scope): only rows of its own new communes are shown
 */
public record LineageRollup(
        long campaignId,
        String campaignName,
        LocalDate day,
        boolean territoryHistory,
        List<Row> rows,
        List<Former> splits,
        List<Former> withoutSuccessor,
        Total total) {

    public LineageRollup {
        rows = List.copyOf(rows);
        splits = List.copyOf(splits);
        withoutSuccessor = List.copyOf(withoutSuccessor);
    }

    /**
     * A commune of today with the summed figures in force of the former communes that went to it
     * whole; {@code partsOf} names the former communes split between it and others ("Xã Tân Hòa
     * (Huyện Bến Lức)"), whose figures are not in this row.
     */
    public record Row(
            long unitId,
            String code,
            String name,
            List<String> formerCommunes,
            List<String> formerDistricts,
            long population,
            long smartphoneUsers,
            long denominator,
            long installs,
            int onTime,
            List<String> partsOf) {

        public Row {
            formerCommunes = List.copyOf(formerCommunes);
            formerDistricts = List.copyOf(formerDistricts);
            partsOf = List.copyOf(partsOf);
        }

        /** The former district of the row for grouping; null when its communes came from several. */
        public String formerDistrict() {
            return formerDistricts.size() == 1 ? formerDistricts.getFirst() : null;
        }
    }

    /**
     * A former commune listed on its own: split between several new communes ({@code successors}
     * their names), or without a successor the portal holds ({@code successors} the names the
     * source gives, if any).
     */
    public record Former(
            long unitId,
            String code,
            String name,
            String districtName,
            long population,
            long smartphoneUsers,
            long denominator,
            long installs,
            DayStatus status,
            List<String> successors) {

        public Former {
            successors = List.copyOf(successors);
        }

        /** "Xã Tân Hòa (Huyện Bến Lức)", or the name alone in a province without districts. */
        public String label() {
            return districtName == null ? name : name + " (" + districtName + ")";
        }
    }

    /**
     * Summed figures of former communes: how many, their population, smartphone users, the
     * campaign's target denominator (one or the other), installs, on time.
     */
    public record Total(int formerCommunes, long population, long smartphoneUsers, long denominator, long installs,
            int onTime) {

        static final Total ZERO = new Total(0, 0, 0, 0, 0, 0);

        Total plus(int communes, long population, long smartphoneUsers, long denominator, long installs, int onTime) {
            return new Total(formerCommunes + communes, this.population + population,
                    this.smartphoneUsers + smartphoneUsers, this.denominator + denominator, this.installs + installs,
                    this.onTime + onTime);
        }
    }

    /** The rows of one former district, or of several ({@code formerDistrict} null), with their subtotal. */
    public record Group(String formerDistrict, List<Row> rows, Total subtotal) {

        public Group {
            rows = List.copyOf(rows);
        }
    }

    /** New communes in Vietnamese order of their names (then code). */
    public static final Comparator<Row> BY_NAME = Comparator.comparing((Row row) -> VietnameseText.sortKey(row.name()))
            .thenComparing(Row::code);

    /**
     * The rows grouped by the former district of their communes, in Vietnamese order of the
     * districts; a new commune formed from communes of several former districts goes to one group
     * of its own ({@code formerDistrict} null, last), so that every row is in one group and the
     * subtotals add up to the rows' sum.
     */
    public List<Group> groups() {
        Map<String, List<Row>> byDistrict = new LinkedHashMap<>();
        rows.stream().sorted(BY_NAME).forEach(row -> byDistrict.computeIfAbsent(row.formerDistrict(),
                d -> new ArrayList<>()).add(row));
        List<Group> groups = new ArrayList<>();
        byDistrict.forEach((district, members) -> {
            Total subtotal = Total.ZERO;
            for (Row row : members) {
                subtotal = subtotal.plus(row.formerCommunes().size(), row.population(), row.smartphoneUsers(),
                        row.denominator(), row.installs(), row.onTime());
            }
            groups.add(new Group(district, members, subtotal));
        });
        groups.sort(Comparator.comparing((Group g) -> g.formerDistrict() == null)
                .thenComparing(g -> g.formerDistrict() == null ? "" : VietnameseText.sortKey(g.formerDistrict())));
        return groups;
    }

    /**
     * Assigns each former commune to its successor(s). {@code communes} are the campaign's communes
     * on the day (the figure in force, population and smartphone users of their baseline);
     * {@code successions} the successor rows of those communes; {@code rowShown} says which new
     * communes (by path) may have a row — a former commune whose one successor has no row shown is
     * left out altogether, as is a split commune none of whose new communes is shown.
     */
    static LineageRollup of(long campaignId, String campaignName, LocalDate day, boolean territoryHistory,
            List<CommuneDayRow> communes, List<Succession> successions, Predicate<String> rowShown) {
        Map<Long, List<Succession>> byFormer = new LinkedHashMap<>();
        for (Succession succession : successions) {
            if (succession.oldUnitId() != null) {
                List<Succession> list = byFormer.computeIfAbsent(succession.oldUnitId(), id -> new ArrayList<>());
                if (list.stream().noneMatch(s -> s.newCode().equals(succession.newCode()))) {
                    list.add(succession);
                }
            }
        }
        Map<Long, RowBuilder> rows = new LinkedHashMap<>();
        List<Former> splits = new ArrayList<>();
        List<Former> without = new ArrayList<>();
        Total total = Total.ZERO;
        for (CommuneDayRow commune : communes) {
            List<Succession> successors = byFormer.getOrDefault(commune.unitId(), List.of());
            List<Succession> held = successors.stream().filter(s -> s.newUnitId() != null).toList();
            int onTime = commune.status() == DayStatus.ON_TIME ? 1 : 0;
            if (successors.size() == 1 && held.size() == 1) {
                Succession successor = held.getFirst();
                if (!rowShown.test(successor.newUnitPath())) {
                    continue;
                }
                rows.computeIfAbsent(successor.newUnitId(), id -> new RowBuilder(successor)).add(commune, onTime);
            } else if (successors.size() > 1 && !held.isEmpty()) {
                List<Succession> shown = held.stream().filter(s -> rowShown.test(s.newUnitPath())).toList();
                if (shown.isEmpty() && territoryHistory) {
                    continue;
                }
                Former former = former(commune, successors);
                splits.add(former);
                for (Succession successor : shown) {
                    rows.computeIfAbsent(successor.newUnitId(), id -> new RowBuilder(successor)).partOf(former);
                }
            } else {
                if (territoryHistory) {
                    continue;
                }
                without.add(former(commune, successors));
            }
            total = total.plus(1, commune.population(), commune.smartphoneUsers(), commune.denominator(),
                    commune.cumulative(), onTime);
        }
        List<Row> built = rows.values().stream().map(RowBuilder::build).sorted(BY_NAME).toList();
        Comparator<Former> byName = Comparator.comparing((Former f) -> VietnameseText.sortKey(
                Objects.requireNonNullElse(f.districtName(), ""))).thenComparing(f -> VietnameseText.sortKey(f.name()));
        return new LineageRollup(campaignId, campaignName, day, territoryHistory, built,
                splits.stream().sorted(byName).toList(), without.stream().sorted(byName).toList(), total);
    }

    private static Former former(CommuneDayRow commune, List<Succession> successors) {
        return new Former(commune.unitId(), commune.code(), commune.name(), commune.districtName(),
                commune.population(), commune.smartphoneUsers(), commune.denominator(), commune.cumulative(),
                commune.status(),
                successors.stream().map(Succession::newName).toList());
    }

    /** A new commune's row while its former communes are added. */
    private static final class RowBuilder {
        private final Succession successor;
        private final List<String> formerCommunes = new ArrayList<>();
        private final Set<String> formerDistricts = new LinkedHashSet<>();
        private final Set<String> splitDistricts = new LinkedHashSet<>();
        private final List<String> partsOf = new ArrayList<>();
        private long population;
        private long smartphoneUsers;
        private long denominator;
        private long installs;
        private int onTime;

        RowBuilder(Succession successor) {
            this.successor = successor;
        }

        void add(CommuneDayRow commune, int onTime) {
            formerCommunes.add(commune.name());
            if (commune.districtName() != null) {
                formerDistricts.add(commune.districtName());
            }
            population += commune.population();
            smartphoneUsers += commune.smartphoneUsers();
            denominator += commune.denominator();
            installs += commune.cumulative();
            this.onTime += onTime;
        }

        void partOf(Former former) {
            partsOf.add(former.label());
            if (former.districtName() != null) {
                splitDistricts.add(former.districtName());
            }
        }

        Row build() {
            // a commune made only of parts of split communes is grouped by their districts
            List<String> districts = new ArrayList<>(formerDistricts.isEmpty() ? splitDistricts : formerDistricts);
            districts.sort(Comparator.comparing(VietnameseText::sortKey));
            List<String> communes = new ArrayList<>(formerCommunes);
            communes.sort(Comparator.comparing(VietnameseText::sortKey));
            return new Row(successor.newUnitId(), successor.newCode(), successor.newName(), communes, districts,
                    population, smartphoneUsers, denominator, installs, onTime, partsOf);
        }
    }
}
