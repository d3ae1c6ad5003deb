package vn.gov.bluezone.reporting;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the submissions that were committed ({@code portal.reports.submitted}), by whether the
 * report was first submitted before the day's cut-off ({@code deadline}: on_time, late) and whether
 * this was a first submission or an amendment ({@code kind}): the rate per minute on a dashboard is
 * the 15:00 burst as it happens. After the commit, so a refused or rolled-back submission counts nothing.
 */
@Component
class ReportMetrics {

    private final Counter[][] submitted = new Counter[2][2];

    ReportMetrics(MeterRegistry meters) {
        for (int late = 0; late < 2; late++) {
            for (int amended = 0; amended < 2; amended++) {
                submitted[late][amended] = Counter.builder("portal.reports.submitted")
                        .description("Daily reports submitted and committed")
                        .tag("deadline", late == 1 ? "late" : "on_time")
                        .tag("kind", amended == 1 ? "amendment" : "first").register(meters);
            }
        }
    }

    @TransactionalEventListener
    void onSubmitted(ReportSubmitted submission) {
        submitted[submission.late() ? 1 : 0][submission.amended() ? 1 : 0].increment();
    }
}
