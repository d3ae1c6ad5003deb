package vn.gov.bluezone.shared;

import java.util.List;

/** An upload refused as a whole: nothing of it was stored. Carries every problem found, by row. */
public class ImportRejectedException extends PortalException {

    private final transient List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super("import.rejected", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
