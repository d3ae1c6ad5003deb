package vn.gov.bluezone.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

/** The one cleaning rule for incoming text (decision 0016). */
class InputTextTest {

    static final String NAME = "Phạm Thị Lập";
    static final String NAME_NFD = Normalizer.normalize(NAME, Normalizer.Form.NFD);

    @Test
    void decomposedVietnameseIsComposed() {
        assertThat(NAME_NFD).isNotEqualTo(NAME).hasSize(16);
        assertThat(InputText.line(NAME_NFD)).isEqualTo(NAME).hasSize(12);
        assertThat(InputText.block("Kết quả:\n" + Normalizer.normalize("Đã vận động 40 hộ", Normalizer.Form.NFD)))
                .isEqualTo("Kết quả:\nĐã vận động 40 hộ");
    }

    @Test
    void aDecomposedNameOf120LettersIsCountedAs120AfterComposition() {
        // every letter carries two marks when decomposed: 120 letters, 360 UTF-16 units
        String composed = "Ấ".repeat(120);
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).hasSize(360);
        assertThat(InputText.line(decomposed)).isEqualTo(composed).hasSize(120);
    }

    @Test
    void aMarkSeparatedFromItsLetterByAnInvisibleCharacterStillJoinsIt() {
        assertThat(InputText.line("La\u200B\u0323p")).isEqualTo("Lạp");
    }

    @Test
    void nulAndOtherControlCharactersAreDropped() {
        assertThat(InputText.line("Phạm\u0000 Thị\u0007 Lập\u001B\u007F\u0090")).isEqualTo(NAME);
        assertThat(InputText.block("a\u0000b\u0008c")).isEqualTo("abc");
    }

    @Test
    void lineBreaksAndTabsAreSpacesInOneLineAndKeptInABlock() {
        assertThat(InputText.line("Phạm\tThị\r\nLập")).isEqualTo("Phạm Thị Lập");
        assertThat(InputText.line("a\u2028b\u0085c\u000Bd\u000Ce")).isEqualTo("a b c d e");
        assertThat(InputText.block("dòng 1\r\ndòng 2\rdòng 3\u2029dòng\t4")).isEqualTo("dòng 1\ndòng 2\ndòng 3\ndòng\t4");
    }

    @Test
    void bidirectionalControlsAreDroppedSoAFileNameReadsAsItIs() {
        String spoofed = "bien-ban-\u202Egnp.exe";
        assertThat(InputText.line(spoofed)).isEqualTo("bien-ban-gnp.exe");
        for (char control : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
                '\u2069', '\u200E', '\u200F', '\u061C'}) {
            assertThat(InputText.line("Đức" + control + "Hòa")).as("U+%04X", (int) control).isEqualTo("ĐứcHòa");
        }
    }

    @Test
    void zeroWidthCharactersAndTheByteOrderMarkAreDropped() {
        assertThat(InputText.line("\uFEFFPhạm\u200B Thị\u200C\u200D Lập\u2060")).isEqualTo(NAME);
        assertThat(InputText.line("\u200B\u200B")).isNull();
    }

    @Test
    void loneSurrogatesAreDroppedAndWholePairsKept() {
        assertThat(InputText.line("Lập\uD800")).isEqualTo("Lập");
        assertThat(InputText.line("\uDC00Lập")).isEqualTo("Lập");
        assertThat(InputText.line("\uDC00\uD800Lập")).isEqualTo("Lập");
        assertThat(InputText.line("Lập 😀")).isEqualTo("Lập 😀");
        assertThat(InputText.line("𠀀")).isEqualTo("𠀀");
    }

    @Test
    void noncharactersAreDropped() {
        assertThat(InputText.line("a\uFFFEb\uFFFFc\uFDD0d" + new String(Character.toChars(0x1FFFF)) + "e"))
                .isEqualTo("abcde");
    }

    @Test
    void ordinaryTextIsUntouchedApartFromOuterSpaces() {
        assertThat(InputText.line("  <b>Đã vận động</b> 40 hộ, 50% & \"x\"  ")).isEqualTo("<b>Đã vận động</b> 40 hộ, 50% & \"x\"");
        assertThat(InputText.line("Xã\u00A0Đức Lập Hạ")).isEqualTo("Xã\u00A0Đức Lập Hạ");
        assertThat(InputText.block("  a\n\n  b  ")).isEqualTo("a\n\n  b");
        assertThat(InputText.line(null)).isNull();
        assertThat(InputText.line("   ")).isNull();
        assertThat(InputText.block("\n\t\n")).isNull();
    }

    @Test
    void cleaningTwiceIsCleaningOnce() {
        String messy = " \uFEFF" + NAME_NFD + "\u202E\r\n\u0000x\uD800 ";
        assertThat(InputText.line(InputText.line(messy))).isEqualTo(InputText.line(messy)).isEqualTo(NAME + " x");
        assertThat(InputText.block(InputText.block(messy))).isEqualTo(InputText.block(messy)).isEqualTo(NAME + "\nx");
    }

    @Test
    void everyDroppedCodePointIsInvisibleOrNotACharacter() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            if (InputText.dropped(codePoint)) {
                int type = Character.getType(codePoint);
                assertThat(type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                        || type == Character.UNASSIGNED).as("U+%04X", codePoint).isTrue();
            }
        }
        for (int letter : "aAđĐạẬ".codePoints().toArray()) {
            assertThat(InputText.dropped(letter)).isFalse();
        }
    }
}
