package vn.gov.bluezone.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reading uploaded text files strictly as UTF-8, so a file saved in another encoding is refused by row. */
public final class TextFiles {

    private TextFiles() {
    }

    /**
     * Decodes {@code content} as UTF-8 (a leading byte-order mark is dropped) or reports every line
     * that is not valid UTF-8, e.g. a CSV saved as Windows-1258 or TCVN3 by a spreadsheet.
     */
    public static String decodeUtf8(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
                && (content[2] & 0xff) == 0xBF ? 3 : 0;
        List<ImportProblem> problems = new ArrayList<>();
        StringBuilder text = new StringBuilder(content.length);
        int row = 1;
        int lineStart = start;
        for (int i = start; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
                try {
                    text.append(decoder.decode(ByteBuffer.wrap(content, lineStart, i - lineStart)));
                } catch (CharacterCodingException e) {
                    problems.add(new ImportProblem(row, "import.error.encoding"));
                }
                if (i < content.length) {
                    text.append('\n');
                }
                row++;
                lineStart = i + 1;
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems.size() > 20 ? problems.subList(0, 20) : problems);
        }
        return text.toString();
    }
}
