package vn.gov.bluezone.oversight;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface OfficialCountRepository extends Repository<OfficialCount, Long> {

    OfficialCount save(OfficialCount count);

    Optional<OfficialCount> findByCampaignIdAndUnitIdAndCountDate(long campaignId, long unitId, LocalDate countDate);
}
