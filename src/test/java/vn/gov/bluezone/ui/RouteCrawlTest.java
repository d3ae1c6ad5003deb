package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.util.ClassUtils;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinSession;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

import vn.gov.bluezone.Guards;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.TestUnits;
import vn.gov.bluezone.campaign.CampaignForm;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.campaign.TargetDenominator;
import vn.gov.bluezone.campaign.Thresholds;
import vn.gov.bluezone.campaign.WorkForm;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitImportService;
import vn.gov.bluezone.identity.Role;
import vn.gov.bluezone.notification.ui.OutboxView;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.SystemAccess;
import vn.gov.bluezone.shell.NotFoundOrDeniedView;
import vn.gov.bluezone.shell.OutOfScopeView;
import vn.gov.bluezone.shell.PortalI18n;

/**
 * Every route of the application, taken from Vaadin's route registry (a new view is crawled without
 * touching this test), opened by every role: with the id of a record of the user's own unit, of
 * another unit's (outside the scope of all but the administrator), an unknown id and ids that are
 * no ids at all. Each page opens, or is refused with the not-found/denied page; never the
 * unexpected-error page, and nothing is logged at ERROR. A record outside the scope looks exactly
 * like one that does not exist. On every page that opens, the Vaadin components carry the portal's
 * texts in the user's language, not their English defaults.
 */
@PortalSpringTest
class RouteCrawlTest extends SpringBrowserlessTest {

    /** Ids that name no record: malformed, out of range, or an attempt at injection. */
    static final List<String> NOT_IDS = List.of("abc", "-1", "0", "99999999999999999999", "9223372036854775808", "1e3",
            "1.5", "+5", "0x10", "１２", "' OR 1=1", "1;DROP TABLE daily_report", "%00", "x".repeat(3000));
    static final String UNKNOWN_ID = "987654321";

    private static final Pattern PARAMETER = Pattern.compile(":[^/]+");
    /** A date with a one-digit day or month. */
    private static final Pattern SHORT_DATE = Pattern.compile("(?<![\\d/])(\\d/\\d{1,2}|\\d{2}/\\d)/\\d{4}\\b");
    private static final String OTHER_PROVINCE = "06";
    private static final String OTHER_PROVINCE_CAMPAIGN = "Chiến dịch kiểm thử của tỉnh khác (không thuộc Long An)";

    @Autowired
    HierarchyService hierarchy;

    @Autowired
    UnitImportService importer;

    @Autowired
    CampaignService campaigns;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final AppenderBase<ILoggingEvent> errorLog = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
                errors.add(event.getLoggerName() + ": " + event.getFormattedMessage());
            }
        }
    };

    @BeforeEach
    void watchTheErrorLogAndProvideAnotherProvince() {
        errorLog.start();
        root().addAppender(errorLog);
        SystemAccess.runAsSystem(() -> {
            try {
                hierarchy.getByCode(OTHER_PROVINCE);
            } catch (OutOfScopeException absent) {
                importer.importGsoList("bac-kan-2-levels.csv", TestUnits.provinceAsTwoLevels(OTHER_PROVINCE));
            }
            if (campaignId(OTHER_PROVINCE) == null) {
                campaigns.create(new CampaignForm(hierarchy.getByCode(OTHER_PROVINCE).id(), OTHER_PROVINCE_CAMPAIGN,
                        null, null, "UBND tỉnh Bắc Kạn", LocalDate.of(2020, 9, 1), LocalDate.of(2020, 9, 30),
                        new BigDecimal("60"), TargetDenominator.SMARTPHONE_USERS, LocalTime.of(15, 0), null, null,
                        null, null, null, false, Thresholds.defaults(), List.of(new WorkForm("HOUSEHOLDS", "Hộ gia đình")),
                        List.of()));
            }
        });
    }

    @AfterEach
    void stopWatching() {
        root().detachAppender(errorLog);
        errorLog.stop();
    }

    @Test
    @WithUserDetails("xa.duclapha")
    void aCommuneOfficerOpensEveryRouteOrIsRefusedCleanly() {
        crawl(Role.COMMUNE_OFFICER);
    }

    @Test
    @WithUserDetails("huyen.duchoa")
    void aDistrictOfficerOpensEveryRouteOrIsRefusedCleanly() {
        crawl(Role.DISTRICT_OFFICER);
    }

    @Test
    @WithUserDetails("tinh.sotttt")
    void aProvincialOfficerOpensEveryRouteOrIsRefusedCleanly() {
        crawl(Role.PROVINCE_OFFICER);
    }

    @Test
    @WithUserDetails("tinh.lanhdao")
    void theProvincialChairOpensEveryRouteOrIsRefusedCleanly() {
        crawl(Role.PROVINCE_CHAIR);
    }

    @Test
    @WithUserDetails("admin")
    void theAdministratorOpensEveryRouteIncludingTheOutbox() {
        Map<String, Class<?>> opened = crawl(Role.ADMIN);
        assertThat(opened).containsEntry("outbox", OutboxView.class);
    }

    @Test
    @WithUserDetails("admin")
    void inEnglishTheComponentsSpeakEnglish() {
        VaadinSession.getCurrent().setLocale(PortalI18n.ENGLISH);
        UI.getCurrent().setLocale(PortalI18n.ENGLISH);
        crawl(Role.ADMIN);
        assertThat(UI.getCurrent().getTranslation("datePicker.today")).isEqualTo("Today");
    }

    /** Crawls every route; returns the routes that opened their own view (without ids). */
    private Map<String, Class<?>> crawl(Role role) {
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> !isTestRoute(route.getNavigationTarget())).toList();
        assertThat(routes).extracting(RouteData::getTemplate)
                .contains("", "units/:id", "reports/:id", "reports/:id/document", "campaigns/:id/baselines", "outbox")
                .hasSizeGreaterThanOrEqualTo(20);

        Map<String, Class<?>> opened = new LinkedHashMap<>();
        for (RouteData route : routes) {
            String template = route.getTemplate();
            Class<? extends Component> target = route.getNavigationTarget();
            // who may open it: the view's annotation read against the one table of permissions
            boolean declared = Guards.mayOpen(target, role);
            if (!PARAMETER.matcher(template).find()) {
                Class<?> view = open(template);
                if (declared) {
                    assertThat(view).as("%s opening %s", role, template).isEqualTo(target);
                    opened.put(template, view);
                } else {
                    assertThat(view).as("%s opening %s", role, template).isEqualTo(NotFoundOrDeniedView.class);
                }
                continue;
            }
            RecordIds ids = recordIds(template, role);
            if (!declared) {
                for (String id : Stream.concat(Stream.of(ids.own(), ids.other(), UNKNOWN_ID), NOT_IDS.stream()).toList()) {
                    assertThat(open(with(template, id))).as("%s opening %s with %s", role, template, shortId(id))
                            .isEqualTo(NotFoundOrDeniedView.class);
                }
                continue;
            }
            assertThat(open(with(template, ids.own()))).as("%s opening %s of its own unit", role, template)
                    .isEqualTo(target);
            Class<?> other = open(with(template, ids.other()));
            if (ids.otherInScope()) {
                assertThat(other).as("%s opening %s of another unit in its scope", role, template).isEqualTo(target);
            } else {
                assertThat(other).as("%s opening %s outside its scope", role, template).isEqualTo(OutOfScopeView.class);
                String outOfScope = errorPageText();
                open(with(template, UNKNOWN_ID));
                assertThat(errorPageText()).as("outside the scope looks exactly like unknown").isEqualTo(outOfScope);
            }
            assertThat(open(with(template, UNKNOWN_ID))).as("%s opening %s with an unknown id", role, template)
                    .isEqualTo(OutOfScopeView.class);
            String unknown = errorPageText();
            for (String id : NOT_IDS) {
                // as the browser sends it (percent-encoded) and as the server decodes it
                for (String location : List.of(with(template, id), PARAMETER.matcher(template)
                        .replaceFirst(Matcher.quoteReplacement(id)))) {
                    assertThat(open(location)).as("%s opening %s", role, shortId(location))
                            .isEqualTo(OutOfScopeView.class);
                    assertThat(errorPageText()).isEqualTo(unknown);
                }
            }
        }
        assertThat(errors).as("logged at ERROR while crawling as %s", role).isEmpty();
        return opened;
    }

    /** Opens a location as the browser would send it; the view shown, checked for component texts. */
    private Class<?> open(String location) {
        try {
            UI.getCurrent().navigate(location);
        } catch (RuntimeException e) {
            fail("opening " + shortId(location) + " threw " + e);
        }
        Object view = getCurrentView();
        assertThat(view.getClass().getSimpleName()).as("page shown for %s", shortId(location))
                .isNotEqualTo("ServerErrorView");
        if (!(view instanceof OutOfScopeView) && !(view instanceof NotFoundOrDeniedView)) {
            componentsSpeakTheUserLanguage(location);
            datesAreWrittenInFull(location);
        }
        return ClassUtils.getUserClass(view);
    }

    /** One way to write a date on every page: dd/MM/yyyy, never 1/8/2020 beside 01/08/2020. */
    private void datesAreWrittenInFull(String location) {
        String text = UI.getCurrent().getElement().getTextRecursively();
        assertThat(SHORT_DATE.matcher(text).results().map(MatchResult::group).toList())
                .as("dates not written dd/MM/yyyy on %s", shortId(location)).isEmpty();
    }

    private String errorPageText() {
        return $(H2.class).id("error-title").getText() + " | " + $(Paragraph.class).first().getText();
    }

    /**
     * The texts the components would otherwise show in English come from the bundles in the user's
     * language: every date picker, time picker, upload, password field, the drawer and its toggle;
     * and a filter's empty selection gets a label (its label generator is not handed null blindly).
     */
    private void componentsSpeakTheUserLanguage(String location) {
        UI ui = UI.getCurrent();
        String where = shortId(location);
        descendants(ui).forEach(component -> {
            if (component instanceof DatePicker picker) {
                assertThat(picker.getI18n()).as("date picker i18n on %s", where).isNotNull();
                assertThat(picker.getI18n().getToday()).isEqualTo(ui.getTranslation("datePicker.today"));
                assertThat(picker.getI18n().getCancel()).isEqualTo(ui.getTranslation("datePicker.cancel"));
                assertThat(picker.getI18n().getMonthNames()).hasSize(12)
                        .startsWith(ui.getTranslation("datePicker.monthNames").split(",")[0]);
                assertThat(picker.getI18n().getWeekdaysShort()).hasSize(7);
                assertThat(picker.getI18n().getDateFormats()).startsWith("dd/MM/yyyy");
                assertThat(picker.getI18n().getFirstDayOfWeek()).isEqualTo(1);
            } else if (component instanceof TimePicker picker) {
                assertThat(picker.getI18n()).as("time picker i18n on %s", where).isNotNull();
            } else if (component instanceof Upload upload) {
                assertThat(upload.getI18n()).as("upload i18n on %s", where).isNotNull();
                assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo(ui.getTranslation("upload.addFiles.one"));
                assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo(ui.getTranslation("upload.dropFiles.one"));
                assertThat(upload.getI18n().getError().getFileIsTooBig()).isNotBlank();
                assertThat(upload.getI18n().getUploading().getError().getUnexpectedServerError())
                        .isEqualTo(ui.getTranslation("upload.error.serverError"));
                assertThat(upload.getI18n().getFile().getRemove()).isEqualTo(ui.getTranslation("upload.file.remove"));
            } else if (component instanceof PasswordField field) {
                assertThat(String.valueOf(field.getElement().getPropertyRaw("i18n"))).as("password field on %s", where)
                        .contains(ui.getTranslation("password.reveal"));
            } else if (component instanceof DrawerToggle toggle) {
                assertThat(toggle.getAriaLabel()).contains(ui.getTranslation("nav.drawerToggle"));
            } else if (component instanceof AppLayout layout) {
                assertThat(layout.getI18n().getDrawer()).isEqualTo(ui.getTranslation("nav.drawer"));
            } else if (component instanceof SideNav nav) {
                assertThat(nav.getI18n().getToggle()).isEqualTo(ui.getTranslation("nav.subItems"));
            } else if (component instanceof Select<?> select && select.isEmptySelectionAllowed()) {
                @SuppressWarnings("unchecked")
                Select<Object> any = (Select<Object>) select;
                assertThat(any.getItemLabelGenerator().apply(null)).as("empty selection of %s on %s",
                        select.getId().orElse("a select"), where).isNotBlank();
            }
        });
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(RouteCrawlTest::descendants));
    }

    /** The records of each kind a route can name, per role. */
    private RecordIds recordIds(String template, Role role) {
        boolean admin = role == Role.ADMIN;
        return switch (template) {
            case "units/:id" -> switch (role) {
                case COMMUNE_OFFICER -> new RecordIds(unit("27958"), unit("27961"), false);
                case DISTRICT_OFFICER -> new RecordIds(unit("802"), unit("803"), false);
                default -> new RecordIds(unit("80"), unit(OTHER_PROVINCE), admin);
            };
            case "reports/:id", "reports/:id/document" -> switch (role) {
                case COMMUNE_OFFICER -> new RecordIds(report("/80/802/27958/"), report("/80/802/27961/"), false);
                case DISTRICT_OFFICER -> new RecordIds(report("/80/802/27958/"), report("/80/803/%"), false);
                // no report outside Long An exists: another district's report, inside the province's scope
                default -> new RecordIds(report("/80/802/27958/"), report("/80/803/%"), true);
            };
            case "campaigns/:id/baselines" -> new RecordIds(campaignId("80").toString(),
                    campaignId(OTHER_PROVINCE).toString(), admin);
            default -> throw new AssertionError("Route " + template + " takes an id: add the records it names to "
                    + "RouteCrawlTest.recordIds, so its own, another unit's and unknown ids are all tried");
        };
    }

    record RecordIds(String own, String other, boolean otherInScope) {
    }

    private String unit(String code) {
        return Long.toString(SystemAccess.runAsSystem(() -> hierarchy.getByCode(code).id()));
    }

    private String report(String unitPath) {
        Long id = jdbc.queryForObject("select min(id) from daily_report where unit_path like ?", Long.class, unitPath);
        assertThat(id).as("a demo report of %s", unitPath).isNotNull();
        return id.toString();
    }

    private Long campaignId(String provinceCode) {
        return jdbc.queryForObject("select min(c.id) from campaign c join administrative_unit p on p.id = c.province_id "
                + "where p.code = ?", Long.class, provinceCode);
    }

    /** Routes declared by tests themselves (pages that fail on purpose) are not the application's. */
    private static boolean isTestRoute(Class<?> target) {
        return target.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes");
    }

    private static String with(String template, String id) {
        String encoded = URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
        return PARAMETER.matcher(template).replaceFirst(Matcher.quoteReplacement(encoded));
    }

    private static String shortId(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
