package vn.gov.bluezone.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

/** The audit log reads an office's change in the user's words. */
class OfficeAuditDetailsTest {

    @Test
    void kindsDatesAndSignersAreShownByTheirLabels() {
        ResourceBundle vi = ResourceBundle.getBundle("messages", Locale.forLanguageTag("vi"));
        String shown = new OfficeAuditDetails().prepare(vi::getString).read(
                "DEPARTMENT SKHCN \"Sở Khoa học và Công nghệ tỉnh Tây Ninh\" (Sở KH&CN) 2025-03-01– signers=[Nguyễn Văn A]"
                        + " → DIVISION VHXH \"Phòng VHXH\" (Phòng VHXH) signers=[]");
        assertThat(shown).isEqualTo("Sở, ban, ngành SKHCN \"Sở Khoa học và Công nghệ tỉnh Tây Ninh\" (Sở KH&CN) 01/03/2025– "
                + "Người ký: [Nguyễn Văn A] → Phòng, bộ phận thuộc Văn phòng VHXH \"Phòng VHXH\" (Phòng VHXH) Người ký: []");
    }
}
