package org.treatytracker.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.treatytracker.TestData;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.treatytracker.TestData;
import org.treatytracker.corpus.Corpus;

/**
 * The site in a real browser: Debian's headless Chromium, driven by Selenium through chromium-driver, against the
 * test server. Every page kind is opened on the seed data and on a made-up agreement in the forms of the Paris
 * drafts (imported in the test); each page is checked for what a reader sees, for console errors, and with
 * axe-core for serious or critical accessibility violations. Takes the screenshots README and docs/site.md show.
 *
 * <p>Named *Check, not *Test, so that {@code ./mvnw verify} needs no browser; {@code .ci/run} installs Chromium
 * and runs it: {@code ./mvnw test -Dtest=SiteBrowserCheck -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteBrowserCheck {

    static final Path SCREENSHOTS = Path.of("src/site/screenshots");

    @TestHTTPResource("/")
    URL base;

    ChromeDriver browser;
    final List<String> checked = new ArrayList<>();

    @BeforeAll
    void start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1280,1600", "--lang=en");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 1600));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        System.out.println("SiteBrowserCheck: checked " + checked.size() + " pages: " + checked);
    }

    /** Opens a page and checks what every page must be: one h1, a JSON twin, no console error, no serious axe violation. */
    private void open(String path) {
        browser.get(base.toString().replaceAll("/$", "") + path);
        assertEquals(1, browser.findElements(By.tagName("h1")).size(), path + ": one h1");
        assertFalse(browser.findElements(By.cssSelector("link[rel=alternate][type='application/json']")).isEmpty(),
                path + ": links to its JSON resource");
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertTrue(errors.isEmpty(), path + ": console errors " + errors);
        Results axe = new AxeBuilder().analyze(browser);
        List<String> serious = new ArrayList<>();
        for (Rule violation : axe.getViolations()) {
            if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                serious.add(violation.getId() + " (" + violation.getImpact() + "): " + violation.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")));
            }
        }
        assertTrue(serious.isEmpty(), path + ": accessibility violations " + serious);
        checked.add(path);
    }

    private List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    private Object script(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @Test
    void seedPagesReadAsAReaderReadsThem() {
        open("/");
        assertTrue(browser.findElement(By.linkText("Comprehensive International Convention on Countering the Use of "
                + "Information and Communications Technologies for Criminal Purposes")).isDisplayed()
                || !all("a[href='/negotiations/ahc-cybercrime']").isEmpty());
        // The skip link is the first thing the keyboard reaches, and it leads to the content.
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertEquals("skip-link", browser.switchTo().activeElement().getAttribute("class"));

        open("/negotiations/ahc-cybercrime");
        List<WebElement> charts = all("ul.charts > li");
        assertTrue(charts.size() >= 8, "a chart per chapter of the seed: " + charts.size());
        for (WebElement chart : charts) {
            assertEquals(1, chart.findElements(By.cssSelector("rect.bar")).size(), "one bar per reading (the seed has one)");
        }

        open("/readings/1");
        assertFalse(all("a[href^='/provisions/9?reading=1']").isEmpty(), "the outline links to article 17");

        open("/provisions/" + SitePagesTest.ARTICLE_17);
        List<String> quantifiers = all(".position .quantifier").stream().map(WebElement::getText).toList();
        assertTrue(quantifiers.contains("several speakers"), "article 17's positions with their quantifiers: " + quantifiers);
        assertEquals(4, all(".position").size(), "article 17 has four positions in the seed");
        // A position's source link lands on the cited paragraph of the report.
        WebElement citation = all("a.citation").get(0);
        String anchor = citation.getAttribute("href").replaceAll(".*#", "");
        citation.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("#" + anchor));
        assertEquals(anchor, script("return document.querySelector(':target').id"));
        Number top = (Number) script("return document.getElementById(arguments[0]).getBoundingClientRect().top", anchor);
        Number height = (Number) script("return window.innerHeight");
        assertTrue(top.doubleValue() >= -1 && top.doubleValue() < height.doubleValue() / 2, "the paragraph is in view: " + top);
        checked.add("/reports/…#" + anchor + " (followed from a position)");

        open("/reports/" + SitePagesTest.SEED_REPORT);
        assertFalse(all(".paragraph#p-7 details li").isEmpty(), "paragraph 7 lists the positions taken from it");

        long france = given().get("/api/v1/stakeholders/lookup?name=France").then().extract().jsonPath().getLong("id");
        open("/stakeholders/" + france);
        open("/changes");
        assertFalse(all("ul.changes > li").isEmpty(), "the changes page lists changes");
        open("/negotiations/ahc-cybercrime/compare");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("fewer than two readings"));
    }

    @Test
    void theMadeUpAgreementShowsBracketsChartsAndDiffs() throws IOException {
        // Made here, not in @BeforeAll: REST Assured learns the test server's port only once a test runs.
        MadeUpAgreement agreement = MadeUpAgreement.create();
        open("/negotiations/" + agreement.slug());
        screenshot("negotiation.png");
        assertEquals(4, all("svg.chart rect.bar[data-reading='R1']").size(), "a bar per chapter at the first reading");
        assertEquals(4, all("svg.chart rect.bar[data-reading='R2']").size(), "and at the second");
        List<Integer> heights = all("ul.charts > li").get(1).findElements(By.cssSelector("rect.bar")).stream()
                .map(bar -> Integer.parseInt(bar.getAttribute("data-sets"))).toList();
        assertTrue(heights.get(0) > heights.get(1), "article 2's brackets fall from reading to reading: " + heights);

        open("/readings/" + agreement.first());
        open("/provisions/" + agreement.article2() + "?reading=" + agreement.first());
        WebElement text = browser.findElement(By.id("draft-text"));
        assertTrue(text.getText().contains("[strengthen]"), "the brackets stay visible in the text");
        assertEquals(1, text.findElements(By.cssSelector(".options")).size(), "the option group is one block");
        assertEquals(2, text.findElements(By.cssSelector(".options > .option")).size(), "with its two options");
        assertFalse(text.findElements(By.cssSelector(".set .set")).isEmpty(), "nested sets sit inside their alternative");
        WebElement first = text.findElement(By.cssSelector(".set > .alt-1"));
        WebElement second = text.findElement(By.cssSelector(".set > .alt-2"));
        assertFalse(first.getCssValue("border-top-style").equals(second.getCssValue("border-top-style")),
                "neighbouring alternatives differ by more than colour");
        assertEquals("several speakers", browser.findElement(By.cssSelector(".position .quantifier")).getText());
        screenshot("provision.png");

        String compare = "/negotiations/" + agreement.slug() + "/compare?from=" + agreement.first() + "&to=" + agreement.second()
                + "&changed=true";
        open(compare);
        assertFalse(all(".diff ins").isEmpty(), "insertions are marked");
        assertFalse(all(".diff del").isEmpty(), "deletions are marked");
        assertTrue(all(".diff ins").get(0).getCssValue("text-decoration-line").contains("underline"), "insertions are underlined");
        assertTrue(all(".diff del").get(0).getCssValue("text-decoration-line").contains("line-through"), "deletions are struck through");
        assertTrue(all(".status").stream().noneMatch(s -> s.getText().equals("unchanged")), "changed provisions only");
        screenshot("comparison.png");
        // The filters are a plain form: choosing a chapter submits to a shareable address.
        browser.findElement(By.id("changed")).click();
        browser.findElement(By.cssSelector("form.filters button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("changed=true"));
        assertFalse(all("details.unchanged li").isEmpty(), "the unchanged provisions listed, collapsed, once unfiltered");

        open("/reports/" + agreement.source());
        open("/positions/" + agreement.position());
        assertTrue(browser.getCurrentUrl().endsWith("#position-" + agreement.position()), browser.getCurrentUrl());
    }

    /**
     * The 4 and 9 December 2015 Paris drafts (../shared/corpus/paris-2015, or -Dcorpus.dir) compared, and an article with
     * positions on its alternatives, at a desk's width and a phone's: screenshots for docs/site.md, the comparison's
     * height, and nothing the comparison or the backers add wider than a 390 px screen.
     */
    @Test
    void theParisDraftsCompareReadablyAtDeskAndPhoneWidths() throws IOException {
        Path dir = Corpus.require("paris-2015");
        TestData.asAdmin();
        String slug = TestData.newNegotiation();
        long december4 = TestData.newReading(slug, 1);
        long december9 = TestData.newReading(slug, 2);
        for (Object[] draft : new Object[][] {{december4, "2015-12-04-draft-agreement.md"}, {december9, "2015-12-09-draft-agreement.md"}}) {
            given().contentType("text/markdown; charset=UTF-8").body(Files.readString(dir.resolve((String) draft[1])))
                    .post("/api/v1/readings/{id}/import", draft[0]).then().statusCode(201);
        }
        long article = -1;
        long version = -1;
        for (java.util.Map<String, Object> v : given().get("/api/v1/readings/{id}/provisions?size=200", december9).then().statusCode(200)
                .extract().jsonPath().<java.util.Map<String, Object>>getList("items")) {
            long id = ((Number) v.get("id")).longValue();
            if ("ARTICLE".equals(v.get("kind")) && given().get("/api/v1/provision-versions/{id}/brackets", id).then().extract()
                    .jsonPath().getInt("counts.bracketSets") >= 2) {
                article = ((Number) v.get("provisionId")).longValue();
                version = id;
                break;
            }
        }
        assertTrue(article > 0, "an article of the 9 December draft with bracket sets");
        long paragraph = TestData.newParagraph(slug, december9);
        String[][] backers = {{"France", "SUPPORT", "0"}, {"India", "SUPPORT", "0"}, {"Brazil", "OPPOSE", "0"},
                {"China", "SUPPORT", "1"}, {"Norway", "AMEND", "1"}};
        for (String[] b : backers) {
            var found = given().get("/api/v1/stakeholders/lookup?name=" + b[0]);
            if (found.statusCode() == 200) {
                given().contentType(io.restassured.http.ContentType.JSON).body(java.util.Map.of("provisionVersionId", version,
                        "bracketSetIndex", 0, "alternativeIndex", Integer.parseInt(b[2]), "stakeholderId", found.jsonPath().getLong("id"),
                        "stance", b[1], "paragraphId", paragraph)).post("/api/v1/positions").then().statusCode(201);
            }
        }
        io.restassured.RestAssured.authentication = io.restassured.RestAssured.DEFAULT_AUTH;

        String compare = "/negotiations/" + slug + "/compare?from=" + december4 + "&to=" + december9;
        browser.manage().window().setSize(new Dimension(1366, 900));
        open(compare);
        Number height = (Number) script("return document.documentElement.scrollHeight");
        String pages = all("nav.pager span").isEmpty() ? "1 page" : all("nav.pager span").get(0).getText();
        System.out.printf("SiteBrowserCheck: Paris 4→9 Dec comparison at 1366 px: %d px tall (%s), %d changed provisions in the jump list, %s%n",
                height.longValue(), pages, all(".jump-list li").size(),
                all("details.unchanged summary").isEmpty() ? "none unchanged" : all("details.unchanged summary").get(0).getText());
        List<Long> heights = new ArrayList<>(List.of(height.longValue()));
        while (!all("nav.pager a[rel=next]").isEmpty() && heights.size() < 20) {
            browser.get(all("nav.pager a[rel=next]").get(0).getAttribute("href"));
            heights.add(((Number) script("return document.documentElement.scrollHeight")).longValue());
        }
        System.out.printf("SiteBrowserCheck: Paris 4→9 Dec comparison pages at 1366 px: %s px tall%n", heights);
        browser.get(base.toString().replaceAll("/$", "") + compare);
        String rewritten = all("section.change").stream().filter(c -> !c.findElements(By.cssSelector(".diff del")).isEmpty()
                && !c.findElements(By.cssSelector(".fates li")).isEmpty()).findFirst().orElse(all("section.change").get(0))
                .findElement(By.tagName("h3")).getAttribute("id");
        browser.get(base.toString().replaceAll("/$", "") + compare + "#" + rewritten);
        screenshot("comparison-1366.png");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base.toString().replaceAll("/$", "") + compare + "#" + rewritten);
        assertFitsAPhone(compare, ".jump-list, details.unchanged, section.change, .fates, .table-scroll");
        screenshot("comparison-390.png");

        String provision = "/provisions/" + article + "?reading=" + december9;
        browser.manage().window().setSize(new Dimension(1366, 900));
        open(provision);
        assertFalse(all(".backers-badge").isEmpty(), "the text badges the alternatives that positions name");
        screenshot("provision-1366.png");
        browser.manage().window().setSize(new Dimension(390, 844));
        open(provision);
        assertFitsAPhone(provision, "#draft-text, .who-backs, .page-toc, .compare-versions, .table-scroll");
        System.out.println("SiteBrowserCheck: at 390 px, past the window on the provision page: " + script("return Array.from("
                + "document.querySelectorAll('main > *')).filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                + ".map(e => e.tagName + '.' + e.className + '#' + e.id).join(', ')") + "; document " + script(
                "return document.documentElement.scrollWidth") + " px wide");
        screenshot("provision-390.png");
        open("/provisions/" + article + "/compare?from=" + december4 + "&to=" + december9);
        browser.manage().window().setSize(new Dimension(1280, 1600));
    }

    /** Every element the selector finds ends inside the window and scrolls nothing sideways. */
    private void assertFitsAPhone(String path, String css) {
        Number width = (Number) script("return window.innerWidth");
        for (WebElement element : all(css)) {
            Number right = (Number) script("return arguments[0].getBoundingClientRect().right", element);
            Number overflow = (Number) script("return arguments[0].scrollWidth - arguments[0].clientWidth", element);
            boolean scrolls = "auto".equals(element.getCssValue("overflow-x"));
            assertTrue(right.doubleValue() <= width.doubleValue() + 1, path + ": " + element.getAttribute("class") + " ends at " + right
                    + " px, past " + width);
            assertTrue(scrolls || overflow.intValue() <= 1, path + ": " + element.getAttribute("class") + " is " + overflow + " px too wide");
        }
    }

    /** The five Paris readings and the Geneva flow (issue 21's walk), from -Dcorpus.root (default ../shared/corpus). */
    static final Path CORPUS = Corpus.root();
    /** Pages the walk reads at most. */
    static final int WALK = 400;

    /**
     * The site as a monitor walks it: the real corpus imported (when present), every page reached from / within the
     * bound answering, every link and #anchor landing, no page wider than a 390 px phone, no serious axe violation on
     * any page kind, a screenshot of each kind at 1366 and 390 px, and the four monitor questions answered within
     * three clicks from /.
     */
    @Test
    void aMonitorWalksTheWholeSiteOnThePhoneAndTheDesk() throws IOException {
        MadeUpAgreement agreement = MadeUpAgreement.create();
        if (Files.isDirectory(CORPUS.resolve("paris-2015")) && Files.isDirectory(CORPUS.resolve("geneva-2015"))) {
            CorpusImport.paris(CORPUS.resolve("paris-2015"));
            CorpusImport.geneva(CORPUS.resolve("geneva-2015"));
        } else {
            System.out.println("SiteBrowserCheck: no corpus at " + CORPUS.toAbsolutePath() + " (set -Dcorpus.root): the walk covers"
                    + " the seed and the made-up agreement only");
        }
        io.restassured.RestAssured.authentication = io.restassured.RestAssured.DEFAULT_AUTH;
        SiteCrawl crawl = SiteCrawl.walk(WALK);
        crawl.checkOtherLinks(300);
        System.out.printf("SiteBrowserCheck: walked %d pages, %d other links; broken: %d%n", crawl.pages.size(), crawl.otherLinks.size(),
                crawl.broken.size());
        // Every finding is gathered first, so that one run shows them all; the assertions come at the end.
        List<String> inaccessible = new ArrayList<>();

        java.util.Map<String, List<String>> byKind = new java.util.TreeMap<>();
        crawl.pages.keySet().forEach(path -> byKind.computeIfAbsent(SiteCrawl.kind(path), k -> new ArrayList<>()).add(path));
        byKind.computeIfAbsent("search", k -> new ArrayList<>()).add("/search?q=Brazil");
        byKind.computeIfAbsent("error", k -> new ArrayList<>()).add("/provisions/999999");
        List<String> wide = new ArrayList<>();
        for (var kind : byKind.entrySet()) {
            List<String> paths = kind.getValue();
            // The largest pages of a kind are where a table or a long text would push the page sideways.
            List<String> sample = paths.stream().sorted(java.util.Comparator.comparingInt((String p) -> crawl.pages.containsKey(p)
                    ? -crawl.pages.get(p).html().length() : 0)).limit(3).toList();
            for (String path : sample) {
                browser.manage().window().setSize(new Dimension(390, 844));
                browser.get(base.toString().replaceAll("/$", "") + path);
                Number scroll = (Number) script("return document.documentElement.scrollWidth");
                Number inner = (Number) script("return window.innerWidth");
                if (scroll.intValue() > inner.intValue()) {
                    wide.add(path + " (" + scroll + " px on " + inner + ")");
                }
                if (path.equals(sample.get(0))) {
                    screenshotOfKind(kind.getKey(), 390);
                    browser.manage().window().setSize(new Dimension(1366, 900));
                    browser.get(base.toString().replaceAll("/$", "") + path);
                    screenshotOfKind(kind.getKey(), 1366);
                    List<String> serious = seriousViolations();
                    if (!serious.isEmpty()) {
                        inaccessible.add(path + ": " + serious);
                    }
                }
                checked.add(path + " at 390 px");
            }
        }
        browser.manage().window().setSize(new Dimension(1280, 1600));
        // The error page's 404 is in the console by design: drained, so that the next page's check starts clean.
        browser.manage().logs().get(LogType.BROWSER);
        System.out.println("SiteBrowserCheck: page kinds " + byKind.keySet() + "; wider than the phone: " + wide
                + "; accessibility: " + inaccessible + "; broken: " + crawl.broken.stream().limit(20).toList());

        answeredWithin3Clicks(crawl, "what changed between two readings", v -> SiteCrawl.kind(v.path()).equals("comparison")
                && (v.html().contains("<ins>") || v.html().contains("<del>")), 3);
        // Who backs an alternative: a State's support for the second alternative of article 2's first set, as an editor records it.
        TestData.asAdmin();
        long france = given().get("/api/v1/stakeholders/lookup?name=France").then().statusCode(200).extract().jsonPath().getLong("id");
        long paragraph = given().get("/api/v1/positions/{id}", agreement.position()).then().statusCode(200).extract().jsonPath()
                .getLong("citation.paragraphId");
        given().contentType(io.restassured.http.ContentType.JSON).body(java.util.Map.of("provisionVersionId", agreement.article2First(),
                "bracketSetIndex", 0, "alternativeIndex", 1, "stakeholderId", france, "stance", "SUPPORT", "paragraphId", paragraph))
                .post("/api/v1/positions").then().statusCode(201);
        io.restassured.RestAssured.authentication = io.restassured.RestAssured.DEFAULT_AUTH;
        clickThrough("who backs an alternative", List.of("/negotiations/" + agreement.slug(), "/readings/" + agreement.first(),
                "/provisions/" + agreement.article2() + "?reading=" + agreement.first()));
        assertTrue(browser.findElement(By.cssSelector("dl.backers")).getText().contains("France"), "the alternative's backer is named");
        // The third click is the citation itself, which lands on the paragraph in its report.
        String cited = answeredWithin3Clicks(crawl, "where a position came from", v -> v.html().contains("class=\"citation\""), 2);
        WebElement citation = all("a.citation").get(0);
        String anchor = citation.getAttribute("href").replaceAll(".*#", "");
        citation.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("#" + anchor));
        assertEquals(anchor, script("return document.querySelector(':target').id"), "from " + cited + " to the cited paragraph");
        answeredWithin3Clicks(crawl, "how close to agreement", v -> v.html().contains("id=\"progress\""), 3);
        assertTrue(crawl.broken.isEmpty(), "broken links: " + crawl.broken.stream().limit(20).toList());
        assertTrue(wide.isEmpty(), "pages that scroll sideways at 390 px: " + wide);
        assertTrue(inaccessible.isEmpty(), "serious or critical accessibility violations: " + inaccessible);
    }

    /** The shallowest page that answers, reached in the browser by clicking its links from /; returns its path. */
    private String answeredWithin3Clicks(SiteCrawl crawl, String question, java.util.function.Predicate<SiteCrawl.Visit> answers, int clicks) {
        SiteCrawl.Visit found = crawl.pages.values().stream().filter(answers).min(java.util.Comparator.comparingInt(SiteCrawl.Visit::depth))
                .orElseThrow(() -> new AssertionError("no page walked answers " + question));
        List<String> path = crawl.clicksTo(found.path());
        assertTrue(path.size() <= clicks, question + " takes " + path.size() + " clicks: " + path);
        clickThrough(question, path);
        return found.path();
    }

    /** From /, clicks a visible link to each step in turn: the question is answered in that many clicks. */
    private void clickThrough(String question, List<String> path) {
        assertTrue(path.size() <= 3, question + " takes " + path.size() + " clicks");
        browser.get(base.toString().replaceAll("/$", "") + "/");
        for (String step : path) {
            WebElement link = all("a[href]").stream().filter(a -> step.equals(a.getDomAttribute("href")) && a.isDisplayed()).findFirst()
                    .orElseThrow(() -> new AssertionError(question + ": no visible link to " + step + " on " + browser.getCurrentUrl()));
            link.click();
        }
        System.out.println("SiteBrowserCheck: " + question + ": " + path.size() + " clicks, " + path);
        checked.add(question + " in " + path.size() + " clicks");
    }

    private List<String> seriousViolations() {
        Results axe = new AxeBuilder().analyze(browser);
        List<String> serious = new ArrayList<>();
        for (Rule violation : axe.getViolations()) {
            if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                serious.add(violation.getId() + " (" + violation.getImpact() + "): " + violation.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")));
            }
        }
        return serious;
    }

    /** {@code <kind>-<width>.png}; the comparison and provision shots are another check's, and are left alone. */
    private void screenshotOfKind(String kind, int width) throws IOException {
        if (kind.equals("comparison") || kind.equals("provision")) {
            return;
        }
        screenshot(kind + "-" + width + ".png");
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
