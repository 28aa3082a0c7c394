package io.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.storyline.store.Store;
import java.io.File;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * End to end in real headless Chromium (Debian's chromium and chromium-driver): the demo corpus
 * analysed into a data directory, the server on a free port, then the pages as a reader uses them.
 * Screenshots go to target/screenshots.
 */
class BrowserTest {

    private static final Path SHOTS = Path.of("target/screenshots");

    @TempDir
    static Path dir;

    static Store store;
    static StorylineServer server;
    static WebDriver driver;
    static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        Chromium.assumeInstalled("browser tests");
        store = Store.open(dir.resolve("data"));
        var pipeline = TestData.pipeline();
        TestData.analyse(store, pipeline, List.of(TestData.demo(), TestData.hostileFile(dir)));
        server = TestData.start(store, pipeline, 1 << 20);
        http = HttpClient.newHttpClient();
        // The API computes a story's first digest on the request, so the pages below show whole stories
        // (the "being computed" page is StoryPageBench's cold case).
        for (String id : store.stories().keySet()) {
            assertThat(TestData.get(http, server.port(), "/api/stories/" + id).statusCode())
                    .isEqualTo(200);
        }
        driver = Chromium.headless();
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private static void shot(String name) throws Exception {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static @org.jspecify.annotations.Nullable Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @Test
    void readerGoesFromTheStoryListToAStoryAndOnToAnArticle() throws Exception {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(url("/"));
        shot("01-stories");
        List<WebElement> rows = driver.findElements(By.cssSelector("table.stories tbody tr"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(4);
        WebElement valmora = driver.findElement(By.partialLinkText("Valmora dockworkers"));
        WebElement row = valmora.findElement(By.xpath("./ancestor::tr"));
        assertThat(row.findElement(By.cssSelector("td[data-label=Articles]")).getText())
                .isEqualTo("5");
        assertThat(row.getText()).contains("Harbor News").contains("2031-04-07");

        valmora.click();
        assertThat(driver.getCurrentUrl()).contains("/stories/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Valmora");
        for (String section : List.of("summary", "timeline", "sources", "claims", "quotes", "articles")) {
            WebElement s = driver.findElement(By.id(section));
            assertThat(s.findElement(By.tagName("h2")).getText()).as(section).isNotBlank();
        }
        // the digest is computed in the background: the page says so until it is there
        for (int i = 0; i < 60 && driver.findElement(By.id("summary")).getText().contains("Being computed"); i++) {
            sleep(1000);
            driver.navigate().refresh();
        }
        List<WebElement> summary = driver.findElements(By.cssSelector("#summary li"));
        assertThat(summary).isNotEmpty();
        for (WebElement s : summary) {
            assertThat(s.findElements(By.cssSelector("a.cite"))).isNotEmpty();
            assertThat(s.getText()).containsPattern("\\d+ origins?");
        }
        assertThat(driver.findElements(By.cssSelector("#timeline tbody tr"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#claims ol.claims > li")))
                .isNotEmpty();
        assertThat(driver.findElement(By.id("claims")).getText()).contains("corroborated");
        List<WebElement> nodes = driver.findElements(By.cssSelector("#sources svg a"));
        assertThat(nodes).hasSize(5);
        assertThat(driver.findElements(By.cssSelector("#quotes li q"))).isNotEmpty();
        shot("02-story");

        WebElement cited = driver.findElement(By.cssSelector("#summary li a.cite"));
        String citedHref = java.util.Objects.requireNonNull(cited.getAttribute("href"));
        assertThat(citedHref).contains("/articles/");
        WebElement citation = driver.findElement(By.cssSelector("#quotes li .src a"));
        String target = citation.getAttribute("href");
        citation.click();
        assertThat(driver.getCurrentUrl())
                .isEqualTo(target)
                .contains("/articles/")
                .contains("#q-");
        assertThat(driver.findElements(By.cssSelector(".text mark.quote"))).isNotEmpty();
        assertThat(driver.findElement(By.id("claims-h")).getText()).isEqualTo("Claims");
        shot("03-article");
        driver.get(citedHref);
        assertThat(driver.getCurrentUrl()).contains("/articles/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
    }

    @Test
    void theSourceGraphLinksToArticlePages() throws Exception {
        driver.get(url("/"));
        driver.findElement(By.partialLinkText("Valmora dockworkers")).click();
        WebElement node = driver.findElement(By.cssSelector("#sources svg a"));
        node.click();
        assertThat(driver.getCurrentUrl()).contains("/articles/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
    }

    @Test
    void pagesFitAPhoneAndStartWithASkipLink() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String path : List.of("/", "/stories/s1", "/articles/hostile-1")) {
                driver.get(url(path));
                Object overflow = js("return document.documentElement.scrollWidth - window.innerWidth;");
                assertThat((Long) overflow).as("horizontal overflow on " + path).isLessThanOrEqualTo(0);
                shot("04-phone" + path.replace('/', '_'));
            }
            driver.get(url("/"));
            driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement focused = driver.switchTo().activeElement();
            assertThat(focused.getText()).isEqualTo("Skip to content");
            assertThat(focused.getAttribute("href")).endsWith("#main");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void markupAndScriptsFromAnArticleShowAsTextAndNeverRun() throws Exception {
        String story = store.article("hostile-1").orElseThrow().story();
        for (String path : List.of("/articles/hostile-1", "/stories/" + story, "/?q=quay", "/?q=%3Cscript%3E")) {
            String html = TestData.get(http, server.port(), path).body();
            assertThat(html.toLowerCase(Locale.ROOT))
                    .as(path)
                    .doesNotContain("<script")
                    .doesNotContain("<img");
            assertThat(html).as(path).doesNotContain("<b onmouseover").doesNotContain("href=\"javascript:");
            driver.get(url(path));
            assertThat(js("return window.__pwned === undefined;")).as(path).isEqualTo(true);
            assertThat(js("return document.querySelectorAll('script, img, [onerror], [onmouseover]').length;"))
                    .as(path)
                    .isEqualTo(0L);
            assertThat(js("return document.querySelectorAll('a[href^=\"javascript\" i]').length;"))
                    .as(path)
                    .isEqualTo(0L);
            assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        }
        driver.get(url("/articles/hostile-1"));
        String text = driver.findElement(By.tagName("main")).getText();
        assertThat(text).contains("Quay <script>window.__pwned=1</script> fire");
        assertThat(text).contains("<b onmouseover=alert(1)>Bold</b> & Co");
        assertThat(text).contains("<script>window.__pwned=3</script>");
        assertThat(text).contains("<img src=x onerror=window.__pwned=5>");
        assertThat(text).contains("javascript:window.__pwned=2");
        shot("05-hostile-article");
        driver.get(url("/stories/" + story));
        assertThat(driver.findElement(By.cssSelector("#sources svg")).getText()).contains("<b onmouseover");
        shot("06-hostile-story");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
