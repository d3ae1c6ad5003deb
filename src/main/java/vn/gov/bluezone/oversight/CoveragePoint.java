package vn.gov.bluezone.oversight;

import java.time.LocalDate;

/** One day of a coverage series: installs in force, the denominator, and the pace for that day. */
public record CoveragePoint(LocalDate day, long cumulative, long denominator, long paceInstalls) {
}
