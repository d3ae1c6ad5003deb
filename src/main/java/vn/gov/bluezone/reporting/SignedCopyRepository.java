package vn.gov.bluezone.reporting;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface SignedCopyRepository extends Repository<SignedCopy, Long> {

    SignedCopy save(SignedCopy copy);

    Optional<SignedCopy> findById(Long reportId);

    /** The file name alone, without loading the bytes. */
    @Query("select s.fileName from SignedCopy s where s.reportId = :report")
    Optional<String> findFileName(@Param("report") long reportId);
}
