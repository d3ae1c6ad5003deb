package vn.gov.bluezone.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A person who signs an office's documents: full name, title as printed under the authority line
 * ("PHÓ GIÁM ĐỐC") and the authority line itself ("KT. GIÁM ĐỐC", or on two lines
 * "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH").
 */
@Embeddable
public record OfficeSigner(@Column(name = "full_name", length = 120) String fullName,
        @Column(name = "title", length = 120) String title,
        @Column(name = "authority", length = 200) String authority) {

    /** The signature block above the name: the authority line(s), then the title. */
    public String authorityAndTitle() {
        return authority + "\n" + title;
    }
}
