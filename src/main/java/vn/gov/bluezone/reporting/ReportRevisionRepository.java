package vn.gov.bluezone.reporting;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ReportRevisionRepository extends Repository<ReportRevision, Long> {

    ReportRevision save(ReportRevision revision);

    List<ReportRevision> findByReportIdOrderByOccurredAtAscIdAsc(long reportId);
}
