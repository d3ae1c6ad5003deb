package vn.gov.bluezone.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void sortKeysOrderNamesAsTheVietnameseAlphabet() {
        List<String> names = new ArrayList<>(List.of("Xã Đức Lập Hạ", "Xã Dương Xuân Hội", "Xã Ấp Bắc", "Xã An Thạnh",
                "Xã Ăn Khê", "Xã Tân Ân", "Xã Tân An", "Xã Ơ Tuyết", "Xã Ô Môn", "Xã O Lâm", "Xã Bình Đức"));
        names.sort(Comparator.comparing(VietnameseText::sortKey));
        assertThat(names).containsExactly("Xã An Thạnh", "Xã Ăn Khê", "Xã Ấp Bắc", "Xã Bình Đức", "Xã Dương Xuân Hội",
                "Xã Đức Lập Hạ", "Xã O Lâm", "Xã Ô Môn", "Xã Ơ Tuyết", "Xã Tân An", "Xã Tân Ân");
    }

    @Test
    void sortKeyIsPlainLowerCaseHexSoAnyDatabaseOrdersItBytewise() {
        assertThat(VietnameseText.sortKey("Huyện Đức Hòa")).matches("[0-9a-f]+");
    }

    @Test
    void searchKeyIgnoresDiacriticsCaseAndTheBarredD() {
        assertThat(VietnameseText.searchKey("Huyện  Đức Hòa")).isEqualTo("huyen duc hoa");
        assertThat(VietnameseText.searchKey("Thị Trấn Năm Căn")).isEqualTo("thi tran nam can");
    }

    @Test
    void decomposedInputIsNormalisedBeforeKeys() {
        String decomposed = Normalizer.normalize("Đức Hòa", Normalizer.Form.NFD);
        assertThat(VietnameseText.normalizeSpaces(decomposed)).isEqualTo("Đức Hòa");
        assertThat(VietnameseText.sortKey(decomposed)).isEqualTo(VietnameseText.sortKey("Đức Hòa"));
    }

    @Test
    void likePatternsEscapeWildcards() {
        assertThat(VietnameseText.likeContains("50%_x")).isEqualTo("%50\\%\\_x%");
    }
}
