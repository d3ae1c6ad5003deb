package vn.gov.bluezone.reporting;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface SignedCopyRepository extends Repository<SignedCopy, Long> {

    SignedCopy save(SignedCopy copy);

    Optional<SignedCopy> findById(Long reportId);

    boolean existsById(Long reportId);
}
