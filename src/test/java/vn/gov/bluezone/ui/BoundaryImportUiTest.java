package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;

import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.hierarchy.ui.UnitImportView;
import vn.gov.bluezone.shared.ImportProblem;

/**
 * The boundary panel of the unit import page (decision 0032): the administrator finds it, a bad
 * GeoJSON file is refused with its problems by feature, a clean one tells what it stored and which
 * communes beside it still have no shape, their names as text.
 */
@PortalSpringTest
class BoundaryImportUiTest extends SpringBrowserlessTest {

    static final String SQUARE = "[[[106.1,11.1],[106.2,11.1],[106.2,11.2],[106.1,11.1]]]";

    @Test
    @WithUserDetails("admin")
    void theAdministratorImportsBoundariesOnTheUnitImportPage() {
        navigate(UnitImportView.class);
        assertThat($(H3.class).all()).extracting(H3::getText).contains("Ranh giới đơn vị (bản đồ)");
        Upload upload = $(Upload.class).id("boundary-upload");
        assertThat(upload.getAcceptedFileTypes()).contains(".geojson", ".json");
        assertThat(upload.getMaxFileSize()).isEqualTo(5 * 1024 * 1024);

        upload("bad.geojson", "{\"type\":\"FeatureCollection\",\"features\":[" + feature("27958", SQUARE) + ","
                + feature("27958", "[[[106.1,11.1],[106.2,11.1],[106.1,11.1]]]") + "]}");
        assertThat($(Paragraph.class).id("boundary-outcome").getText())
                .isEqualTo("Tệp bị từ chối, không có dữ liệu nào được lưu: 2 lỗi.");
        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = $(Grid.class).id("boundary-problems");
        assertThat(problems.isVisible()).isTrue();
        assertThat(test(problems).size()).isEqualTo(2);
        assertThat(test(problems).getCellText(0, 0)).isEqualTo("2");
        assertThat(test(problems).getCellText(0, 1)).isEqualTo("Mã 27958 bị trùng: đã có ở vùng số 1.");
        assertThat(test(problems).getCellText(1, 1))
                .isEqualTo("Có đường bao chỉ có 3 điểm; cần ít nhất 4 điểm (điểm cuối trùng điểm đầu).");

        upload("bad.txt", "{}");
        assertThat(test(problems).getCellText(0, 0)).isEmpty();
        assertThat(test(problems).getCellText(0, 1)).isEqualTo("Tệp phải có đuôi .geojson hoặc .json.");

        upload("duc-lap-ha.json", "{\"type\":\"FeatureCollection\",\"features\":[" + feature("27958", SQUARE) + "]}");
        assertThat(problems.isVisible()).isFalse();
        assertThat($(Paragraph.class).id("boundary-outcome").getText())
                .containsAnyOf("Đã lưu ranh giới của 1 đơn vị: 1 mới, 0 thay thế, 0 không đổi.",
                        "Ranh giới của 1 đơn vị trong tệp giống hệt ranh giới đã lưu: không có gì thay đổi.")
                .containsPattern("\\d+ đơn vị cùng cấp, cùng đơn vị cấp trên chưa có ranh giới: .+ \\(279\\d\\d\\)")
                .doesNotContain("Xã Đức Lập Hạ (27958)");
    }

    private static String feature(String code, String coordinates) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\",\"name\":\"<img src=x onerror=alert(1)>\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + coordinates + "}}";
    }

    private void upload(String fileName, String json) {
        test($(Upload.class).id("boundary-upload")).upload(fileName, "application/geo+json",
                json.getBytes(StandardCharsets.UTF_8));
        roundTrip();
    }
}
