package vn.gov.bluezone.compliance;

import java.time.LocalDate;
import java.util.stream.Collectors;

import vn.gov.bluezone.shared.VietnameseFormats;

/**
 * The board's cells in words, the same on screen and in the exports: the flags with their reasons,
 * the reprimand that concerns a unit and the follow-up since its dispatch.
 */
public final class BoardTexts {

    /** Looks up a message key with arguments in the reader's language. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... arguments);
    }

    private final Translator texts;

    public BoardTexts(Translator texts) {
        this.texts = texts;
    }

    /**
     * The figure in force with where it comes from (decision 0022): "3.848" (the day's report),
     * "3.848 (ngày 12/08)" (a commune's earlier report), "—" (never reported); for a district, the
     * sum with how many communes' figures are from earlier days or missing.
     */
    public String figure(BoardRow row, LocalDate day) {
        if (!row.hasFigure()) {
            return "—";
        }
        String count = VietnameseFormats.count(row.cumulative());
        if (row.level() == BoardLevel.COMMUNE) {
            return row.carried(day) ? texts.translate("oversight.carried", count, VietnameseFormats.dayMonth(row.figureDate()))
                    : count;
        }
        if (row.carriedCommunes() > 0 && row.communesWithoutFigure() > 0) {
            return texts.translate("board.figure.carriedAndNone", count, row.carriedCommunes(), row.communesWithoutFigure());
        }
        if (row.carriedCommunes() > 0) {
            return texts.translate("board.figure.carried", count, row.carriedCommunes());
        }
        return row.communesWithoutFigure() > 0 ? texts.translate("board.figure.none", count, row.communesWithoutFigure())
                : count;
    }

    /** The figure cell's tooltip: the rule for a sum of communes, a commune's missing or earlier figure, else null. */
    public String figureTooltip(BoardRow row, LocalDate day) {
        if (row.level() != BoardLevel.COMMUNE) {
            return texts.translate("board.figure.rule");
        }
        if (row.figureDate() == null) {
            return texts.translate("oversight.noFigure.tooltip");
        }
        return row.carried(day) ? texts.translate("oversight.carried.tooltip", VietnameseFormats.date(row.figureDate()))
                : null;
    }

    /**
     * Why the provincial officer cannot select a row: it is not flagged, a proposal is open for it,
     * or it was proposed or dismissed that day; null when the row can be selected.
     */
    public String notSelectable(BoardRow row) {
        if (row.actionable()) {
            return null;
        }
        if (row.level() == BoardLevel.TODAY) {
            return texts.translate("board.notSelectable.today");
        }
        return texts.translate(row.reprimand() != null && row.reprimand().open() ? "board.notSelectable.open"
                : row.finding().suggestion() == Suggestion.NONE ? "board.notSelectable.notFlagged"
                : "board.notSelectable.handled");
    }

    /**
     * What a row belongs to or is made of: a commune's district; on the board of today's units, the
     * former communes of a commune of today, or why a former commune has a row of its own; else "".
     */
    public String parent(BoardRow row) {
        BoardRow.Lineage lineage = row.lineage();
        if (lineage == null) {
            return row.parentName() == null ? "" : row.parentName();
        }
        String names = String.join(", ", lineage.names());
        return switch (lineage.kind()) {
            case MERGED -> names;
            case SPLIT -> texts.translate("board.today.split", names);
            case NOT_HELD -> texts.translate("board.today.notHeld", names);
            case NO_SUCCESSOR -> texts.translate("board.today.noSuccessor");
        };
    }

    public String reasons(Finding finding) {
        return finding.reasons().stream().map(r -> texts.translate(r.messageKey(), r.arguments().toArray()))
                .collect(Collectors.joining("; "));
    }

    public String suggestion(Finding finding) {
        return texts.translate("board.suggestion." + finding.suggestion().name());
    }

    public String record(BoardRow row) {
        return texts.translate("board.record", Math.round(row.onTimeRate()), row.lateCampaign(), row.missingCampaign(),
                row.lateWeek(), row.missingWeek());
    }

    public String trend(BoardRow row) {
        return row.trend().stream().map(VietnameseFormats::decimal).collect(Collectors.joining(" → "));
    }

    /** "Phê bình — đã duyệt (05/UBND-VHXH)", "Nhắc nhở — chờ duyệt", "Đã bỏ qua: …", or "" when nothing concerns the unit. */
    public String reprimand(Proposal proposal) {
        if (proposal == null) {
            return "";
        }
        String status = texts.translate("proposal.status." + proposal.status().name());
        if (proposal.status() == ProposalStatus.DISMISSED) {
            return status + ": " + proposal.reason();
        }
        String text = texts.translate("reprimand.level." + proposal.level().name()) + " — " + status;
        return proposal.dispatchReference() == null ? text : text + " (" + proposal.dispatchReference() + ")";
    }

    /**
     * Who proposed, as officials read it: "Nguyễn Thị Thông, Cán bộ cấp tỉnh" (full name and the role's
     * label when the proposal was made); the login name only for an account that had no name on record.
     */
    public String proposer(Proposal proposal) {
        if (proposal.proposedByName() == null) {
            return proposal.proposedBy();
        }
        return proposal.proposedByRole() == null ? proposal.proposedByName()
                : texts.translate("reprimands.person", proposal.proposedByName(),
                        texts.translate("role." + proposal.proposedByRole().name()));
    }

    /** The chair's note with the chair's name ("Đồng ý — Trần Văn Lãnh"), or "" while undecided. */
    public String decision(Proposal proposal) {
        String name = proposal.decidedByName() != null ? proposal.decidedByName() : proposal.decidedBy();
        if (name == null) {
            return proposal.decisionNote() == null ? "" : proposal.decisionNote();
        }
        return proposal.decisionNote() == null ? name : texts.translate("reprimands.decisionBy", proposal.decisionNote(), name);
    }

    /** "Từ CV 05/UBND-VHXH: +320 lượt cài, 92,1 % tiến độ (trước 71,4 %) — có chuyển biến". */
    public String followUp(FollowUp followUp) {
        if (followUp == null) {
            return "";
        }
        return texts.translate(followUp.improved() ? "board.followUp.improved" : "board.followUp.notImproved",
                followUp.dispatchReference(),
                (followUp.installsSince() >= 0 ? "+" : "") + VietnameseFormats.count(followUp.installsSince()),
                VietnameseFormats.decimal(followUp.paceShareNow()), VietnameseFormats.decimal(followUp.paceShareThen()));
    }
}
