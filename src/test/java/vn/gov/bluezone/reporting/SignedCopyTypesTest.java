package vn.gov.bluezone.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

/** The stored name of a signed copy (decision 0016 for the text rule). */
class SignedCopyTypesTest {

    @Test
    void aRightToLeftOverrideCannotDisguiseTheName() {
        // U+202E would show the rest of the name backwards; it is dropped and the name reads as typed
        assertThat(SignedCopyTypes.safeFileName("Biên bản ký \u202Efdp.exe", SignedCopyTypes.PDF))
                .isEqualTo("Biên bản ký fdp.pdf");
        assertThat(SignedCopyTypes.safeFileName("bien-ban-\u202Egnp.exe.pdf", SignedCopyTypes.PDF))
                .isEqualTo("bien-ban-gnp.exe.pdf");
    }

    @Test
    void aDecomposedNameFromAMacIsComposedAndInvisibleCharactersDropped() {
        String mac = Normalizer.normalize("Biên bản ngày 07-04.png", Normalizer.Form.NFD);
        assertThat(SignedCopyTypes.safeFileName("/Users/lap/" + mac, SignedCopyTypes.PNG))
                .isEqualTo("Biên bản ngày 07-04.png");
        assertThat(SignedCopyTypes.safeFileName("\uFEFFbien\u0000\u200Bban\u2066.jpg", SignedCopyTypes.JPEG))
                .isEqualTo("bienban.jpg");
        assertThat(SignedCopyTypes.safeFileName("\u200B\u202E\u0000", SignedCopyTypes.PDF)).isEqualTo("ban-ky.pdf");
    }

    @Test
    void aLongNameIsCutAtACharacterNotInsideOne() {
        String name = "a".repeat(149) + "😀😀" + ".pdf";
        String safe = SignedCopyTypes.safeFileName(name, SignedCopyTypes.PDF);
        assertThat(safe).isEqualTo("a".repeat(149) + ".pdf");
        assertThat(safe.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE)).isTrue();
    }
}
