package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.TestClockConfiguration;
import vn.gov.bluezone.TodayUnits;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportContext;

/**
 * The demo of today in the packaged portal, in headless Chromium: Tây Ninh since 1/7/2025 (two
 * levels, Sở KH&CN receiving). The commune of today submits the live campaign's report; the
 * provincial officer finds it in the grid, ranks communes on the board beside their former
 * districts, reads campaign 4937 of 2020 on today's communes and the province's offices; every page
 * of the three accounts opens, in Vietnamese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${TODAY_DATASOURCE_URL:jdbc:h2:mem:portal-today-it;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
        "portal.demo.enabled=true",
        "portal.demo.current-units=true"
})
@Import({TestClockConfiguration.class, AsUser.class})
class TodayBrowserIT extends BrowserJourney {

    static final String LIVE = TodayUnits.LIVE_CAMPAIGN;

    @Autowired
    DailyReportService reports;
    @Autowired
    CampaignService campaigns;
    @Autowired
    AsUser as;

    @Test
    void theCommuneOfTodayReportsAndTheProvinceSeesItOnItsBoard() throws IOException {
        CampaignDetails live = as.call("xa.duclap", () -> campaigns.visibleCampaigns()).stream()
                .filter(c -> c.name().equals(LIVE)).findFirst().orElseThrow();
        LocalDate today = as.call("xa.duclap", () -> reports.today());
        ReportContext context = as.call("xa.duclap", () -> reports.open(live.id(), today));
        assertThat(context.unitName()).isEqualTo("Xã Đức Lập");
        assertThat(context.report()).as("the demo leaves today's report of Xã Đức Lập open").isNull();
        long figure = context.previousCumulative() + 25;
        assertThat(figure).isLessThanOrEqualTo(context.population());

        login("xa.duclap");
        assertThat(text("current-user-unit")).isEqualTo("Cán bộ cấp xã · Xã Đức Lập");
        open("report");
        choose("report-campaign", LIVE);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#report-cumulative input")))
                .sendKeys(Long.toString(figure));
        wait.until(d -> d.findElement(By.id("report-readout")).getText().contains("Tăng so với hôm trước: 25"));
        driver.findElement(By.cssSelector("#report-signer input")).sendKeys("Huỳnh Thị Lập");
        driver.findElement(By.cssSelector("#report-results textarea")).sendKeys("Đã vận động 25 hộ gia đình.");
        click(driver.findElement(By.id("report-submit")));
        waitForText("report-state", "Đã gửi");
        logout();

        login("tayninh.canbo");
        assertThat(text("current-user-unit")).isEqualTo("Cán bộ cấp tỉnh · Tỉnh Tây Ninh");
        open("reports");
        choose("oversight-campaign", LIVE);
        wait.until(d -> cellTexts("oversight-grid").size() > 10);
        // the grid draws only the rows in view: the export, fetched with the session, holds them all
        String csv = new String(download(driver.findElement(By.id("oversight-csv"))), StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(line -> line.contains("Xã Đức Lập") && !line.contains("Xã Đức Lập ")))
                .singleElement().asString().contains("," + figure + ",25,");
        assertThat(csv.lines().count()).isGreaterThan(96);

        open("board");
        choose("board-campaign", LIVE);
        wait.until(d -> cellTexts("board-grid").size() > 10);
        // the map of the communes, drawn by ECharts from the boundaries the page fetched
        WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#coverage-map[data-drawn]")));
        assertThat(map.findElements(By.cssSelector("path")).size()).isGreaterThanOrEqualTo(96);
        assertThat(map.getText()).contains("Đạt tiến độ", "Gần đạt", "Chậm", "Chưa có số liệu");
        screenshot("board-two-level.png");
        // a click on a commune opens its report of the day (the officer follows reports), else the unit
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", map);
        @SuppressWarnings("unchecked")
        List<Number> offset = (List<Number>) ((JavascriptExecutor) driver).executeScript(INSIDE_AN_AREA, map);
        assertThat(offset).as("a point inside a commune of the map").isNotNull();
        new Actions(driver)
                .moveToElement(map, offset.get(0).intValue(), offset.get(1).intValue()).click().perform();
        wait.until(d -> d.getCurrentUrl().matches(".*/(reports|units)/\\d+$"));
        open("board");
        choose("board-campaign", LIVE);
        wait.until(d -> cellTexts("board-grid").size() > 10);
        WebElement level = driver.findElement(By.id("board-level"));
        assertThat(level.getDomAttribute("readonly")).isNotNull();
        assertThat(String.valueOf(level.getDomProperty("helperText"))).contains("Tỉnh hai cấp");
        assertThat(headerTexts("board-grid")).contains("Huyện cũ (trước 01/07/2025)");

        open("dashboard");
        choose("dashboard-campaign", LIVE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#coverage-map[data-drawn]")));
        screenshot("dashboard-map.png");

        open("lineage");
        choose("lineage-campaign", "Triển khai cài đặt ứng dụng Bluezone (CV 4937/UBND-VHXH) (lịch sử địa bàn)");
        wait.until(d -> cellTexts("lineage-splits").contains("Xã Tân Hòa (Huyện Bến Lức)"));
        assertThat(text("lineage-rule")).contains("không được chia số liệu");
        assertThat(driver.findElement(By.id("lineage-history")).isDisplayed()).isTrue();
        screenshot("lineage.png");

        open("offices");
        wait.until(d -> cellTexts("offices-grid").contains("Sở Khoa học và Công nghệ tỉnh Tây Ninh"));
        assertThat(cellTexts("offices-grid")).contains("SKHCN", "Đặng Minh Khoa (PHÓ GIÁM ĐỐC)");
        logout();
    }

    @Test
    void theAdministratorSeesTheWholeCountryOnTheMap() throws IOException {
        login("admin");
        open("dashboard");
        WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#province-map[data-drawn]")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", map);
        // every province, the Hoàng Sa and Trường Sa archipelagos among Đà Nẵng's and Khánh Hòa's parts
        assertThat(map.findElements(By.cssSelector("path")).size()).isGreaterThanOrEqualTo(34);
        assertThat(text("province-map-note")).contains("Hoàng Sa", "Trường Sa");
        screenshot("national-map.png");
        logout();
    }

    @Test
    void everyPageOfTodaysAccountsOpensInVietnamese() {
        for (String account : List.of("xa.duclap", "tayninh.canbo", "tayninh.lanhdao")) {
            login(account);
            List<String> paths = menuPaths();
            assertThat(paths).as(account).hasSizeGreaterThanOrEqualTo(4);
            for (String path : paths) {
                openFromMenu(path);
                assertThat(driver.findElements(By.id("error-title"))).as("%s opening /%s", account, path).isEmpty();
                assertThat(wrongLanguage(false)).as("%s on /%s", account, path).isEmpty();
            }
            logout();
        }
    }

    /**
     * A point inside a commune's area, as an offset from the map's centre: a point of a drawn path
     * that is in its fill and on top at that place (not the legend at the bottom left).
     */
    static final String INSIDE_AN_AREA = """
            const map = arguments[0];
            const box = map.getBoundingClientRect();
            for (const path of map.querySelectorAll('path')) {
              const b = path.getBBox();
              if (b.width < 8 || b.height < 8) continue;
              const matrix = path.getScreenCTM();
              for (let i = 1; i < 10; i++) {
                for (let j = 1; j < 10; j++) {
                  const inside = new DOMPoint(b.x + b.width * i / 10, b.y + b.height * j / 10);
                  if (!path.isPointInFill(inside)) continue;
                  const at = inside.matrixTransform(matrix);
                  if (at.x - box.x < 240 && box.bottom - at.y < 140) continue;
                  if (document.elementFromPoint(at.x, at.y) !== path) continue;
                  return [Math.round(at.x - box.x - box.width / 2), Math.round(at.y - box.y - box.height / 2)];
                }
              }
            }
            return null;
            """;

    private List<String> headerTexts(String gridId) {
        return driver.findElements(By.cssSelector("#" + gridId + " vaadin-grid-sorter, #" + gridId
                + " vaadin-grid-cell-content")).stream().map(WebElement::getText).map(String::strip).toList();
    }
}
