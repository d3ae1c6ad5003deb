package vn.gov.bluezone.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A form of campaign work a commune reports a quantity for ("hộ gia đình được vận động"). */
@Embeddable
public record WorkForm(@Column(name = "code", length = 40) String code,
        @Column(name = "label", length = 200) String label) {
}
