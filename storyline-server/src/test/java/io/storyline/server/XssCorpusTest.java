package io.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.storyline.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Item 5 of issue 18: the XSS corpus ({@code xss-vectors.txt}, written by us from the public
 * filter-evasion lists: OWASP's XSS filter evasion cheat sheet, PortSwigger's XSS cheat sheet) in the
 * titles, outlets, urls, texts, quotes and speaker names of articles posted to a real server on
 * loopback, and in the query strings and paths the pages echo; every page that shows them loaded in
 * headless Chromium.
 *
 * <p>Execution is detected three ways: a sentinel installed through the DevTools protocol before any
 * page script ({@code alert}, {@code confirm}, {@code prompt}, {@code print} record their calls), a
 * beacon server on loopback that the vectors' external scripts, styles and bases point at (any request
 * to it is a finding), and an audit of the live DOM (an element the pages never write, any {@code on*}
 * attribute, a {@code javascript:}/{@code data:}/{@code vbscript:} URL in a link or source, a
 * navigation away). The server's Content-Security-Policy forbids scripts anyway; the browser is told to
 * bypass it ({@code Page.setBypassCSP}) so that the escaping is tested on its own. The positive control
 * serves the same vectors unescaped, with the server's CSP header, and must be caught.
 */
class XssCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Records calls of the dialog functions; runs in every document before its own scripts. */
    private static final String SENTINEL = "window.__xssHits = [];"
            + "for (const f of ['alert', 'confirm', 'prompt', 'print']) {"
            + "  const hit = function() { (window.top || window).__xssHits.push(f + '(' + Array.from(arguments) + ')'); };"
            + "  try { Object.defineProperty(window, f, {value: hit, writable: false, configurable: false}); }"
            + "  catch (e) { window[f] = hit; }"
            + "}";

    /** The tags the server's pages write (Layout and the page classes); anything else was injected. */
    private static final String ALLOWED_TAGS = "html head meta title style body a header main nav section article h1"
            + " h2 h3 p span code ul ol li table thead tbody tr th td time q mark div svg g rect text line path"
            + " marker defs form label input button del ins s summary details";

    /** Lists what on the page could run script; returns {hits, findings, href}. */
    private static final String AUDIT = "const allowed = new Set(arguments[0].split(' '));"
            + "const findings = [];"
            + "const urlAttrs = ['href', 'src', 'action', 'formaction', 'data', 'background', 'poster', 'srcdoc',"
            + "  'dynsrc', 'lowsrc', 'codebase', 'ping', 'manifest', 'icon', 'cite', 'longdesc', 'xlink:href', 'to',"
            + "  'values', 'from', 'by'];"
            + "let styles = 0;"
            + "for (const el of document.querySelectorAll('*')) {"
            + "  const tag = el.localName.toLowerCase();"
            + "  if (!allowed.has(tag)) findings.push('element <' + tag + '>');"
            + "  if (tag === 'style' && ++styles > 1) findings.push('a second <style>');"
            + "  if (tag === 'meta' && !(el.hasAttribute('charset') || el.getAttribute('name') === 'viewport'))"
            + "    findings.push('meta ' + el.outerHTML);"
            + "  if (tag === 'input' && (el.closest('form.search') === null"
            + "      || (el.getAttribute('type') || 'text').toLowerCase() !== 'search'"
            + "         && (el.getAttribute('type') || 'text').toLowerCase() !== 'text'"
            + "         && (el.getAttribute('type') || '').toLowerCase() !== 'date'))"
            + "    findings.push('input ' + el.outerHTML);"
            + "  for (const a of el.attributes) {"
            + "    const n = a.name.toLowerCase();"
            + "    const v = a.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();"
            + "    if (n.startsWith('on')) findings.push('handler ' + tag + ' ' + n + '=' + a.value);"
            + "    if (urlAttrs.includes(n) && /^(javascript|vbscript|data|livescript):/.test(v))"
            + "      findings.push('live url ' + tag + ' ' + n + '=' + a.value);"
            + "    if (n === 'style' && /expression|url\\(|javascript|behavior|binding/.test(v))"
            + "      findings.push('style ' + tag + ' ' + a.value);"
            + "  }"
            + "  if (tag === 'a') {"
            + "    const href = el.getAttribute('href') || el.getAttribute('xlink:href') || '';"
            + "    if (href !== '' && !/^(https?:\\/\\/|\\/|#|\\?)/i.test(href)) findings.push('link ' + href);"
            + "    let resolved = typeof el.href === 'string' ? el.href : (el.href ? el.href.animVal : '');"
            + "    try { resolved = resolved ? new URL(resolved, document.baseURI).href : ''; }"
            + "    catch (e) { findings.push('unparseable link ' + resolved); }"
            + "    if (resolved && !/^https?:/i.test(resolved)) findings.push('link resolves to ' + resolved);"
            + "  }"
            + "}"
            + "return {hits: (window.__xssHits || []).join(' '), findings: findings.join('\\n'), href: location.href};";

    @TempDir
    static Path dir;

    static List<String> vectors;
    static Store store;
    static StorylineServer server;
    static HttpServer beacon;
    static HttpServer controls;
    /** Vectors per article: 1 gives one article (and one set of pages) per vector; CI packs them. */
    private static final int PER_ARTICLE = Integer.getInteger("storyline.xssPerArticle", 34);

    /** Every how many vectors the positive control loads one unescaped page. */
    private static final int CONTROL_EVERY = Integer.getInteger("storyline.xssControlEvery", 10);

    static final ConcurrentLinkedQueue<String> BEACONS = new ConcurrentLinkedQueue<>();
    static ChromeDriver driver;
    static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        Chromium.assumeInstalled("XSS corpus test");
        beacon = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        beacon.createContext("/", ex -> {
            BEACONS.add(ex.getRequestMethod() + " " + ex.getRequestURI());
            byte[] js = "alert('beacon')".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/javascript");
            ex.sendResponseHeaders(200, js.length);
            ex.getResponseBody().write(js);
            ex.close();
        });
        beacon.start();
        controls = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        controls.createContext("/control/", XssCorpusTest::control);
        controls.start();
        vectors = readVectors("127.0.0.1:" + beacon.getAddress().getPort());
        store = Store.open(dir.resolve("data"));
        server = TestData.start(store, TestData.pipeline(), 1 << 20);
        http = HttpClient.newHttpClient();
        driver = Chromium.headless();
        driver.executeCdpCommand("Page.enable", Map.of());
        driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SENTINEL));
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
        if (beacon != null) {
            beacon.stop(0);
        }
        if (controls != null) {
            controls.stop(0);
        }
    }

    /** The vectors, one a line, with {@code BEACON} replaced by the beacon server's host and port. */
    static List<String> readVectors(String beaconHost) throws IOException {
        try (InputStream in = XssCorpusTest.class.getResourceAsStream("xss-vectors.txt")) {
            String all =
                    new String(Objects.requireNonNull(in, "xss-vectors.txt").readAllBytes(), StandardCharsets.UTF_8);
            return all.lines()
                    .filter(l -> !l.isBlank())
                    .map(l -> l.replace("BEACON", beaconHost))
                    .toList();
        }
    }

    /** The positive control: vector {@code n} unescaped in a page body and in a link, with the server's CSP. */
    private static void control(com.sun.net.httpserver.HttpExchange ex) throws IOException {
        int n = Integer.parseInt(ex.getRequestURI().getPath().substring("/control/".length()));
        String v = vectors.get(n);
        byte[] page = ("<!doctype html><html><head><meta charset=\"utf-8\"><title>control</title></head><body>"
                        + "<main><h1>" + v + "</h1><p><a href=\"" + v + "\">source</a></p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        ex.getResponseHeaders().add("Content-Security-Policy", StorylineServer.CSP);
        ex.sendResponseHeaders(200, page.length);
        ex.getResponseBody().write(page);
        ex.close();
    }

    /** What one page load showed: sentinel calls, DOM findings, beacon requests, where it ended. */
    record Load(String url, String hits, String findings, List<String> beacons, String href) {
        boolean executed() {
            return !hits.isEmpty() || !beacons.isEmpty();
        }

        boolean caught() {
            return executed() || !findings.isEmpty() || !href.equals(url);
        }
    }

    @SuppressWarnings("unchecked")
    private static Load load(String url) {
        BEACONS.clear();
        driver.get(url);
        Map<String, Object> r = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(AUDIT, ALLOWED_TAGS);
        Map<String, Object> audit = Objects.requireNonNull(r);
        List<String> beacons = new ArrayList<>(BEACONS);
        return new Load(
                url,
                String.valueOf(audit.get("hits")),
                String.valueOf(audit.get("findings")),
                beacons,
                String.valueOf(audit.get("href")));
    }

    @Test
    void theDetectorCatchesTheVectorsOnAPageThatDoesNotEscapeThem() {
        int tried = 0;
        int caught = 0;
        int sentinel = 0;
        int beaconed = 0;
        List<String> missed = new ArrayList<>();
        String beaconHost = "127.0.0.1:" + beacon.getAddress().getPort();
        for (int i = 0; i < vectors.size(); i++) {
            if (i % CONTROL_EVERY != 0 && !vectors.get(i).contains(beaconHost)) {
                continue;
            }
            Load l = load("http://127.0.0.1:" + controls.getAddress().getPort() + "/control/" + i);
            tried++;
            caught += l.caught() ? 1 : 0;
            sentinel += l.hits().isEmpty() ? 0 : 1;
            beaconed += l.beacons().isEmpty() ? 0 : 1;
            if (!l.caught()) {
                missed.add(vectors.get(i));
            }
        }
        System.out.printf(
                "XSS control (unescaped page with the server's CSP, bypassed): %d of %d vectors tried, %d caught,"
                        + " %d ran the sentinel, %d fetched from the beacon; not caught: %s%n",
                tried, vectors.size(), caught, sentinel, beaconed, missed);
        assertThat(vectors).hasSizeGreaterThanOrEqualTo(100);
        assertThat(sentinel)
                .as("vectors whose script ran on the unescaped page")
                .isGreaterThanOrEqualTo(tried / 3);
        assertThat(beaconed).as("vectors that fetched from the beacon").isPositive();
        assertThat(caught).as("vectors caught on the unescaped page").isGreaterThanOrEqualTo(tried * 9 / 10);
    }

    @Test
    void noVectorRunsOnAnyPageTheServerRenders() throws Exception {
        long t0 = System.nanoTime();
        Map<String, List<String>> shown = postArticles();
        long posted = System.nanoTime();
        Set<String> pages = new LinkedHashSet<>();
        int total =
                JSON.readTree(get("/api/stories?size=100").body()).get("total").asInt();
        List<String> stories = new ArrayList<>();
        for (int p = 1; p <= (total + 99) / 100; p++) {
            pages.add("/?size=100&page=" + p);
            for (JsonNode s :
                    JSON.readTree(get("/api/stories?size=100&page=" + p).body()).get("stories")) {
                stories.add(s.get("id").asText());
            }
        }
        for (String s : stories) {
            assertThat(get("/api/stories/" + s).statusCode()).isEqualTo(200); // digests ready before the pages
        }
        Pattern why = Pattern.compile("/stories/[^\"]+/claims/[^\"]+/why");
        for (String s : stories) {
            pages.add("/stories/" + s);
            Matcher m = why.matcher(get("/stories/" + s).body());
            if (m.find()) {
                pages.add(m.group().replace("&amp;", "&"));
            }
        }
        pages.addAll(shown.keySet().stream().map(id -> "/articles/" + id).toList());
        List<String> echoes = echoChunks();
        for (String q : echoes) {
            pages.add("/?q=" + q);
            pages.add("/?speaker=" + q);
            pages.add("/?outlet=" + q);
            pages.add("/?" + q + "=1");
            pages.add("/articles/" + q.replace("+", "%20"));
        }
        long ready = System.nanoTime();
        Map<String, String> found = new TreeMap<>();
        int textShown = 0;
        int textTried = 0;
        for (String path : pages) {
            Load l = load("http://127.0.0.1:" + server.port() + path);
            if (l.caught()) {
                found.put(path, l.hits() + " " + l.findings() + " " + l.beacons() + " " + l.href());
            }
            List<String> carried = shown.get(path.substring(path.lastIndexOf('/') + 1));
            if (path.startsWith("/articles/xss-") && carried != null) {
                String text = driver.findElement(By.tagName("main")).getText();
                for (String v : carried) {
                    textTried++;
                    textShown += text.contains(v.strip()) ? 1 : 0;
                }
            }
        }
        System.out.printf(
                "XSS corpus: %d vectors (%d per article) x %d pages loaded (%d story lists, %d stories, %d articles,"
                        + " %d claim pages, %d echoing a query or path), %d pages with a finding; vectors shown as"
                        + " text on their article pages: %d of %d; posting %d ms, digests %d ms, pages %d ms%n",
                vectors.size(),
                PER_ARTICLE,
                pages.size(),
                (total + 99) / 100,
                stories.size(),
                shown.size(),
                pages.stream().filter(p -> p.contains("/why")).count(),
                echoes.size() * 5,
                found.size(),
                textShown,
                textTried,
                (posted - t0) / 1_000_000,
                (ready - posted) / 1_000_000,
                (System.nanoTime() - ready) / 1_000_000);
        assertThat(found)
                .as("pages where a vector ran, fetched, injected markup or navigated")
                .isEmpty();
        assertThat(textShown).as("vectors shown as text on their article pages").isGreaterThan(textTried * 9 / 10);
    }

    /**
     * The vectors joined and percent-encoded in chunks short enough for one request line (Jetty refuses
     * request headers over 8 KB): what the search form's three fields, the 400 page for an unknown
     * parameter and the 404 page echo.
     */
    private static List<String> echoChunks() {
        List<String> out = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (String v : vectors) {
            String e = URLEncoder.encode(v + " ", StandardCharsets.UTF_8);
            if (chunk.length() + e.length() > 6500 && chunk.length() > 0) {
                out.add(chunk.toString());
                chunk.setLength(0);
            }
            chunk.append(e);
        }
        out.add(chunk.toString());
        return out;
    }

    /** The vectors in groups of {@link #PER_ARTICLE}. */
    private static List<List<String>> groups() {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i += PER_ARTICLE) {
            out.add(vectors.subList(i, Math.min(vectors.size(), i + PER_ARTICLE)));
        }
        return out;
    }

    /**
     * Posts two articles per group of vectors (a story of two, so quote groups, sources and claims show
     * them too) and returns article id → the vectors it carries. Field coverage is printed from the API.
     */
    private static Map<String, List<String>> postArticles() throws Exception {
        Map<String, List<String>> ids = new TreeMap<>();
        StringBuilder body = new StringBuilder();
        LocalDate day = LocalDate.of(2031, 1, 1);
        List<List<String>> groups = groups();
        for (int i = 0; i < groups.size(); i++) {
            List<String> g = groups.get(i);
            String all = String.join(" ", g);
            String place = PLACES.get(i % PLACES.size()) + " " + SURNAMES.get(i / PLACES.size() % SURNAMES.size());
            for (String side : List.of("a", "b")) {
                String id = String.format(Locale.ROOT, "xss-%03d-%s", i, side);
                ids.put(id, g);
                ObjectNode a = JSON.createObjectNode();
                a.put("id", id);
                a.put("title", side.equals("a") ? all : place + " court ruling " + all);
                a.put("outlet", side.equals("a") ? all : "Wire " + all);
                a.put("published", day.plusDays(40L * i).toString());
                a.put("url", side.equals("a") ? g.get(0) : "https://news.example/" + all);
                a.put("text", text(g, place, side.equals("a")));
                body.append(JSON.writeValueAsString(a)).append('\n');
            }
            if (body.length() > 100_000 || i == groups.size() - 1) {
                HttpResponse<String> r = TestData.post(
                        http,
                        server.port(),
                        "/api/articles",
                        body.toString().getBytes(StandardCharsets.UTF_8),
                        "application/x-ndjson");
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                assertThat(JSON.readTree(r.body()).get("rejected").asInt())
                        .as(r.body())
                        .isZero();
                body.setLength(0);
            }
        }
        coverage(ids);
        return ids;
    }

    /** An article about a court ruling with each vector in a sentence, in a quote and as a speaker. */
    private static String text(List<String> group, String place, boolean first) {
        StringBuilder t = new StringBuilder();
        t.append(first ? "Judge Mara Quell" : "Mara Quell")
                .append(" ruled on Monday that the ")
                .append(place)
                .append(" quay stays closed. ");
        for (String v : group) {
            t.append("\"We will appeal the ruling ")
                    .append(v)
                    .append(" within a week,\" said Tomas Ferrant, the union's lawyer. ")
                    .append("\"The quay is not safe ")
                    .append(first ? "yet" : "today")
                    .append(",\" said ")
                    .append(v)
                    .append(". ")
                    .append(v)
                    .append(" Dockworkers gathered outside the court in ")
                    .append(place)
                    .append(first ? ". " : " on Monday. ");
        }
        return t.append("The harbour authority said the cranes would be inspected again in ")
                .append(first ? "March." : "the spring.")
                .toString();
    }

    /** Prints how many vectors reached each field of the stored articles (what the pages can show). */
    private static void coverage(Map<String, List<String>> ids) throws Exception {
        Map<String, Integer> fields = new TreeMap<>();
        List<String> speakers = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : ids.entrySet()) {
            JsonNode a = JSON.readTree(get("/api/articles/" + e.getKey()).body());
            for (String raw : e.getValue()) {
                String v = raw.strip();
                for (String f : List.of("title", "outlet", "url", "text")) {
                    if (a.path(f).asText("").contains(v)) {
                        fields.merge(f, 1, Integer::sum);
                    }
                }
                boolean quoted = false;
                boolean spoke = false;
                for (JsonNode q : a.get("quotes")) {
                    quoted |= q.path("text").asText("").contains(v);
                    spoke |= q.path("speakerText").asText("").contains(v)
                            || q.path("speaker").asText("").contains(v);
                }
                fields.merge("quote", quoted ? 1 : 0, Integer::sum);
                fields.merge("speaker", spoke ? 1 : 0, Integer::sum);
            }
            for (JsonNode q : a.get("quotes")) {
                if (speakers.size() < 12 && !q.path("speakerText").asText("").contains("Ferrant")) {
                    speakers.add(q.path("speakerText").asText("null"));
                }
            }
        }
        System.out.printf(
                "XSS corpus: %d articles; article-vector pairs found in the stored field: %s; speakers found for the"
                        + " vector-as-speaker quotes (first 12): %s%n",
                ids.size(), fields, speakers);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return TestData.get(http, server.port(), path);
    }

    private static final List<String> PLACES = List.of(
            "Brackwater",
            "Lindholm",
            "Corvale",
            "Ostmark",
            "Pellory",
            "Sandrow",
            "Tiverne",
            "Ulmsby",
            "Varrow",
            "Wexmoor",
            "Ashgrove",
            "Belcastle",
            "Dunmere",
            "Eskford",
            "Fallowby",
            "Greywick");
    private static final List<String> SURNAMES =
            List.of("North", "South", "Upper", "Lower", "East", "West", "Old", "New", "Port", "Bay", "Mill", "Cross");
}
