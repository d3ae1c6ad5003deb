package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.TestClockConfiguration;
import vn.gov.bluezone.TestUnits;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportDetails;
import vn.gov.bluezone.reporting.ReportFixtures;
import vn.gov.bluezone.shared.SystemAccess;
import vn.gov.bluezone.shared.VietnameseFormats;

/**
 * The packaged portal in production mode, in headless Debian Chromium: a commune, a district and a
 * province user log in and see their own part of Long An, spelled correctly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${SPRING_DATASOURCE_URL:jdbc:h2:mem:portal-it;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
        "portal.demo.enabled=true",
        "portal.demo.current-units=false"
})
@Import({TestClockConfiguration.class, AsUser.class, ReportFixtures.class})
class PortalBrowserIT extends BrowserJourney {

    @Test
    void aDistrictUserSeesExactlyTheTwentyCommunesOfDucHoa() throws IOException {
        login("huyen.duchoa");
        assertThat(text("current-user-unit")).isEqualTo("Cán bộ cấp huyện · Huyện Đức Hòa");
        assertThat(menu()).containsExactly("Trang chủ", "Tổng quan", "Báo cáo các xã", "Bảng tuân thủ", "Phê bình, nhắc nhở", "Chiến dịch trên đơn vị hiện nay",
                "Tài liệu tuyên truyền", "Văn bản", "Xác minh văn bản", "Đơn vị hành chính",
                "Người dùng");

        open("units");
        waitForText("unit-count", "21 đơn vị");
        List<String> expected = TestUnits.resource("reference/long-an-2020.csv").lines()
                .filter(line -> line.contains(",802,")).map(line -> line.split(",")[6]).toList();
        assertThat(expected).hasSize(20).contains("Xã Đức Lập Hạ", "Thị trấn Hậu Nghĩa");
        wait.until(d -> gridTexts().containsAll(expected));
        assertThat(gridTexts()).containsAll(expected).doesNotContain("Huyện Bến Lức", "Xã Lương Hòa");
        screenshot("units-district.png");
        logout();
    }

    @Test
    void aCommuneUserSeesOnlyItsCommune() {
        login("xa.duclapha");
        assertThat(menu()).containsExactly("Trang chủ", "Báo cáo hằng ngày", "Tài liệu tuyên truyền", "Văn bản", "Xác minh văn bản", "Đơn vị hành chính");
        open("units");
        waitForText("unit-count", "1 đơn vị");
        wait.until(d -> gridTexts().contains("Xã Đức Lập Hạ"));
        open("users");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-title")));
        assertThat(text("error-title")).isEqualTo("Không mở được trang");
        logout();
    }

    @Test
    void aProvinceUserSeesAllOfLongAnAndTheLayoutFitsAPhone() throws IOException {
        login("tinh.sotttt");
        assertThat(menu()).containsExactly("Trang chủ", "Tổng quan", "Báo cáo các xã", "Bảng tuân thủ", "Phê bình, nhắc nhở", "Chiến dịch trên đơn vị hiện nay",
                "Tài liệu tuyên truyền", "Chiến dịch", "Văn bản", "Xác minh văn bản",
                "Đơn vị hành chính", "Cơ quan, đơn vị", "Người dùng");
        open("dashboard");
        // the ECharts web component of the production bundle draws SVG
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-status svg")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-units svg path")));
        screenshot("dashboard-province.png");
        open("reports");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#oversight-grid vaadin-grid-cell-content")));
        screenshot("oversight-province.png");
        open("units");
        waitForText("unit-count", "204 đơn vị");
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                    "return document.documentElement.scrollWidth")).intValue() <= 390);
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
        logout();
    }

    @Autowired
    ReportFixtures fixtures;
    @Autowired
    DailyReportService reports;
    @Autowired
    AsUser as;

    @Test
    void aCommuneSubmitsItsDailyReportOnAPhone() throws IOException {
        LocalDate today = SystemAccess.runAsSystem(() -> reports.today());
        // a fresh campaign starting later than the demo ones, so the form opens on it
        fixtures.campaign("Cài đặt Bluezone — đợt kiểm thử trên điện thoại", today.minusDays(1), today.plusDays(10));
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            login("xa.duclapha");
            open("report");
            WebElement cumulative = wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#report-cumulative input")));
            cumulative.sendKeys("1100");
            wait.until(d -> d.findElement(By.id("report-readout")).getText().contains("11,00 %"));
            assertThat(driver.findElement(By.id("report-readout")).getText())
                    .contains("Tăng so với hôm trước: 100", "18,33 %");
            assertThat(text("report-countdown")).isNotBlank();
            ((JavascriptExecutor) driver).executeScript("document.getElementById('report-campaign').scrollIntoView()");
            screenshot("report-phone.png");
            driver.findElement(By.cssSelector("#report-signer input")).sendKeys("Phạm Thị Lập");
            driver.findElement(By.cssSelector("#report-results textarea")).sendKeys("Đã vận động 40 hộ gia đình.");
            click(driver.findElement(By.id("report-submit")));
            waitForText("report-state", "Đã gửi");
            assertThat(((Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
            logout();
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /**
     * The reprimand journey: the provincial officer proposes the flagged district on the board, the
     * chair approves it and issues the dispatch, and the dispatch downloads as the numbered PDF.
     */
    @Test
    void anOfficerProposesTheChairApprovesAndTheDispatchDownloads() throws IOException {
        LocalDate today = SystemAccess.runAsSystem(() -> reports.today());
        String name = "Cài đặt Bluezone — đợt kiểm thử phê bình " + System.nanoTime() % 1000;
        fixtures.campaign(name, today.minusDays(3), today.plusDays(10));

        login("tinh.sotttt");
        open("board");
        choose("board-campaign", name);
        wait.until(d -> cellTexts("board-grid").contains("Huyện Đức Hòa"));
        List<WebElement> boxes = driver.findElements(By.cssSelector("#board-grid vaadin-checkbox"));
        click(boxes.getLast());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("board-propose"))).click();
        WebElement reason = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#proposal-reason-0 textarea")));
        assertThat(reason.getDomProperty("value")).contains("Độ bao phủ dưới 80 %");
        driver.findElement(By.id("proposal-submit")).click();
        wait.until(d -> cellTexts("board-grid").stream().anyMatch(t -> t.contains("chờ duyệt")));
        ((JavascriptExecutor) driver).executeScript(
                "window.scrollTo(0, 0); document.getElementById('board-grid').$.table.scrollLeft = 0");
        screenshot("board-province.png");
        logout();

        login("tinh.lanhdao");
        open("reprimands");
        choose("reprimands-campaign", name);
        click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[id^='approve-']"))));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#decision-note textarea")))
                .sendKeys("Đồng ý phê bình");
        driver.findElement(By.id("decision-confirm")).click();
        wait.until(d -> cellTexts("reprimands-grid").contains("đã duyệt"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("reprimands-issue"))).click();
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[id^='dispatch-']")));
        assertThat(link.getText()).startsWith("Tải công văn ").endsWith("/UBND-VHXH");
        assertThat(pdfText(link)).contains("Số: " + link.getText().substring("Tải công văn ".length()),
                "V/v phê bình, nhắc nhở", "Huyện Đức Hòa", "Trần Văn Lãnh");
        ((JavascriptExecutor) driver).executeScript(
                "window.scrollTo(0, 0); document.getElementById('reprimands-grid').$.table.scrollLeft = 0");
        screenshot("reprimands-chair.png");
        logout();
    }

    /**
     * Issuing a summary, then issuing it again after a figure changed: the district officer issues
     * the day's district summary (a number from the register, the officer's name under the
     * signature); a commune's report of that day is returned and amended; the register then says
     * the issued summary no longer matches, and issuing again gives a new number that names the one
     * it replaces.
     */
    @Test
    void aDistrictIssuesItsSummaryAndReplacesItAfterAnAmendment() throws IOException {
        LocalDate today = SystemAccess.runAsSystem(() -> reports.today());
        LocalDate day = today.minusDays(1);
        String name = "Cài đặt Bluezone — đợt kiểm thử ban hành " + System.nanoTime() % 1000;
        CampaignDetails campaign = fixtures.campaign(name, today.minusDays(3), today.plusDays(10));
        ReportDetails first = as.call(ReportFixtures.COMMUNE, () -> reports.submit(ReportFixtures.input(campaign, day, 1100)));

        login("huyen.duchoa");
        open("documents");
        choose("documents-campaign", name);
        typeDate("documents-day", day);
        click(driver.findElement(By.id("documents-issue-district")));
        wait.until(d -> text("documents-issue-outcome").startsWith("Đã ban hành văn bản số "));
        String reference = between(text("documents-issue-outcome"), "văn bản số ", ".");
        String pdf = pdfText(registerLink(reference));
        assertThat(pdf).contains("Số: " + reference, "Lê Văn Hòa", "1.100", VietnameseFormats.date(day));
        // issued signed: the officer's signature and the district committee's, named in the register
        try (var issued = Loader.loadPDF(download(registerLink(reference)))) {
            assertThat(issued.getSignatureDictionaries()).hasSize(2)
                    .allMatch(s -> "ETSI.CAdES.detached".equals(s.getSubFilter()));
            assertThat(issued.getSignatureDictionaries().getFirst().getName()).isEqualTo("Lê Văn Hòa");
        }
        wait.until(d -> cellTexts("documents-register").stream().anyMatch(t -> t.startsWith("Ký số: Lê Văn Hòa – ")));

        // the district returns the commune's report and the commune amends it
        as.run("huyen.duchoa", () -> reports.returnForCorrection(first.id(), "Xem lại số liệu lũy kế.", first.version()));
        ReportDetails returned = as.call(ReportFixtures.COMMUNE, () -> reports.get(first.id()));
        as.call(ReportFixtures.COMMUNE, () -> reports.submit(ReportFixtures.amend(returned, 1150)));

        open("documents");
        wait.until(d -> cellTexts("documents-register").contains(
                "Số liệu đã thay đổi sau khi ban hành; cần ban hành văn bản thay thế"));
        choose("documents-campaign", name);
        typeDate("documents-day", day);
        click(driver.findElement(By.id("documents-issue-district")));
        wait.until(d -> text("documents-issue-outcome").contains("thay thế văn bản số " + reference));
        String replacement = between(text("documents-issue-outcome"), "văn bản số ", ",");
        assertThat(replacement).isNotEqualTo(reference);
        wait.until(d -> cellTexts("documents-register").contains("Đã được thay thế bởi số " + replacement));
        assertThat(pdfText(registerLink(replacement))).contains("Số: " + replacement, "1.150",
                "thay thế Báo cáo số " + reference);
        // the replaced document stays as it was issued
        assertThat(pdfText(registerLink(reference))).contains("1.100").doesNotContain("1.150");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                driver.findElement(By.id("documents-issue-outcome")));
        screenshot("documents-district.png");
        logout();
    }

    /**
     * Amend after issue: the commune submits its report and issues it from the report's document
     * page; the district returns it with a reason; the commune amends the figure; the issued version
     * now says it no longer matches, the PDF link gives the current figures again, and issuing again
     * gives a new number that names the one it replaces, while the first stays as it was issued.
     */
    @Test
    void aCommuneIssuesItsReportAndReissuesItAfterTheDistrictReturnsIt() throws IOException {
        LocalDate today = SystemAccess.runAsSystem(() -> reports.today());
        String name = "Cài đặt Bluezone — đợt kiểm thử bổ sung " + System.nanoTime() % 1000;
        fixtures.campaign(name, today.minusDays(2), today.plusDays(10));

        login("xa.duclapha");
        open("report");
        choose("report-campaign", name);
        WebElement cumulative = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#report-cumulative input")));
        cumulative.sendKeys("1100");
        driver.findElement(By.cssSelector("#report-signer input")).sendKeys("Phạm Thị Lập");
        driver.findElement(By.cssSelector("#report-results textarea")).sendKeys("Đã vận động 40 hộ gia đình.");
        click(driver.findElement(By.id("report-submit")));
        waitForText("report-state", "Đã gửi");
        // from the form to the report's document page, which says which report it is
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("report-document-link"))));
        wait.until(d -> text("document-title").equals("Báo cáo ngày " + VietnameseFormats.date(today) + " — Xã Đức Lập Hạ"));
        String reportPath = URI.create(driver.getCurrentUrl()).getPath().replace("/document", "");
        click(driver.findElement(By.id("document-issue")));
        wait.until(d -> text("document-outcome").startsWith("Đã ban hành văn bản số "));
        String reference = between(text("document-outcome"), "văn bản số ", ".");
        assertThat(pdfText(driver.findElement(By.id("document-pdf")))).contains("Số: " + reference, "1.100");
        logout();

        login("huyen.duchoa");
        open(reportPath.substring(1));
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("report-return"))));
        // returning without a reason says what is missing
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("return-confirm"))));
        wait.until(d -> String.valueOf(d.findElement(By.id("return-comment")).getDomProperty("errorMessage"))
                .contains("Nhập lý do trả lại"));
        driver.findElement(By.cssSelector("#return-comment textarea")).sendKeys("Số lũy kế chưa cộng thôn 3.");
        click(driver.findElement(By.id("return-confirm")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("return-dialog")));
        logout();

        login("xa.duclapha");
        open("report");
        choose("report-campaign", name);
        wait.until(d -> text("report-state").startsWith("Bị trả lại"));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Lê Văn Hòa", "Số lũy kế chưa cộng thôn 3.");
        cumulative = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#report-cumulative input")));
        cumulative.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1150");
        click(driver.findElement(By.id("report-submit")));
        waitForText("report-state", "Đã gửi bổ sung");

        open(reportPath.substring(1) + "/document");
        wait.until(d -> text("document-versions").contains(
                "Số liệu đã thay đổi sau khi ban hành; cần ban hành văn bản thay thế"));
        // the PDF link follows the report: an unnumbered preview of the amended figures
        assertThat(pdfText(driver.findElement(By.id("document-pdf")))).contains("1.150").doesNotContain("Số: " + reference);
        click(driver.findElement(By.id("document-issue")));
        wait.until(d -> text("document-outcome").contains("thay thế văn bản số " + reference));
        String replacement = between(text("document-outcome"), "văn bản số ", ",");
        assertThat(replacement).isNotEqualTo(reference);
        wait.until(d -> text("document-versions").contains("Đã được thay thế bởi số " + replacement));
        assertThat(pdfText(driver.findElement(By.id("document-pdf")))).contains("Số: " + replacement, "1.150",
                "thay thế Báo cáo số " + reference);
        WebElement first = driver.findElements(By.cssSelector("#document-versions a")).stream()
                .filter(link -> link.getText().contains(reference)).findFirst().orElseThrow();
        assertThat(pdfText(first)).contains("Số: " + reference, "1.100").doesNotContain("1.150");
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        screenshot("commune-document.png");
        logout();
        // the file is for signed-in users only: anyone else is sent to the login page
        open(reportPath.substring(1) + "/document.pdf");
        wait.until(ExpectedConditions.urlContains("login"));
        // the next sign-in starts afresh, not on the file asked for before it
        driver.manage().deleteAllCookies();
    }

    private WebElement registerLink(String reference) {
        return wait.until(d -> d.findElements(By.cssSelector("#documents-register a")).stream()
                .filter(link -> reference.equals(link.getText().strip())).findFirst().orElse(null));
    }

    /**
     * Every role opens the pages of its menu without the error page, and no Vaadin component speaks
     * the wrong language: English defaults on the Vietnamese pages (the default), the portal's
     * Vietnamese component texts on the English ones. The date picker's calendar is opened, since it
     * is drawn only then.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyRolesPagesOpenAndTheComponentsSpeakThePagesLanguage() {
        driver.get(url("login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginPassword input")));
        assertThat(wrongLanguage(false)).as("login page").isEmpty();
        for (String account : List.of("xa.duclapha", "huyen.duchoa", "tinh.lanhdao", "tinh.sotttt", "admin")) {
            login(account);
            List<String> paths = menuPaths();
            assertThat(paths).as(account).hasSizeGreaterThanOrEqualTo(5);
            for (String path : paths) {
                openFromMenu(path);
                assertThat(driver.findElements(By.id("error-title"))).as("%s opening /%s", account, path).isEmpty();
                assertThat(wrongLanguage(false)).as("%s on /%s", account, path).isEmpty();
            }
            if (account.equals("huyen.duchoa")) {
                // the selection check boxes: the grid has no API for their names, ComponentTexts wraps its renderers
                openFromMenu("reports");
                // the demo's live campaign, whose baselines cover every commune (the database may hold
                // other tests' campaigns, listed first and without a row today)
                choose("oversight-campaign", "Cài đặt ứng dụng Bluezone — đợt thử nghiệm");
                fast.until(d -> d.findElements(By.cssSelector("#oversight-grid vaadin-checkbox")).size() > 1);
                assertThat((List<Object>) ((JavascriptExecutor) driver).executeScript(
                        "return [...document.querySelectorAll('#oversight-grid vaadin-checkbox')].map(c => c.accessibleName)"))
                        .contains("Chọn tất cả", "Chọn dòng này").doesNotContain("Select All", "Select Row");
            }
            if (account.equals("xa.duclapha")) {
                openFromMenu("report");
                assertThat(calendarTexts(false)).contains("Hôm nay", "Tháng 1", "Tháng 12", "CN", "T2");
                open("account/password");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#new-password input")));
                assertThat(wrongLanguage(false)).as("password page").isEmpty();
            }
            logout();
        }

        try {
            login("admin");
            choose("language", "English");
            wait.until(d -> menu().contains("Home"));
            for (String path : menuPaths()) {
                openFromMenu(path);
                assertThat(driver.findElements(By.id("error-title"))).as("admin opening /%s in English", path).isEmpty();
                assertThat(wrongLanguage(true)).as("/%s in English", path).isEmpty();
            }
            openFromMenu("dashboard");
            assertThat(calendarTexts(true)).contains("Today", "January", "December", "Mon");
            // the check sees what it looks for: the English calendar's texts, were the page Vietnamese
            WebElement picker = driver.findElement(By.tagName("vaadin-date-picker"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].open()", picker);
            try {
                fast.until(d -> wrongLanguage(false).stream().anyMatch(found -> found.endsWith(": Today")));
            } finally {
                ((JavascriptExecutor) driver).executeScript("arguments[0].close()", picker);
            }
            open("account/password");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#new-password input")));
            assertThat(wrongLanguage(true)).as("password page in English").isEmpty();
            logout();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginPassword input")));
            assertThat(wrongLanguage(true)).as("login page in English").isEmpty();
        } finally {
            // a new session in Vietnamese for the other tests: the language lives in the session too
            driver.manage().deleteAllCookies();
        }
    }

    @Test
    void pagesCarryTheSecurityHeadersAndTheSessionCookieIsProtectedAndReplacedAtLogin() throws Exception {
        var http = HttpClient.newHttpClient();
        for (String path : new String[] {"login", "", "VAADIN/no-such-file.js"}) {
            var response = http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                    HttpResponse.BodyHandlers.discarding());
            var headers = response.headers();
            assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("SAMEORIGIN");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(headers.firstValue("Content-Security-Policy").orElseThrow()).as(path)
                    .contains("frame-ancestors 'self'", "object-src 'none'");
            headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).forEach(cookie ->
                    assertThat(cookie).contains("HttpOnly", "SameSite=Lax"));
        }

        driver.get(url("login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        Cookie before = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(before).isNotNull();
        assertThat(before.isHttpOnly()).isTrue();
        assertThat(before.getSameSite()).isEqualTo("Lax");
        fillLogin("xa.duclapha", PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user-name")));
        Cookie after = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        assertThat(after.isHttpOnly()).isTrue();
        logout();
    }

    @Test
    void aWrongPasswordShowsTheVietnameseMessage() {
        driver.get(url("login"));
        fillLogin("xa.duclapha", "wrong-password-1");
        wait.until(ExpectedConditions.urlContains("error"));
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        wait.until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                "return arguments[0].i18n.errorMessage.message", form)).startsWith("Tên đăng nhập hoặc mật khẩu không đúng"));
        assertThat(form.getDomProperty("error")).isEqualTo("true");
    }

}
