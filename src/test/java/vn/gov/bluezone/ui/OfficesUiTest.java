package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.directory.OfficeService;
import vn.gov.bluezone.directory.OfficeSummary;
import vn.gov.bluezone.directory.ui.OfficesView;
import vn.gov.bluezone.hierarchy.HierarchyService;

/** "Cơ quan, đơn vị": a provincial officer sees its province's offices, adds one (refused, then right) and deletes it. */
@PortalSpringTest
class OfficesUiTest extends SpringBrowserlessTest {

    @Autowired
    OfficeService offices;
    @Autowired
    HierarchyService hierarchy;

    @Test
    @WithUserDetails("tinh.sotttt")
    void aProvincialOfficerAddsAnOfficeWithItsSignerAndDeletesIt() {
        navigate(OfficesView.class);
        @SuppressWarnings("unchecked")
        Grid<OfficeSummary> grid = $(Grid.class).id("offices-grid");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(3);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Ủy ban nhân dân");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("Ủy ban nhân dân tỉnh Long An");
        int before = test(grid).size();

        String name = "Sở Khoa học và Công nghệ tỉnh Long An (màn hình) " + System.nanoTime() % 1_000_000;
        test($(Button.class).id("office-create")).click();
        @SuppressWarnings("unchecked")
        Select<Object> kind = $(Select.class).id("office-kind");
        test(kind).selectItem("Sở, ban, ngành");
        test($(TextField.class).id("office-name")).setValue(name);
        test($(TextField.class).id("office-short-name")).setValue("Sở KH&CN");
        test($(TextArea.class).id("office-header-name")).setValue("SỞ KHOA HỌC VÀ\nCÔNG NGHỆ");
        TextField abbreviation = $(TextField.class).id("office-abbreviation");
        test(abbreviation).setValue("skhcn");
        test($(TextArea.class).id("office-signers")).setValue("Nguyễn Thị Thông | PHÓ GIÁM ĐỐC | KT. GIÁM ĐỐC");
        test($(Button.class).id("office-save")).click();
        assertThat(abbreviation.isInvalid()).isTrue();
        assertThat(abbreviation.getErrorMessage()).startsWith("Chữ viết tắt gồm 1 đến 20 chữ in hoa");

        test(abbreviation).setValue("SKHCN");
        test($(Button.class).id("office-save")).click();
        assertThat(test(grid).size()).isEqualTo(before + 1);
        int row = IntStream.range(0, test(grid).size()).filter(r -> test(grid).getCellText(r, 1).equals(name))
                .findFirst().orElseThrow();
        assertThat(test(grid).getCellText(row, 3)).isEqualTo("SKHCN");
        assertThat(test(grid).getCellText(row, 6)).isEqualTo("Nguyễn Thị Thông (PHÓ GIÁM ĐỐC)");
        OfficeSummary saved = offices.ofUnit(hierarchy.getByCode("80").id()).stream()
                .filter(o -> o.name().equals(name)).findFirst().orElseThrow();
        assertThat(saved.headerName()).isEqualTo("SỞ KHOA HỌC VÀ\nCÔNG NGHỆ");

        HorizontalLayout actions = (HorizontalLayout) test(grid).getCellComponent(row, 7);
        Button delete = actions.getChildren().map(Button.class::cast)
                .filter(b -> b.getId().orElse("").equals("office-delete-" + saved.id())).findFirst().orElseThrow();
        test(delete).click();
        test($(Button.class).id("office-delete-confirm")).click();
        assertThat(test(grid).size()).isEqualTo(before);
        assertThat(offices.ofUnit(hierarchy.getByCode("80").id())).noneMatch(o -> o.name().equals(name));
    }
}
