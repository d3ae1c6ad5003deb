package vn.gov.bluezone.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.bluezone.hierarchy.Succession;
import vn.gov.bluezone.reporting.DayStatus;

/** The assignment rules of the roll-up (decision 0031) on a small made-up territory. */
class LineageRollupTest {

    static final LocalDate DAY = LocalDate.of(2020, 8, 20);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    static CommuneDayRow commune(long id, String name, String district, long installs, long population,
            long smartphones, DayStatus status) {
        return new CommuneDayRow(id, "C" + id, name, district, null, null, status, null, null, null,
                status == DayStatus.ON_TIME || status == DayStatus.LATE, installs, DAY, 0, population, smartphones,
                smartphones, 0, null, 0, 0);
    }

    static Succession succession(long oldId, String newCode, String newName, Long newId) {
        return new Succession(REFORM, (int) oldId, null, "old " + oldId, null, null, oldId, newCode, newName, "80",
                newId, newId == null ? null : "/80@2025-07-01/" + newCode + "/");
    }

    final List<CommuneDayRow> communes = List.of(
            commune(1, "Xã An", "Huyện Một", 100, 1000, 600, DayStatus.ON_TIME),
            commune(2, "Xã Bình", "Huyện Một", 200, 2000, 1200, DayStatus.LATE),
            commune(3, "Xã Ếch", "Huyện Hai", 50, 500, 300, DayStatus.ON_TIME),
            commune(4, "Xã Tân Hòa", "Huyện Hai", 70, 700, 400, DayStatus.MISSING),
            commune(5, "Xã Lẻ", "Huyện Hai", 10, 100, 60, DayStatus.ON_TIME),
            commune(6, "Xã Xa", "Huyện Hai", 5, 50, 30, DayStatus.ON_TIME));

    final List<Succession> successions = List.of(
            succession(1, "901", "Xã Mới", 901L),
            succession(2, "901", "Xã Mới", 901L),
            succession(3, "902", "Xã Đông", 902L),
            succession(4, "902", "Xã Đông", 902L),
            succession(4, "901", "Xã Mới", 901L),
            // 5 has no row; 6 went to a commune the portal does not hold
            succession(6, "999", "Xã Ngoài", null));

    @Test
    void eachFormerCommuneCountsOnceAndSharesComeFromTheSums() {
        LineageRollup rollup = LineageRollup.of(7, "Chiến dịch", DAY, false, communes, successions, path -> true);

        assertThat(rollup.rows()).extracting(LineageRollup.Row::name).containsExactly("Xã Đông", "Xã Mới");
        LineageRollup.Row moi = rollup.rows().get(1);
        assertThat(moi.formerCommunes()).containsExactly("Xã An", "Xã Bình");
        assertThat(moi.installs()).isEqualTo(300);
        assertThat(moi.population()).isEqualTo(3000);
        assertThat(moi.smartphoneUsers()).isEqualTo(1800);
        assertThat(moi.onTime()).isEqualTo(1);
        assertThat(moi.partsOf()).containsExactly("Xã Tân Hòa (Huyện Hai)");
        LineageRollup.Row dong = rollup.rows().getFirst();
        assertThat(dong.formerCommunes()).containsExactly("Xã Ếch");
        assertThat(dong.installs()).isEqualTo(50);
        assertThat(dong.partsOf()).containsExactly("Xã Tân Hòa (Huyện Hai)");

        assertThat(rollup.splits()).singleElement().satisfies(split -> {
            assertThat(split.name()).isEqualTo("Xã Tân Hòa");
            assertThat(split.installs()).isEqualTo(70);
            assertThat(split.successors()).containsExactly("Xã Đông", "Xã Mới");
        });
        assertThat(rollup.withoutSuccessor()).extracting(LineageRollup.Former::name).containsExactly("Xã Lẻ", "Xã Xa");
        assertThat(rollup.withoutSuccessor().get(1).successors()).containsExactly("Xã Ngoài");

        assertThat(rollup.total()).isEqualTo(new LineageRollup.Total(6, 4350, 2590, 2590, 435, 4));
    }

    @Test
    void groupsByFormerDistrictPutACommuneOfSeveralDistrictsInAGroupOfItsOwn() {
        List<Succession> across = List.of(succession(1, "901", "Xã Mới", 901L), succession(3, "901", "Xã Mới", 901L),
                succession(2, "903", "Xã Bắc", 903L));
        LineageRollup rollup = LineageRollup.of(7, "Chiến dịch", DAY, false, communes.subList(0, 3), across,
                path -> true);
        List<LineageRollup.Group> groups = rollup.groups();
        assertThat(groups).extracting(LineageRollup.Group::formerDistrict).containsExactly("Huyện Một", null);
        assertThat(groups.get(1).rows()).singleElement().satisfies(row ->
                assertThat(row.formerDistricts()).containsExactly("Huyện Hai", "Huyện Một"));
        assertThat(groups.stream().mapToLong(g -> g.subtotal().installs()).sum()).isEqualTo(rollup.total().installs());
    }

    @Test
    void theHistoryOfATerritoryShowsOnlyItsOwnNewCommunes() {
        // the caller administers Xã Đông only
        LineageRollup rollup = LineageRollup.of(7, "Chiến dịch", DAY, true,
                communes.stream().filter(c -> c.unitId() == 3 || c.unitId() == 4).toList(),
                successions.stream().filter(s -> s.oldUnitId() == 3 || s.oldUnitId() == 4).toList(),
                path -> path != null && path.contains("/902/"));
        assertThat(rollup.rows()).extracting(LineageRollup.Row::code).containsExactly("902");
        assertThat(rollup.rows().getFirst().partsOf()).containsExactly("Xã Tân Hòa (Huyện Hai)");
        assertThat(rollup.splits()).singleElement().satisfies(split ->
                assertThat(split.successors()).containsExactly("Xã Đông", "Xã Mới"));
        assertThat(rollup.withoutSuccessor()).isEmpty();
        assertThat(rollup.total().installs()).isEqualTo(120);
    }
}
