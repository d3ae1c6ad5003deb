package vn.gov.bluezone.reporting;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface SignedCopyRepository extends Repository<SignedCopy, Long> {

    SignedCopy save(SignedCopy copy);

    Optional<SignedCopy> findById(Long reportId);

    /** The file name alone, without loading the bytes. */
    @org.springframework.data.jpa.repository.Query("select s.fileName from SignedCopy s where s.reportId = :report")
    Optional<String> findFileName(@org.springframework.data.repository.query.Param("report") long reportId);
}
