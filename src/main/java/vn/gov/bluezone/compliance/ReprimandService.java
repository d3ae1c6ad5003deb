package vn.gov.bluezone.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.documents.DocumentService;
import vn.gov.bluezone.documents.IssuedDocument;
import vn.gov.bluezone.documents.ReprimandNotice;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitLevel;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.identity.Role;
import vn.gov.bluezone.shared.Caller;
import vn.gov.bluezone.shared.Callers;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.PortalTime;
import vn.gov.bluezone.shared.Requires;
import vn.gov.bluezone.shared.ValidationException;
import vn.gov.bluezone.shared.VietnameseText;

/**
 * The reprimand workflow of the board. The provincial officer turns the day's suggestions into
 * proposals (one or many, level and reason editable) or dismisses them with a reason; the provincial
 * chair approves or rejects each proposal with a note, never their own; the approved proposals of a
 * day are issued as one dispatch (công văn) of UBND tỉnh with the next number of its register. Every
 * step is audited on the unit's path, so it shows on the unit's history.
 */
@Service
@Transactional(readOnly = true)
public class ReprimandService {

    public static final int MAX_REASON = 2000;
    public static final int MAX_NOTE = 1000;

    private final ComplianceBoardService board;
    private final ReprimandProposalRepository proposals;
    private final CampaignService campaigns;
    private final HierarchyService hierarchy;
    private final DocumentService documents;
    private final Callers callers;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReprimandService(ComplianceBoardService board, ReprimandProposalRepository proposals, CampaignService campaigns,
            HierarchyService hierarchy, DocumentService documents, Callers callers, AuditLog auditLog,
            ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.board = board;
        this.proposals = proposals;
        this.campaigns = campaigns;
        this.hierarchy = hierarchy;
        this.documents = documents;
        this.callers = callers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Proposes reprimands for units of the day's board at one level. All or nothing: a unit that is
     * not flagged, already has an open proposal, or was dealt with that day refuses the whole batch.
     */
    @Requires(Permission.PROPOSE_REPRIMAND)
    @Transactional
    public List<Proposal> propose(long campaignId, LocalDate day, BoardLevel level, List<ProposalRequest> requests) {
        ValidationException.Collector errors = new ValidationException.Collector()
                .check(requests != null && !requests.isEmpty(), "units", "reprimand.error.noUnits")
                .check(requests == null || requests.stream().allMatch(r -> r.level() != null), "level",
                        "reprimand.error.level")
                .check(requests == null || requests.stream().allMatch(r -> validText(r.reason(), MAX_REASON)), "reason",
                        "reprimand.error.reason");
        errors.throwIfAny();
        Map<Long, BoardRow> rows = boardRows(campaignId, day, level);
        if (requests.stream().map(ProposalRequest::unitId).distinct().count() < requests.size()) {
            throw new PortalException("reprimand.error.duplicateUnit");
        }
        List<Proposal> created = new ArrayList<>();
        for (ProposalRequest request : requests) {
            BoardRow row = actionable(rows, request.unitId());
            UnitSummary unit = hierarchy.get(request.unitId());
            String reason = request.reason();
            ReprimandProposal proposal = save(ReprimandProposal.propose(campaignId, row, unit.path(), day,
                    request.level(), reason, proposer(), clock.instant()), unit.name());
            auditLog.record(AuditAction.REPRIMAND_PROPOSED, target(proposal), unit.path(),
                    "→ " + ProposalStatus.PROPOSED + " " + request.level() + " (" + day + "): " + reason);
            created.add(proposal.view(unit.name(), unit.parentName()));
        }
        return created;
    }

    /** Dismisses a unit's suggestion for the day, with the reason why nothing is proposed. */
    @Requires(Permission.PROPOSE_REPRIMAND)
    @Transactional
    public Proposal dismiss(long campaignId, LocalDate day, BoardLevel level, long unitId, String reason) {
        String text = VietnameseText.trimToNull(reason);
        new ValidationException.Collector().check(validText(text, MAX_REASON), "reason", "reprimand.error.dismissReason")
                .throwIfAny();
        BoardRow row = actionable(boardRows(campaignId, day, level), unitId);
        UnitSummary unit = hierarchy.get(unitId);
        ReprimandProposal dismissal = save(ReprimandProposal.dismiss(campaignId, row, unit.path(), day, text, proposer(),
                clock.instant()), unit.name());
        auditLog.record(AuditAction.SUGGESTION_DISMISSED, target(dismissal), unit.path(),
                row.finding().suggestion() + " → " + ProposalStatus.DISMISSED + " (" + day + "): " + text);
        return dismissal.view(unit.name(), unit.parentName());
    }

    /** The chair approves (note optional) or rejects (note required) an open proposal, never their own. */
    @Requires(Permission.DECIDE_REPRIMAND)
    @Transactional
    public Proposal decide(long proposalId, boolean approve, String note, long expectedVersion) {
        String text = VietnameseText.trimToNull(note);
        new ValidationException.Collector()
                .check(text == null || text.length() <= MAX_NOTE, "note", "reprimand.error.noteLength")
                .check(approve || validText(text, MAX_NOTE), "note", "reprimand.error.rejectNote")
                .throwIfAny();
        ReprimandProposal proposal = inScope(proposalId);
        if (proposal.getVersion() != expectedVersion) {
            throw new PortalException("error.conflict");
        }
        if (proposal.getStatus() != ProposalStatus.PROPOSED) {
            throw new PortalException("reprimand.error.alreadyDecided");
        }
        if (proposal.getProposedBy().equals(actor())) {
            throw new PortalException("reprimand.error.ownProposal");
        }
        Caller chair = person();
        proposal.decide(approve, text, chair.userName(), chair.fullName(), clock.instant());
        try {
            proposals.saveAndFlush(proposal);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new PortalException("error.conflict");
        }
        auditLog.record(approve ? AuditAction.REPRIMAND_APPROVED : AuditAction.REPRIMAND_REJECTED, target(proposal),
                proposal.getUnitPath(), ProposalStatus.PROPOSED + " → " + proposal.getStatus() + " " + proposal.getLevel()
                        + (text == null ? "" : ": " + text));
        return view(proposal);
    }

    /** The proposals and dismissals of a board day in the caller's scope, in the order they were made. */
    @Requires(Permission.READ_OVERSIGHT)
    public List<Proposal> ofDay(long campaignId, LocalDate day) {
        campaigns.get(campaignId);
        return proposals.ofDay(campaignId, day).stream().map(this::view).toList();
    }

    /** A commune of a three-level province: its district's chair is addressed for it. */
    private static boolean inDistrict(UnitSummary unit, UnitSummary province) {
        return unit.level() == UnitLevel.COMMUNE && unit.parentId() != null && unit.parentId() != province.id();
    }

    /**
     * Issues the day's approved proposals that are not in a dispatch yet as one dispatch of the
     * campaign's province, numbered in its register, and marks them with it.
     */
    @Requires(Permission.ISSUE_DISPATCH)
    @Transactional
    public IssuedDocument issueDispatch(long campaignId, LocalDate day) {
        CampaignDetails campaign = campaigns.get(campaignId);
        UnitSummary province = hierarchy.get(campaign.provinceId());
        List<ReprimandProposal> approved = proposals.ofDay(campaignId, day).stream()
                .filter(p -> p.getStatus() == ProposalStatus.APPROVED && p.getDispatchId() == null).toList();
        if (approved.isEmpty()) {
            throw new PortalException("reprimand.error.nothingApproved");
        }
        List<ReprimandNotice.Item> items = new ArrayList<>();
        Map<Long, UnitSummary> units = new HashMap<>();
        for (ReprimandProposal p : approved) {
            UnitSummary unit = units.computeIfAbsent(p.getUnitId(), hierarchy::get);
            ReprimandNotice.Level level = ReprimandNotice.Level.valueOf(p.getLevel().name());
            items.add(inDistrict(unit, province)
                    ? new ReprimandNotice.Item(unit.parentName(), level, unit.name() + ": " + p.getReason())
                    : new ReprimandNotice.Item(unit.name(), level, p.getReason()));
        }
        String signer = approved.getLast().getDecidedByName();
        boolean twoLevel = units.values().stream().noneMatch(u -> inDistrict(u, province) || u.level() == UnitLevel.DISTRICT);
        ReprimandNotice notice = new ReprimandNotice(campaignId, province.name(), campaign.directiveNumber(), day, items,
                signer, twoLevel ? ReprimandNotice.Addressees.COMMUNES : ReprimandNotice.Addressees.DISTRICTS);
        IssuedDocument dispatch = documents.issueReprimandDispatch(notice, province.id(),
                "reprimand:" + campaignId + ":" + day);
        List<Long> districts = approved.stream().map(p -> units.get(p.getUnitId()))
                .map(u -> inDistrict(u, province) ? u.parentId() : u.id())
                .distinct().toList();
        events.publishEvent(new ReprimandDispatched(dispatch.id(), dispatch.reference(), province.name(),
                province.path(), districts));
        for (ReprimandProposal p : approved) {
            p.dispatched(dispatch.id(), dispatch.reference(), dispatch.issuedOn());
            proposals.save(p);
            auditLog.record(AuditAction.REPRIMAND_DISPATCHED, target(p), p.getUnitPath(),
                    ProposalStatus.APPROVED + " → " + dispatch.reference() + " " + p.getLevel());
        }
        return dispatch;
    }

    /** The day's board by unit; a day after today has no board to act on. */
    private Map<Long, BoardRow> boardRows(long campaignId, LocalDate day, BoardLevel level) {
        if (day == null || level == null || day.isAfter(LocalDate.now(clock.withZone(PortalTime.ZONE)))) {
            throw new PortalException("reprimand.error.futureDay");
        }
        if (level == BoardLevel.TODAY) {
            // today's units of a campaign of former communes are for reading: proposals concern its own units
            throw new PortalException("reprimand.error.todayUnits");
        }
        Map<Long, BoardRow> rows = new HashMap<>();
        for (BoardRow row : board.board(campaignId, day, level)) {
            rows.put(row.unitId(), row);
        }
        return rows;
    }

    /** The unit's row when the officer can act on it; a unit off the board is out of scope. */
    private static BoardRow actionable(Map<Long, BoardRow> rows, long unitId) {
        BoardRow row = rows.get(unitId);
        if (row == null) {
            throw new OutOfScopeException();
        }
        if (!row.actionable()) {
            throw new PortalException(row.reprimand() != null && row.reprimand().open() ? "reprimand.error.alreadyOpen"
                    : row.finding().suggestion() == Suggestion.NONE ? "reprimand.error.notFlagged"
                    : "reprimand.error.alreadyHandled", row.name());
        }
        return row;
    }

    /** Stores a new proposal; another officer's open proposal for the same unit, made meanwhile, wins. */
    private ReprimandProposal save(ReprimandProposal proposal, String unitName) {
        try {
            return proposals.saveAndFlush(proposal);
        } catch (DataIntegrityViolationException alreadyOpen) {
            throw new PortalException("reprimand.error.alreadyOpen", unitName);
        }
    }

    private ReprimandProposal inScope(long proposalId) {
        return proposals.findInScope(proposalId).orElseThrow(OutOfScopeException::new);
    }

    private Proposal view(ReprimandProposal proposal) {
        UnitSummary unit = hierarchy.get(proposal.getUnitId());
        return proposal.view(unit.name(), unit.parentName());
    }

    private String actor() {
        return person().userName();
    }

    private ReprimandProposal.Actor proposer() {
        Caller user = person();
        return new ReprimandProposal.Actor(user.userName(), user.fullName(), Role.valueOf(user.role()));
    }

    /** The person calling: proposals and decisions are a person's, never the system's or nobody's. */
    private Caller person() {
        Caller caller = callers.current();
        if (caller.isAnonymous() || caller.isSystem() || caller.role() == null) {
            throw new OutOfScopeException();
        }
        return caller;
    }

    private static String target(ReprimandProposal proposal) {
        return "proposal:" + proposal.getId();
    }

    private static boolean validText(String text, int max) {
        return text != null && !text.isBlank() && text.length() <= max;
    }
}
