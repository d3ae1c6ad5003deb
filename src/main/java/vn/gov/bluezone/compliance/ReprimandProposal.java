package vn.gov.bluezone.compliance;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.gov.bluezone.identity.Role;

/**
 * A suggestion of the board turned into a proposal (or dismissed) for one unit, with the figures of
 * the board day it came from, the chair's decision and the dispatch it went into. The state
 * changes are the only way to move it: proposed → approved / rejected; approved → in a dispatch.
 */
@Entity
@Table(name = "reprimand_proposal")
class ReprimandProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private long campaignId;
    @Column(name = "unit_id", nullable = false)
    private long unitId;
    @Column(name = "unit_path", nullable = false, length = 255)
    private String unitPath;
    @Column(name = "board_day", nullable = false)
    private LocalDate boardDay;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProposalStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "reprimand_level", length = 16)
    private ReprimandLevel level;
    @Column(nullable = false, length = 2000)
    private String reason;
    @Column(nullable = false, length = 100)
    private String flags;
    @Column(name = "cumulative_then", nullable = false)
    private long cumulativeThen;
    @Column(name = "denominator_then", nullable = false)
    private long denominatorThen;
    @Column(name = "pace_then", nullable = false)
    private long paceThen;
    @Column(name = "proposed_by", nullable = false, length = 50)
    private String proposedBy;
    @Column(name = "proposed_by_name", length = 120)
    private String proposedByName;
    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_by_role", length = 24)
    private Role proposedByRole;
    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;
    @Column(name = "decided_by", length = 50)
    private String decidedBy;
    @Column(name = "decided_by_name", length = 120)
    private String decidedByName;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_note", length = 1000)
    private String decisionNote;
    @Column(name = "dispatch_id")
    private Long dispatchId;
    @Column(name = "dispatch_reference", length = 60)
    private String dispatchReference;
    @Column(name = "dispatch_on")
    private LocalDate dispatchOn;
    @Column(name = "open_unit_id")
    private Long openUnitId;
    @Version
    private long version;

    /** Who proposes or dismisses: login name, full name and role at that moment. */
    record Actor(String username, String fullName, Role role) {
    }

    protected ReprimandProposal() {
    }

    private ReprimandProposal(long campaignId, BoardRow row, String unitPath, LocalDate boardDay, ProposalStatus status,
            ReprimandLevel level, String reason, Actor actor, Instant at) {
        this.campaignId = campaignId;
        this.unitId = row.unitId();
        this.unitPath = unitPath;
        this.boardDay = boardDay;
        this.status = status;
        this.level = level;
        this.reason = reason;
        this.flags = String.join(",", row.finding().flags().stream().map(Enum::name).sorted().toList());
        this.cumulativeThen = row.cumulative();
        this.denominatorThen = row.denominator();
        this.paceThen = row.paceInstalls();
        this.proposedBy = actor.username();
        this.proposedByName = actor.fullName();
        this.proposedByRole = actor.role();
        this.proposedAt = at;
        this.openUnitId = status == ProposalStatus.PROPOSED ? row.unitId() : null;
    }

    static ReprimandProposal propose(long campaignId, BoardRow row, String unitPath, LocalDate day, ReprimandLevel level,
            String reason, Actor actor, Instant at) {
        return new ReprimandProposal(campaignId, row, unitPath, day, ProposalStatus.PROPOSED, level, reason, actor, at);
    }

    static ReprimandProposal dismiss(long campaignId, BoardRow row, String unitPath, LocalDate day, String reason,
            Actor actor, Instant at) {
        return new ReprimandProposal(campaignId, row, unitPath, day, ProposalStatus.DISMISSED, null, reason, actor, at);
    }

    void decide(boolean approve, String note, String actor, String actorName, Instant at) {
        status = approve ? ProposalStatus.APPROVED : ProposalStatus.REJECTED;
        decisionNote = note;
        decidedBy = actor;
        decidedByName = actorName;
        decidedAt = at;
        openUnitId = null;
    }

    void dispatched(long documentId, String reference, LocalDate on) {
        dispatchId = documentId;
        dispatchReference = reference;
        dispatchOn = on;
    }

    Proposal view(String unitName, String parentName) {
        return new Proposal(id, campaignId, unitId, unitName, parentName, boardDay, status, level, reason, flags,
                cumulativeThen, denominatorThen, paceThen, proposedBy, proposedByName, proposedByRole, proposedAt, decidedBy,
                decidedByName, decidedAt, decisionNote,
                dispatchId, dispatchReference, dispatchOn, version);
    }

    Long getId() {
        return id;
    }

    long getCampaignId() {
        return campaignId;
    }

    long getUnitId() {
        return unitId;
    }

    String getUnitPath() {
        return unitPath;
    }

    LocalDate getBoardDay() {
        return boardDay;
    }

    ProposalStatus getStatus() {
        return status;
    }

    ReprimandLevel getLevel() {
        return level;
    }

    String getReason() {
        return reason;
    }

    String getProposedBy() {
        return proposedBy;
    }

    String getDecidedByName() {
        return decidedByName;
    }

    Long getDispatchId() {
        return dispatchId;
    }

    long getVersion() {
        return version;
    }
}
