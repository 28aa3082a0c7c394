package io.storyline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One real multi-process run: a Spark standalone master and one worker started from Spark's jars on
 * loopback, and the job jar submitted to them by a driver in a third JVM, as the launcher runs it.
 * Local mode shares one JVM and one class path; here the closures, the records and the job jar cross
 * process boundaries, and the models load in the worker's executor. Runs after {@code package}
 * (failsafe), on the seed story.
 */
class StandaloneClusterIT {

    private final List<Process> started = new ArrayList<>();

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path dir;

    @Test
    void jobSubmittedToAStandaloneMasterAndWorkerGroupsTheSeedIntoOneStory() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        Path jar = target.resolve("storyline-spark-0.1.0-SNAPSHOT-job.jar");
        Path lib = target.resolve("spark-lib");
        Path seed = DevSets.eval().resolve("ceasefire-2025/articles.jsonl").toAbsolutePath();
        assumeTrue(Files.isRegularFile(seed), "no seed story in " + DevSets.eval());
        assertThat(jar).as("the job jar (built by package)").isRegularFile();
        // a Spark home as a distribution lays it out, so the worker finds the jars for its executors
        Path home = Files.createDirectories(dir.resolve("spark-home"));
        Files.writeString(home.resolve("RELEASE"), "Spark from Maven, for StandaloneClusterIT\n");
        Files.createSymbolicLink(home.resolve("jars"), lib);
        int port = freePort();
        String master = "spark://127.0.0.1:" + port;
        Path masterLog = dir.resolve("master.log");
        start(
                home,
                masterLog,
                "org.apache.spark.deploy.master.Master",
                "--host",
                "127.0.0.1",
                "--port",
                String.valueOf(port),
                "--webui-port",
                String.valueOf(freePort()));
        Path work = Files.createDirectories(dir.resolve("work"));
        start(
                home,
                dir.resolve("worker.log"),
                "org.apache.spark.deploy.worker.Worker",
                master,
                "--host",
                "127.0.0.1",
                "--cores",
                "2",
                "--memory",
                "1536m",
                "--webui-port",
                String.valueOf(freePort()),
                "--work-dir",
                work.toString());
        awaitLine(masterLog, "Registering worker", 120);

        Path out = dir.resolve("out");
        ProcessBuilder driver = new ProcessBuilder(
                        java(),
                        "-Xmx768m",
                        "-Dspark.jars=" + jar,
                        "-Dspark.ui.enabled=false",
                        "-Dspark.driver.host=127.0.0.1",
                        "-Dspark.executor.memory=1200m",
                        "-cp",
                        jar + ":" + lib + "/*",
                        "io.storyline.spark.StorylineJob",
                        seed.toString(),
                        "--out",
                        out.toString(),
                        "--master",
                        master,
                        "--partitions",
                        "2")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("driver.log").toFile());
        driver.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = driver.start();
        started.add(p);
        boolean done = p.waitFor(6, TimeUnit.MINUTES);
        String log = Files.readString(dir.resolve("driver.log"));
        assertThat(done).as("driver finished; its log:%n%s", tail(log)).isTrue();
        assertThat(p.exitValue())
                .as("driver exit code; its log:%n%s", tail(log))
                .isZero();
        assertThat(log).contains("read 5 articles: 5 analysed; 0 inputs skipped; 1 stories");

        List<String> stories = textLines(out.resolve("stories-json"));
        assertThat(stories).hasSize(1);
        for (String id : DevSets.gold("ceasefire-2025").keySet()) {
            assertThat(stories.get(0)).contains(id);
        }
        // the executor ran in the worker's own JVM: its log is in the worker's work directory
        try (Stream<Path> files = Files.walk(work)) {
            assertThat(files.filter(f -> f.getFileName().toString().equals("stderr"))
                            .toList())
                    .isNotEmpty()
                    .anyMatch(f -> read(f).contains("Finished task"));
        }
    }

    private void start(Path home, Path log, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx256m", "-cp", home.resolve("jars") + "/*", mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = b.environment();
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_SCALA_VERSION", "2.13"); // else the worker looks for a source build's directories
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put(
                "SPARK_LOCAL_DIRS",
                Files.createDirectories(dir.resolve("local")).toString());
        started.add(b.start());
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (Process p : started) {
            p.destroy();
        }
        for (Process p : started) {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static void awaitLine(Path log, String text, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && read(log).contains(text)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no \"" + text + "\" in " + log + " within " + seconds + " s:\n" + tail(read(log)));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String tail(String log) {
        return log.length() <= 4000 ? log : log.substring(log.length() - 4000);
    }

    private static List<String> textLines(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("part-"))
                    .sorted()
                    .toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
