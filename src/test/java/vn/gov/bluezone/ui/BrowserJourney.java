package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.bluezone.shared.VietnameseFormats;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * What the journeys in a real browser share: the packaged portal's port, headless Debian Chromium
 * started once per class, the last screen of a failed journey kept in target/screenshots, nothing
 * blocked by the content security policy after each journey, and the moves of an official (log in,
 * follow the menu, choose, type a date, read a PDF back) and the checks of the page's language.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserJourney {

    protected static final String PASSWORD = "Bluezone@2020";

    @LocalServerPort
    protected int port;

    protected ChromeDriver driver;
    protected WebDriverWait wait;
    /** For the many short waits of the page crawl: polls every 50 ms instead of every 500 ms. */
    protected WebDriverWait fast;
    private Path profile;

    @BeforeAll
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("chromium-it");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        // the browser's console, to catch anything the content security policy blocks
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
        // Vaadin replaces elements as the page updates: a condition that met a replaced one is asked again
        wait = (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class);
        fast = (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class);
    }

    /** A failed journey leaves its last screen in target/screenshots, to see what the browser saw. */
    @RegisterExtension
    final TestWatcher lastScreenOfAFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            try {
                screenshot("failed-" + context.getRequiredTestMethod().getName() + ".png");
            } catch (IOException | RuntimeException notTaken) {
                // the failure itself is what matters
            }
        }
    };

    @AfterEach
    void nothingWasBlockedByTheContentSecurityPolicy() {
        List<String> blocked = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
        assertThat(blocked).isEmpty();
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** Types a date into a date picker as an official would, dd/MM/yyyy, and confirms it. */
    protected void typeDate(String pickerId, LocalDate date) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + pickerId + " input")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = ''", input);
        input.sendKeys(VietnameseFormats.date(date), Keys.ENTER);
        wait.until(d -> VietnameseFormats.date(date).equals(input.getDomProperty("value")));
        waitUntilIdle();
    }

    protected static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    /** The file behind a link, fetched by the browser with its session. */
    protected byte[] download(WebElement link) {
        String base64 = String.valueOf(((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(buffer => {"
                        + "  let binary = '';"
                        + "  new Uint8Array(buffer).forEach(b => binary += String.fromCharCode(b));"
                        + "  done(btoa(binary));"
                        + "});", link.getDomProperty("href")));
        return Base64.getDecoder().decode(base64);
    }

    /** The text of the PDF behind a link, read back with PDFBox. */
    protected String pdfText(WebElement link) throws IOException {
        try (var document = Loader.loadPDF(download(link))) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Texts the Vaadin components show when nobody sets theirs: must never appear on a Vietnamese page. */
    protected static final List<String> ENGLISH_DEFAULTS = List.of("Upload File...", "Upload Files...", "Drop file here",
            "Drop files here", "File is Too Big.", "Incorrect File Type.", "Too Many Files.", "Connecting...", "Stalled",
            "Processing File...", "Queued", "Upload failed due to server error", "Today", "Cancel", "January",
            "August", "December", "Monday", "Sun", "Mon", "Toggle navigation panel", "Drawer", "Toggle child items",
            "Show password", "Select All", "Select Row", "Confirm", "Reject", "Log in", "Username", "Password",
            "Retry", "Start", "Remove");

    /**
     * Returns the component texts on the page (deep, through every shadow root) that are in the wrong
     * language: on a Vietnamese page one of the given English defaults or any component's own default
     * (its {@code defaultI18n}); on an English page one of the given Vietnamese component texts, or
     * Vietnamese letters in a component's i18n object. Looks at i18n objects, aria-labels, accessible
     * names, titles, placeholders and text nodes.
     */
    protected static final String WRONG_LANGUAGE = """
            const [forbiddenTexts, english] = arguments;
            const norm = s => String(s).replace(/\u2026/g, '...').trim().toLowerCase();
            const forbidden = new Set(forbiddenTexts.map(norm));
            const vietnameseLetters = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
            const leaves = (value, path, out) => {
              if (typeof value === 'string') {
                out.push([path, value]);
              } else if (Array.isArray(value)) {
                value.forEach((v, i) => leaves(v, path + '[' + i + ']', out));
              } else if (value && typeof value === 'object') {
                Object.keys(value).forEach(key => leaves(value[key], path + '.' + key, out));
              }
            };
            const elements = [];
            const collect = root => root.querySelectorAll('*').forEach(el => {
              elements.push(el);
              if (el.shadowRoot) {
                collect(el.shadowRoot);
              }
            });
            collect(document);
            if (!english) {
              elements.filter(el => el.localName.startsWith('vaadin-') && el.constructor.defaultI18n).forEach(el => {
                const out = [];
                leaves(el.constructor.defaultI18n, '', out);
                out.filter(([, text]) => /[a-z]{3,}/i.test(text)).forEach(([, text]) => forbidden.add(norm(text)));
              });
            }
            const found = new Set();
            const check = (where, text, fromI18n) => {
              const t = norm(text);
              if (t && (forbidden.has(t) || (english && fromI18n && vietnameseLetters.test(t)))) {
                found.add(where + ': ' + String(text).trim());
              }
            };
            elements.forEach(el => {
              const name = el.localName + (el.id ? '#' + el.id : '');
              if (el.localName.startsWith('vaadin-')) {
                const i18n = el.__effectiveI18n || el.i18n;
                const out = [];
                leaves(i18n, 'i18n', out);
                out.forEach(([path, text]) => check(name + ' ' + path, text, true));
              }
              ['aria-label', 'title', 'placeholder'].filter(a => el.hasAttribute(a))
                  .forEach(a => check(name + ' @' + a, el.getAttribute(a), false));
              if (typeof el.accessibleName === 'string') {
                check(name + ' accessibleName', el.accessibleName, false);
              }
              el.childNodes.forEach(node => node.nodeType === Node.TEXT_NODE && check(name + ' text', node.textContent, false));
            });
            return [...found];
            """;

    /** The component texts in the wrong language on the current page. */
    @SuppressWarnings("unchecked")
    protected List<String> wrongLanguage(boolean english) {
        waitUntilIdle();
        return (List<String>) ((JavascriptExecutor) driver).executeScript(WRONG_LANGUAGE,
                english ? vietnameseComponentTexts() : ENGLISH_DEFAULTS, english);
    }

    /** Opens the page's first date picker, checks the calendar's language and returns its texts. */
    @SuppressWarnings("unchecked")
    protected List<String> calendarTexts(boolean english) {
        WebElement picker = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-date-picker")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].open()", picker);
        String today = english ? "Today" : "Hôm nay";
        String deepTexts = """
                const texts = [];
                const collect = root => root.querySelectorAll('*').forEach(el => {
                  el.childNodes.forEach(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim() && texts.push(n.textContent.trim()));
                  if (el.shadowRoot) {
                    collect(el.shadowRoot);
                  }
                });
                collect(document);
                return texts;
                """;
        fast.until(d -> ((List<String>) ((JavascriptExecutor) d).executeScript(deepTexts)).contains(today));
        try {
            assertThat(wrongLanguage(english)).as("date picker calendar").isEmpty();
            List<String> texts = new ArrayList<>((List<String>) ((JavascriptExecutor) driver).executeScript(deepTexts));
            // the month names are in the calendar's titles ("Tháng 8 2020"), the weekdays in its header
            ((List<String>) ((JavascriptExecutor) driver).executeScript(
                    "return [...arguments[0].i18n.monthNames, ...arguments[0].i18n.weekdaysShort]", picker))
                    .forEach(texts::add);
            return texts;
        } finally {
            ((JavascriptExecutor) driver).executeScript("arguments[0].close()", picker);
        }
    }

    /** The portal's own Vietnamese texts for the components: must not appear on an English page. */
    protected static List<String> vietnameseComponentTexts() {
        Properties vi = new Properties();
        try (var in = BrowserJourney.class.getClassLoader().getResourceAsStream("messages_vi.properties")) {
            vi.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return vi.stringPropertyNames().stream()
                .filter(key -> key.matches("(datePicker|timePicker|upload|grid)\\..*|nav\\.(drawer|drawerToggle|subItems)|password\\.reveal"))
                .flatMap(key -> key.endsWith("Names") || key.endsWith("weekdays") || key.endsWith("weekdaysShort")
                        ? Arrays.stream(vi.getProperty(key).split(",")) : Stream.of(vi.getProperty(key)))
                .map(String::strip).filter(text -> !text.contains("{")).toList();
    }

    /** Follows the menu's link to a page, as a user does (no page reload). */
    protected void openFromMenu(String path) {
        WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#main-nav vaadin-side-nav-item[path='" + path + "']")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", item);
        item.click();
        fast.until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/" + path));
        waitUntilIdle();
    }

    protected List<String> menuPaths() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#main-nav vaadin-side-nav-item")));
        return driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(item -> item.getDomAttribute("path")).toList();
    }

    /** Waits until the page has no request to the server pending. */
    protected void waitUntilIdle() {
        fast.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.values(clients).every(client => !client.isActive || !client.isActive());
                """)));
    }

    /** Clicks an element after scrolling it into view (wide grids scroll sideways). */
    protected void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})",
                element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Picks an item of a vaadin-select by its label. */
    protected void choose(String selectId, String label) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(selectId))).click();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> label.equals(item.getText().strip())).findFirst().map(item -> {
                    try {
                        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", item);
                        item.click();
                        return true;
                    } catch (ElementClickInterceptedException
                            | StaleElementReferenceException opening) {
                        return false;   // the overlay is still opening or positioning itself: try again
                    }
                }).orElse(false));
        // the page redraws for the new choice: wait for it before touching its fields
        wait.until(d -> label.equals(String.valueOf(((JavascriptExecutor) d).executeScript(
                "const select = document.getElementById(arguments[0]);"   // absent while a choice reloads the page
                        + "const v = select && select.querySelector('vaadin-select-value-button');"
                        + "return v ? v.textContent.trim() : '';", selectId))));
        waitUntilIdle();
    }

    protected List<String> cellTexts(String gridId) {
        return driver.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    protected void login(String username) {
        driver.get(url("login"));
        fillLogin(username, PASSWORD);
        fast.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user-name")));
    }

    protected void fillLogin(String username, String password) {
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(username);
        WebElement secret = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        secret.sendKeys(password);
        secret.sendKeys(Keys.ENTER);
    }

    protected void logout() {
        driver.findElement(By.id("logout")).click();
        fast.until(ExpectedConditions.urlContains("login"));
    }

    protected void open(String path) {
        driver.get(url(path));
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    protected String text(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText();
    }

    protected void waitForText(String id, String expected) {
        wait.until(d -> d.findElements(By.id(id)).stream()
                .anyMatch(e -> expected.equals(String.valueOf(e.getDomProperty("textContent")).strip())));
    }

    protected List<String> menu() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#main-nav vaadin-side-nav-item")));
        return driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    protected List<String> gridTexts() {
        return driver.findElements(By.cssSelector("#unit-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    protected void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
    }
}
