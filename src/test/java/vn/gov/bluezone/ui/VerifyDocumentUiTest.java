package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;

import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.documents.SamplePdfs;
import vn.gov.bluezone.documents.signing.PadesSigner;
import vn.gov.bluezone.documents.signing.SignatureBox;
import vn.gov.bluezone.documents.signing.SigningKeys;
import vn.gov.bluezone.documents.ui.VerifyDocumentView;
import vn.gov.bluezone.shell.PortalI18n;

/**
 * The verification page, browserless: a commune officer and a province officer upload a PDF and
 * read the verdict; a text file named .pdf and an empty file are refused with a Vietnamese message.
 */
@PortalSpringTest
class VerifyDocumentUiTest extends SpringBrowserlessTest {

    @Autowired
    PadesSigner signer;
    @Autowired
    SigningKeys keys;

    @Test
    @WithUserDetails("xa.duclapha")
    void aCommuneOfficerChecksAnUnsignedFileAndIsRefusedATextFileAndAnEmptyOne() {
        navigate(VerifyDocumentView.class);
        upload("cong-van.pdf", SamplePdfs.dispatch());
        assertThat(verdict()).isEqualTo("Tệp không có chữ ký số và không có trong sổ văn bản của Cổng.");
        assertThat($(Paragraph.class).id("verify-entry").getText())
                .isEqualTo("Tệp này không có trong sổ văn bản của Cổng.");

        upload("van-ban.pdf", "Đây không phải là PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(error()).isEqualTo("Tệp này không phải là văn bản PDF; chỉ xác minh được tệp PDF.");
        assertThat(verdicts()).isZero();

        upload("trong.pdf", new byte[0]);
        assertThat(error()).isEqualTo("Tệp trống: hãy chọn một tệp PDF.");
    }

    @Test
    @WithUserDetails("tinh.sotttt")
    void aProvinceOfficerSeesTheSignaturesOfASignedDispatchAndThatAChangedOneIsAltered() {
        navigate(VerifyDocumentView.class);
        byte[] signed = sign(SamplePdfs.dispatch());
        upload("cong-van-da-ky.pdf", signed);
        assertThat(verdict()).isEqualTo("Chữ ký số hợp lệ, nhưng tệp này không có trong sổ văn bản của Cổng.");
        String first = $(Div.class).id("verify-signature-1").getElement().getTextRecursively();
        assertThat(first).contains("Chữ ký 1", "Người ký: ", "Thời gian ký: ", "+07:00", "Dấu thời gian: Có, hợp lệ",
                "Nội dung: Không bị sửa đổi sau khi ký", "Chứng thư số: Được tin cậy", "Hiệu lực khi ký: Còn hiệu lực");
        String second = $(Div.class).id("verify-signature-2").getElement().getTextRecursively();
        assertThat(second).contains("Phạm vi ký: Toàn bộ tệp");

        upload("cong-van-da-sua.pdf", SamplePdfs.alteredInFirstStream(signed));
        assertThat(verdict()).isEqualTo("Văn bản đã bị sửa đổi sau khi ký: chữ ký số không còn giá trị.");
        assertThat($(Div.class).id("verify-result").getElement().getTextRecursively())
                .contains("Nội dung: Đã bị sửa đổi sau khi ký");
    }

    @Test
    @WithUserDetails("tinh.sotttt")
    void inEnglishTheVerdictIsEnglish() {
        VaadinSession.getCurrent().setLocale(PortalI18n.ENGLISH);
        UI.getCurrent().setLocale(PortalI18n.ENGLISH);
        navigate(VerifyDocumentView.class);
        upload("dispatch.pdf", SamplePdfs.dispatch());
        assertThat(verdict()).isEqualTo("The file has no digital signature and is not in the portal's register.");
    }

    private void upload(String name, byte[] content) {
        test($(Upload.class).id("verify-upload")).upload(name, "application/pdf", content);
        roundTrip();
    }

    private String verdict() {
        return $(Paragraph.class).id("verify-verdict").getText();
    }

    private long verdicts() {
        return $(Paragraph.class).all().stream().filter(p -> p.getId().orElse("").equals("verify-verdict")).count();
    }

    private String error() {
        return $(Paragraph.class).id("verify-error").getText();
    }

    private byte[] sign(byte[] pdf) {
        return signer.sign(pdf, new PadesSigner.Signatory(keys.signer(), SamplePdfs.SIGNER, "PHÓ CHỦ TỊCH"),
                new PadesSigner.Agency(keys.agency(), "Ủy ban nhân dân tỉnh Long An"),
                SignatureBox.aboveName(pdf, SamplePdfs.SIGNER));
    }
}
