package vn.gov.bluezone.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Stored "field: old → new" lines, including ones written before the formatter, read in the form's words. */
class RevisionTextsTest {

    @Test
    void fieldsReadByTheirLabelsAndFiguresInVietnamese() {
        String stored = """
                cumulative: 3836 → 3902
                work.HOUSEHOLDS: — → 1250
                work.GONE: 5 → —
                results: Đã vận động
                40 hộ → Đã vận động
                52 hộ
                signerName: Phạm Thị Lập → Nguyễn Văn Ký""";
        var changes = RevisionTexts.changes(stored, key -> "[" + key + "]", Map.of("HOUSEHOLDS", "Hộ gia đình"));
        assertThat(changes).extracting(RevisionTexts.Change::text).containsExactly(
                "[report.cumulative]: 3.836 → 3.902",
                "Hộ gia đình: — → 1.250",
                "GONE: 5 → —",
                "[report.results]: Đã vận động\n40 hộ → Đã vận động\n52 hộ",
                "[report.signerName]: Phạm Thị Lập → Nguyễn Văn Ký");
    }

    @Test
    void aCommentOrAFileNameIsShownAsItIs() {
        assertThat(RevisionTexts.changes("Số liệu chưa khớp\nđề nghị kiểm tra", key -> key, Map.of()))
                .extracting(RevisionTexts.Change::label, RevisionTexts.Change::after)
                .containsExactly(Tuple.tuple(null, "Số liệu chưa khớp\nđề nghị kiểm tra"));
        assertThat(RevisionTexts.changes(null, key -> key, Map.of())).isEmpty();
    }
}
