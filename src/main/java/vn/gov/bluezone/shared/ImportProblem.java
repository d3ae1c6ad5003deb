package vn.gov.bluezone.shared;

import java.util.List;

/**
 * One thing wrong with an uploaded file: the 1-based row as a spreadsheet shows it (the header is
 * row 1), a message key and its arguments.
 */
public record ImportProblem(int row, String messageKey, List<Object> arguments) {

    public ImportProblem(int row, String messageKey, Object... arguments) {
        this(row, messageKey, List.of(arguments));
    }
}
