package vn.gov.bluezone.compliance;

import java.util.List;

/**
 * The board's rows summed: for a provincial reader at either level, the province row, with how many
 * communes' figures in force come from an earlier day and how many communes have none.
 */
public record BoardTotal(int units, long cumulative, long denominator, long population, long paceInstalls,
        int carriedCommunes, int communesWithoutFigure) {

    public static BoardTotal of(List<BoardRow> rows) {
        return new BoardTotal(rows.size(), rows.stream().mapToLong(BoardRow::cumulative).sum(),
                rows.stream().mapToLong(BoardRow::denominator).sum(), rows.stream().mapToLong(BoardRow::population).sum(),
                rows.stream().mapToLong(BoardRow::paceInstalls).sum(),
                rows.stream().mapToInt(BoardRow::carriedCommunes).sum(),
                rows.stream().mapToInt(BoardRow::communesWithoutFigure).sum());
    }
}
