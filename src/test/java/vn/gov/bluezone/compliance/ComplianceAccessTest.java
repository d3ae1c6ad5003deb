package vn.gov.bluezone.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.Guards;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.demo.DemoAccounts;
import vn.gov.bluezone.identity.Role;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.SystemAccess;

/**
 * Every action of the board and the workflow for every role, at the service layer: who may call it
 * at all (a refusal is AccessDeniedException; an allowed call may still fail for business reasons,
 * which is a PortalException with a message key, never a security error). Who should be allowed
 * comes from the one table, {@link Role#permissions()}, read against each method's guard
 * ({@link Guards}).
 */
@PortalSpringTest
class ComplianceAccessTest {

    static final LocalDate DAY = LocalDate.of(2020, 8, 20);

    /** Action → the service method it calls. */
    static final Map<String, Method> ACTIONS = Map.of(
            "board", Guards.method(ComplianceBoardService.class, "board"),
            "exportXlsx", Guards.method(BoardExport.class, "xlsx"),
            "exportPdf", Guards.method(BoardExport.class, "pdf"),
            "proposalsOfDay", Guards.method(ReprimandService.class, "ofDay"),
            "propose", Guards.method(ReprimandService.class, "propose"),
            "dismiss", Guards.method(ReprimandService.class, "dismiss"),
            "decide", Guards.method(ReprimandService.class, "decide"),
            "issueDispatch", Guards.method(ReprimandService.class, "issueDispatch"));

    @Autowired
    ComplianceBoardService board;
    @Autowired
    ReprimandService reprimands;
    @Autowired
    BoardExport export;
    @Autowired
    CampaignService campaigns;
    @Autowired
    AsUser as;

    long historic() {
        return SystemAccess.runAsSystem(() -> campaigns.visibleCampaigns().stream()
                .filter(c -> "4937/UBND-VHXH".equals(c.directiveNumber())).findFirst().orElseThrow().id());
    }

    static List<Arguments> cells() {
        return ACTIONS.keySet().stream().sorted().flatMap(action -> DemoAccounts.ALL.stream()
                .map(account -> Arguments.of(action, account.username(),
                        Guards.allows(account.role(), ACTIONS.get(action))))).toList();
    }

    @ParameterizedTest(name = "{0} by {1}: allowed = {2}")
    @MethodSource("cells")
    void onlyTheRolesOfTheMatrixMayAct(String action, String user, boolean allowed) {
        long campaign = historic();
        Map<String, BiConsumer<Long, String>> actions = Map.of(
                "board", (c, u) -> board.board(c, DAY, BoardLevel.COMMUNE),
                "exportXlsx", (c, u) -> export.xlsx(c, DAY, BoardLevel.DISTRICT, Locale.ENGLISH),
                "exportPdf", (c, u) -> export.pdf(c, DAY, BoardLevel.DISTRICT),
                "proposalsOfDay", (c, u) -> reprimands.ofDay(c, DAY),
                // the allowed caller gets a business refusal: nothing is stored by this test
                "propose", (c, u) -> reprimands.propose(c, DAY, BoardLevel.COMMUNE, List.of()),
                "dismiss", (c, u) -> reprimands.dismiss(c, DAY, BoardLevel.COMMUNE, -1, " "),
                "decide", (c, u) -> reprimands.decide(-1, true, null, 0),
                "issueDispatch", (c, u) -> reprimands.issueDispatch(c, LocalDate.of(2020, 8, 13)));
        Runnable call = () -> as.run(user, () -> actions.get(action).accept(campaign, user));
        if (allowed) {
            try {
                call.run();
            } catch (PortalException refusedForABusinessReason) {
                assertThat(refusedForABusinessReason.messageKey()).isNotBlank();
            }
        } else {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }
    }
}
