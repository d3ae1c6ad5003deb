package vn.gov.bluezone.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.gov.bluezone.TestUnits;
import vn.gov.bluezone.shared.ImportRejectedException;

/** The successor table as a file, without a database: the real national table parses whole. */
class SuccessorTableTest {

    @Test
    void theNationalTableParsesAndRowsNamingNoFormerCommuneAreSkipped() {
        String csv = TestUnits.resource("reference/commune-successors-2025.csv");
        try {
            var entries = SuccessorTable.parse(csv.getBytes(StandardCharsets.UTF_8));
            long lines = csv.lines().count() - 1;
            long namingNoFormer = csv.lines().filter(line -> line.startsWith(",,,,")).count();
            assertThat(namingNoFormer).isPositive();
            assertThat(entries).hasSize((int) (lines - namingNoFormer));
            assertThat(entries).filteredOn(e -> e.oldCode() == null && e.oldName().equals("Xã Tân Hòa")
                    && "Huyện Bến Lức".equals(e.oldDistrictName())).extracting(SuccessorTable.Entry::newCode)
                    .containsExactly("27991", "28003");
        } catch (ImportRejectedException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }
}
