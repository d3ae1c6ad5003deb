package vn.gov.bluezone.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The kept reports' text (decision 0036) reads back what was written, to the microsecond. */
class KeptReportTest {

    @Test
    void encodedReportsDecodeToThemselvesNewestFirst() {
        List<KeptReport> reports = List.of(
                new KeptReport(LocalDate.of(2020, 8, 20), Instant.parse("2020-08-20T08:00:00.000001Z"), 1_234, true,
                        true, true),
                new KeptReport(LocalDate.of(2020, 8, 19), Instant.parse("2020-08-19T07:59:59.999999Z"), 1_200, false,
                        false, false),
                new KeptReport(LocalDate.of(1969, 12, 31), Instant.parse("1969-12-31T23:59:59.5Z"), 0, false, true,
                        false));
        String text = KeptReport.encode(reports);
        assertThat(text).startsWith("18494,1597910400000001,1234,waj;18493,");
        assertThat(KeptReport.decode(text)).isEqualTo(reports);
        assertThat(KeptReport.decode("")).isEmpty();
        assertThat(KeptReport.decode(null)).isEmpty();
    }

    @Test
    void aDamagedTextIsRefusedNotMisread() {
        assertThatThrownBy(() -> KeptReport.decode("18494,1597910400000001,1234")).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> KeptReport.decode("18494,1597910400000001,1234,x")).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> KeptReport.decode("18494,abc,1234,")).isInstanceOf(NumberFormatException.class);
    }
}
