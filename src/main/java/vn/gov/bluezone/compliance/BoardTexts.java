package vn.gov.bluezone.compliance;

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
