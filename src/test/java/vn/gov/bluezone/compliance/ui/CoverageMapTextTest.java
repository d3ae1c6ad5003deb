package vn.gov.bluezone.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names are data: in the map's HTML tooltip they are text, and ECharts' template braces are taken out. */
class CoverageMapTextTest {

    @Test
    void markupAndTemplatesInANameAreText() {
        assertThat(CoverageMap.html("<script>alert(1)</script> & \"x\" {b}"))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; (b)");
        assertThat(CoverageMap.html("Xã Đức Lập")).isEqualTo("Xã Đức Lập");
    }
}
