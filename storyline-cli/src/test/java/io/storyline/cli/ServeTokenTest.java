package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} off loopback refuses to start without a token, before it binds; with one, posts need it. */
class ServeTokenTest {

    @TempDir
    Path tmp;

    @Test
    void anOpenHostWithoutATokenIsRefusedBeforeAnythingOpensNamingTheOption() {
        Path data = tmp.resolve("data");
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run("serve", "--host", "0.0.0.0", "--port", "0", "--data", data.toString());
        } finally {
            System.setErr(oldErr);
        }
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--host 0.0.0.0 is not a loopback address")
                .contains("--token-file FILE")
                .contains("STORYLINE_TOKEN");
        assertThat(data).as("nothing opened, nothing bound").doesNotExist();
    }

    @Test
    void aShortTokenFileIsRefused() throws Exception {
        Path token = Files.writeString(tmp.resolve("token"), "short\n");
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run("serve", "--token-file", token.toString(), "--port", "0", "--data", tmp.toString());
        } finally {
            System.setErr(oldErr);
        }
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least 16 characters");
    }

    @Test
    void withTheTokenInTheEnvironmentAnOpenHostStartsAndPostsNeedTheToken() throws Exception {
        String token = "env-token-abcdefghijklmnop";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "serve",
                        "--host",
                        "0.0.0.0",
                        "--port",
                        "0",
                        "--no-embeddings",
                        "--threads",
                        "1",
                        "--data",
                        tmp.resolve("data").toString())
                .redirectErrorStream(true);
        pb.environment().put("STORYLINE_TOKEN", token);
        Process p = pb.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            Pattern serving = Pattern.compile("serving .* at http://0\\.0\\.0\\.0:(\\d+)/ \\(writes need the token\\)");
            String line;
            Matcher m = null;
            StringBuilder said = new StringBuilder();
            while ((line = r.readLine()) != null) {
                said.append(line).append('\n');
                Matcher mm = serving.matcher(line);
                if (mm.find()) {
                    m = mm;
                    break;
                }
            }
            if (m == null) {
                throw new AssertionError("serve did not say it was serving; it said: " + said);
            }
            int port = Integer.parseInt(m.group(1));
            HttpClient http = HttpClient.newHttpClient();
            String body = "{\"id\":\"e1\",\"text\":\"The Brackwater tram depot reopened on Monday after repairs.\"}";
            HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            assertThat(http.send(post.build(), HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .isEqualTo(401);
            HttpResponse<String> ok = http.send(
                    post.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
