package org.treatytracker.bench;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.treatytracker.TestData;
import org.treatytracker.corpus.Corpus;

/**
 * The editor pages in a real browser (Debian's headless Chromium through chromium-driver, set up as
 * site/SiteBrowserCheck does): sign in by the form, create a negotiation and a reading, upload the Geneva negotiating
 * text (or a made-up draft when the corpus is absent) and the bulletin enb12621e.md, and review suggestions with the
 * keyboard (j, r). axe-core runs on the sign-in, upload and review pages; screenshots at 1366 and 390 px wide go to
 * src/site/screenshots/editor-*.png. Named *Check so that Surefire's default run needs no browser.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorBrowserCheck {

    static final Path SCREENSHOTS = Path.of("src/site/screenshots");
    static final String PASSWORD = "an editor's long browser password";

    @TestHTTPResource("/")
    URL base;

    ChromeDriver browser;

    @BeforeAll
    void start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1366,1200", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(5));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void go(String path) {
        browser.get(base.toString().replaceAll("/$", "") + path);
    }

    private Object script(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** No serious or critical axe-core violation on the page now open. */
    private void axe(String page) {
        Results axe = new AxeBuilder().analyze(browser);
        List<String> serious = new ArrayList<>();
        for (Rule violation : axe.getViolations()) {
            if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                serious.add(violation.getId() + " (" + violation.getImpact() + "): " + violation.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")));
            }
        }
        assertTrue(serious.isEmpty(), page + ": accessibility violations " + serious);
    }

    /** Screenshots at 1366 and 390 px wide; at 390 px nothing may be wider than the window. */
    private void screenshots(String page) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        for (int width : new int[] {1366, 390}) {
            browser.manage().window().setSize(new Dimension(width, 1200));
            long scrollWidth = ((Number) script("return document.documentElement.scrollWidth")).longValue();
            long clientWidth = ((Number) script("return document.documentElement.clientWidth")).longValue();
            Files.write(SCREENSHOTS.resolve("editor-" + page + "-" + width + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            assertTrue(scrollWidth <= clientWidth, page + " at " + width + " px: page " + scrollWidth + " px wide");
        }
        browser.manage().window().setSize(new Dimension(1366, 1200));
    }

    /** Sends the form and waits for the page it leads to (an import of a long PDF may take a while on a busy machine). */
    private void submit(WebElement form) {
        form.findElement(By.cssSelector("button[type=submit], button:not([type])")).click();
        new WebDriverWait(browser, Duration.ofSeconds(180)).until(ExpectedConditions.stalenessOf(form));
    }

    @Test
    void anEditorImportsAndReviewsByKeyboard() throws IOException {
        String editor = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().preemptive().basic(TestData.ADMIN, TestData.ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("username", editor, "password", PASSWORD)).post("/api/v1/users").then().statusCode(201);

        go("/edit/sign-in");
        axe("sign-in");
        screenshots("sign-in");
        browser.findElement(By.id("j_username")).sendKeys(editor);
        browser.findElement(By.id("j_password")).sendKeys(PASSWORD);
        submit(browser.findElement(By.cssSelector("form.sign-in")));
        assertTrue(browser.getCurrentUrl().endsWith("/edit"), "signed in: " + browser.getCurrentUrl());

        String slug = "geneva-" + UUID.randomUUID().toString().substring(0, 6);
        browser.findElement(By.id("slug")).sendKeys(slug);
        browser.findElement(By.id("title")).sendKeys("Geneva text, in the browser");
        submit(browser.findElement(By.cssSelector("form[action='/edit/negotiations']")));
        WebElement readingForm = browser.findElement(By.cssSelector("form[action$='/readings']"));
        readingForm.findElement(By.name("label")).sendKeys("Geneva negotiating text");
        readingForm.findElement(By.name("documentSymbol")).sendKeys("FCCC/ADP/2015/1");
        script("arguments[0].value = '2015-02-12'", readingForm.findElement(By.name("date")));
        submit(readingForm);
        String readingUrl = browser.getCurrentUrl();
        assertTrue(readingUrl.contains("id="), "the reading's page after adding it: " + readingUrl + "\n"
                + browser.findElement(By.tagName("main")).getText());
        long reading = Long.parseLong(readingUrl.substring(readingUrl.indexOf("id=") + 3));

        Path geneva = Corpus.dir("geneva-2015");
        Path draft = Files.isDirectory(geneva) ? geneva.resolve("2015-02-12-geneva-negotiating-text.pdf")
                : Path.of("src/test/resources/drafts/made-up-reading-1.md");
        axe("upload");
        screenshots("upload");
        browser.findElement(By.id("draft")).sendKeys(draft.toRealPath().toString());
        submit(browser.findElement(By.cssSelector("form.upload")));
        new WebDriverWait(browser, Duration.ofMinutes(5)).until(d -> d.getPageSource().contains("Draft imported"));

        go("/edit/negotiation?slug=" + slug);
        Path bulletin = Files.isDirectory(geneva) ? geneva.resolve("enb12621e.md") : Path.of("src/test/resources/reports/made-up-bulletin.md");
        browser.findElement(By.id("report")).sendKeys(bulletin.toRealPath().toString());
        script("arguments[0].value = arguments[1]", browser.findElement(By.id("report-reading")), String.valueOf(reading));
        submit(browser.findElement(By.cssSelector("form.upload")));
        new WebDriverWait(browser, Duration.ofMinutes(5)).until(d -> d.getPageSource().contains("Report imported"));
        browser.findElement(By.cssSelector("a[href*='/edit/review?report=']")).click();
        String queueUrl = browser.getCurrentUrl();
        long report = Long.parseLong(queueUrl.replaceAll(".*report=(\\d+).*", "$1"));
        axe("review");
        screenshots("review");

        // One accepted with a corrected stance: j to a suggestion whose speaker the register knows, change its stance,
        // back to the suggestion (focus leaves the select, where keys are typing), then a.
        go("/edit/review?report=" + report);
        script("if (document.activeElement) { document.activeElement.blur(); }"); // a click could land in a focusable paragraph
        String known = (String) script("var a = Array.prototype.find.call(document.querySelectorAll('article.suggestion'), function (s) {"
                + " var i = s.querySelector('input[name^=speaker-]'); return i && i.value && !s.querySelector('[id^=unknown-]'); });"
                + " return a ? a.id : null;");
        assertTrue(known != null, "a suggestion with a registered speaker");
        for (int i = 0; i < 60 && !known.equals(script("return document.activeElement.id")); i++) {
            new Actions(browser).sendKeys("j").perform();
        }
        assertEquals(known, script("return document.activeElement.id"), "j reaches the suggestion");
        long acceptedId = Long.parseLong(known.substring(2));
        org.openqa.selenium.support.ui.Select stance = new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("stance-" + acceptedId)));
        String corrected = "CONCERN".equals(stance.getFirstSelectedOption().getAttribute("value")) ? "SUPPORT" : "CONCERN";
        stance.selectByValue(corrected);
        script("arguments[0].focus()", browser.findElement(By.id(known)));
        new Actions(browser).sendKeys("a").perform();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("done="));
        long position = given().get("/api/v1/suggestions/{id}", acceptedId).then().extract().jsonPath().getLong("positionId");
        given().get("/api/v1/positions/{id}", position).then().statusCode(200).body("stance", org.hamcrest.Matchers.equalTo(corrected));

        int pending = given().get("/api/v1/sources/{id}/suggestions?status=PENDING", report).then().extract().jsonPath().getInt("total");
        int reviewed = Math.min(10, pending);
        for (int i = 0; i < reviewed; i++) {
            go("/edit/review?report=" + report);
            script("if (document.activeElement) { document.activeElement.blur(); }"); // a click could land in a focusable paragraph
            new Actions(browser).sendKeys("j").perform();
            String focused = (String) script("return document.activeElement.id");
            assertTrue(focused.startsWith("s-"), "j focuses a suggestion: " + focused);
            new Actions(browser).sendKeys("r").perform();
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.findElements(By.id(focused)).isEmpty());
        }
        int left = given().get("/api/v1/sources/{id}/suggestions?status=PENDING", report).then().extract().jsonPath().getInt("total");
        assertEquals(pending - reviewed, left, "each j, r rejected one suggestion");
        System.out.println("EditorBrowserCheck: draft " + draft.getFileName() + ", bulletin " + bulletin.getFileName() + ", "
                + pending + " more pending, " + reviewed + " rejected by keyboard, 1 accepted with stance " + corrected);
    }
}
