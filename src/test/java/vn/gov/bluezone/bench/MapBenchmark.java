package vn.gov.bluezone.bench;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How fast the coverage map is (issue 16), measured from outside against a running portal (the
 * packaged demo: {@code java -jar target/bluezone-portal-*.jar}): the size of a province's map data
 * as sent (gzip) and as JSON, and, in headless Chromium, the time from opening the dashboard or the
 * board to the map drawn ({@code data-drawn} on the chart, set when ECharts has finished), taken from
 * the page's own clock ({@code performance.now()}, zero at navigation start). The first opening of
 * each page runs with an empty browser cache; the others as an official's browser would, with the
 * boundaries cached.
 *
 * <pre>
 * ./mvnw -q test-compile exec:exec -Dexec.executable=$JAVA_HOME/bin/java \
 *   -Dexec.args="-cp %classpath vn.gov.bluezone.bench.MapBenchmark http://localhost:8080 tayninh.canbo 15"
 * </pre>
 */
public final class MapBenchmark {

    private MapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String user = args.length > 1 ? args[1] : "tayninh.canbo";
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        String password = System.getenv().getOrDefault("BENCH_PASSWORD", "Bluezone@2020");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium-bench"));
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            driver.get(base + "/login");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")))
                    .sendKeys(user);
            WebElement secret = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
            secret.sendKeys(password, Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user-name")));

            for (String page : List.of("dashboard", "board")) {
                List<Double> millis = new ArrayList<>();
                String source = "";
                for (int i = 0; i <= runs; i++) {
                    if (i == 0) {
                        // the first opening with an empty cache: the boundaries come over the network
                        driver.executeCdpCommand("Network.clearBrowserCache", java.util.Map.of());
                    }
                    driver.get(base + "/" + page);
                    WebElement map;
                    try {
                        map = wait.until(ExpectedConditions.presenceOfElementLocated(
                                By.cssSelector("#coverage-map[data-drawn]")));
                    } catch (org.openqa.selenium.TimeoutException e) {
                        Files.write(java.nio.file.Path.of("/tmp/mapbench-failed.png"),
                                driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                        System.out.println(((JavascriptExecutor) driver).executeScript(
                                "const m = document.getElementById('coverage-map'); return m ? m.outerHTML.substring(0, 300)"
                                        + " + ' failed=' + m.getAttribute('data-failed') : 'no map'"));
                        throw e;
                    }
                    double at = ((Number) ((JavascriptExecutor) driver).executeScript("return performance.now()"))
                            .doubleValue();
                    source = String.valueOf(((JavascriptExecutor) driver).executeScript("return arguments[0].mapSource",
                            map));
                    if (i == 0) {
                        System.out.printf("%-9s map drawn, empty cache: %7.0f ms%n", page, at);
                    } else {
                        millis.add(at);
                    }
                }
                Collections.sort(millis);
                System.out.printf("%-9s map drawn, %d openings: median %5.0f ms, p95 %5.0f ms, max %5.0f ms (%s)%n", page,
                        runs, millis.get(runs / 2), millis.get((int) Math.ceil(runs * 0.95) - 1), millis.getLast(),
                        source);
            }

            String cookie = "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();
            String source = String.valueOf(((JavascriptExecutor) driver).executeScript(
                    "return document.getElementById('coverage-map').mapSource"));
            for (String path : List.of(source.substring(source.indexOf(' ') + 1), "maps/provinces.json")) {
                size(base + "/" + path, cookie);
            }
        } finally {
            driver.quit();
        }
    }

    /** The map data as the browser receives it (gzip) and as JSON. */
    private static void size(String url, String cookie) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> gzip = http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie)
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        System.out.printf("%-40s %s, %,d bytes sent (Content-Encoding %s), %,d bytes of JSON (gzip -6 here: %,d)%n",
                url.substring(url.indexOf("/maps/")), plain.statusCode() + "/" + gzip.statusCode(), gzip.body().length,
                gzip.headers().firstValue("Content-Encoding").orElse("none"), plain.body().length,
                gzipped(plain.body()));
    }

    private static int gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
