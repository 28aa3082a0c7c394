package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.storyline.core.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderBadInputTest {

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path dir;

    private static final String GOOD = "{\"id\": \"good-1\", \"text\": \"A good article about the weir.\"}";

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path writeBytes(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static List<String> ids(List<ReadResult> results) {
        return results.stream()
                .filter(r -> r instanceof ReadResult.Read)
                .map(r -> ((ReadResult.Read) r).article().id())
                .toList();
    }

    private static List<ReadResult.Skipped> skipped(List<ReadResult> results) {
        return results.stream()
                .filter(r -> r instanceof ReadResult.Skipped)
                .map(r -> (ReadResult.Skipped) r)
                .toList();
    }

    private List<ReadResult> readDir() {
        return new InputReader().readAll(List.of(dir));
    }

    @Test
    void reportsEmptyFileAndReadsTheRest() throws IOException {
        Path empty = write("blank.txt", "");
        write("good.txt", "The weir was repaired.");
        List<ReadResult> results = readDir();
        assertThat(skipped(results)).containsExactly(new ReadResult.Skipped(empty.toString(), "empty file"));
        assertThat(ids(results)).containsExactly("good");
    }

    @Test
    void reportsWhitespaceOnlyFile() throws IOException {
        Path blank = write("spaces.txt", "  \n\t\n");
        assertThat(readDir())
                .containsExactly(new ReadResult.Skipped(blank.toString(), "empty file (only white space)"));
    }

    @Test
    void reportsBinaryFileWithNulBytes() throws IOException {
        Path bin = writeBytes("image.txt", new byte[] {'G', 'I', 'F', 0, 1, 2});
        write("good.txt", "The weir was repaired.");
        List<ReadResult> results = readDir();
        assertThat(skipped(results))
                .containsExactly(new ReadResult.Skipped(bin.toString(), "binary file (contains NUL bytes at byte 3)"));
        assertThat(ids(results)).containsExactly("good");
    }

    @Test
    void reportsBinaryFileOfControlCharacters() throws IOException {
        byte[] bytes = new byte[100];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (1 + i % 7);
        }
        Path bin = writeBytes("noise.txt", bytes);
        assertThat(skipped(readDir())).singleElement().satisfies(s -> {
            assertThat(s.input()).isEqualTo(bin.toString());
            assertThat(s.reason()).startsWith("binary file (100 control characters");
        });
    }

    @Test
    void reportsInvalidUtf8WithByteOffset() throws IOException {
        Path latin1 = writeBytes("latin1.txt", "Caf\u00e9 opens".getBytes(StandardCharsets.ISO_8859_1));
        write("good.txt", "The weir was repaired.");
        List<ReadResult> results = readDir();
        assertThat(skipped(results))
                .containsExactly(new ReadResult.Skipped(
                        latin1.toString(),
                        "invalid UTF-8 at byte 3; convert the file to UTF-8 (for example with iconv)"));
        assertThat(ids(results)).containsExactly("good");
    }

    @Test
    void reportsMalformedJsonLineAndReadsTheOthers() throws IOException {
        Path feed = write(
                "feed.jsonl", GOOD + "\n{\"id\": \"broken\", \"text\": \n" + GOOD.replace("good-1", "good-2") + "\n");
        List<ReadResult> results = new InputReader().readAll(List.of(feed));
        assertThat(ids(results)).containsExactly("good-1", "good-2");
        assertThat(skipped(results)).singleElement().satisfies(s -> {
            assertThat(s.input()).isEqualTo(feed + ":line 2");
            assertThat(s.reason()).startsWith("line 2: malformed JSON: Unexpected end-of-input");
        });
    }

    @Test
    void reportsMalformedJsonFile() throws IOException {
        Path json = write("one.json", "{\"id\": \"x\", \"text\": \"unterminated}");
        assertThat(skipped(readDir())).singleElement().satisfies(s -> {
            assertThat(s.input()).isEqualTo(json.toString());
            assertThat(s.reason()).startsWith("malformed JSON: Unexpected end-of-input");
        });
    }

    @Test
    void reportsFileOverTheSizeLimit() throws IOException {
        Path big = write("big.txt", "word ".repeat(400));
        write("small.txt", "The weir was repaired.");
        List<ReadResult> results = new InputReader(new InputReader.Options(1000)).readAll(List.of(dir));
        assertThat(skipped(results))
                .containsExactly(new ReadResult.Skipped(
                        big.toString(), "file is 2000 bytes, over the size limit of 1000 bytes"));
        assertThat(ids(results)).containsExactly("small");
    }

    @Test
    void appliesTheSizeLimitPerRecordInJsonLines() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(GOOD.replace("good-1", "good-" + i)).append('\n');
        }
        sb.append("{\"id\": \"huge\", \"text\": \"").append("x".repeat(500)).append("\"}\n");
        sb.append(GOOD.replace("good-1", "last")).append('\n');
        Path feed = write("feed.jsonl", sb.toString());
        assertThat(Files.size(feed)).isGreaterThan(300);
        List<ReadResult> results = new InputReader(new InputReader.Options(300)).readAll(List.of(feed));
        assertThat(ids(results)).hasSize(21).contains("good-0", "good-19", "last");
        assertThat(skipped(results))
                .containsExactly(new ReadResult.Skipped(
                        feed + ":line 21", "line 21: record is over the size limit of 300 bytes"));
    }

    @Test
    void reportsMissingPathAndReadsTheRest() throws IOException {
        Path good = write("good.txt", "The weir was repaired.");
        Path missing = dir.resolve("nowhere.txt");
        List<ReadResult> results = new InputReader().readAll(List.of(missing, good));
        assertThat(results.get(0)).isEqualTo(new ReadResult.Skipped(missing.toString(), "no such file or directory"));
        assertThat(ids(results)).containsExactly("good");
    }

    @Test
    void reportsBrokenSymbolicLink() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));
        assertThat(readDir()).containsExactly(new ReadResult.Skipped(link.toString(), "broken symbolic link"));
    }

    @Test
    void reportsUnreadableFileWhenPermissionsApply() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root ignores file permissions");
        Path secret = write("secret.txt", "Closed.");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assertThat(readDir())
                .containsExactly(new ReadResult.Skipped(secret.toString(), "cannot read file: permission denied"));
    }

    @Test
    void reportsUnreadableFileAndDirectorySimulated() throws IOException {
        Path secret = write("secret.txt", "Closed.");
        Path closed = Files.createDirectory(dir.resolve("closed"));
        write("open.txt", "The weir was repaired.");
        FileAccess denying = new FileAccess() {
            @Override
            public InputStream open(Path file) throws IOException {
                if (file.equals(secret)) {
                    throw new AccessDeniedException(file.toString());
                }
                return FileAccess.DEFAULT.open(file);
            }

            @Override
            public DirectoryStream<Path> list(Path d) throws IOException {
                if (d.equals(closed)) {
                    throw new AccessDeniedException(d.toString());
                }
                return FileAccess.DEFAULT.list(d);
            }
        };
        List<ReadResult> results = new InputReader(InputReader.Options.defaults(), denying).readAll(List.of(dir));
        assertThat(skipped(results))
                .containsExactly(
                        new ReadResult.Skipped(closed.toString(), "cannot read directory: permission denied"),
                        new ReadResult.Skipped(secret.toString(), "cannot read file: permission denied"));
        assertThat(ids(results)).containsExactly("open");
    }

    @Test
    void reportsPublishedOfWrongTypeWithValueAndWhatIsAllowed() throws IOException {
        Path feed = write("feed.jsonl", """
                {"id": "n", "text": "Body.", "published": 12}
                {"id": "s", "text": "Body.", "published": "12/03/25"}
                {"id": "ok", "text": "Body.", "published": "2025-03-12T10:00:00+01:00"}
                """);
        List<ReadResult> results = new InputReader().readAll(List.of(feed));
        String allowed = "published must be an ISO date like 2025-03-12 or an ISO date-time like 2025-03-12T09:30:00Z";
        assertThat(skipped(results))
                .containsExactly(
                        new ReadResult.Skipped(feed + ":line 1", "line 1: " + allowed + ", got 12"),
                        new ReadResult.Skipped(feed + ":line 2", "line 2: " + allowed + ", got \"12/03/25\""));
        assertThat(ids(results)).containsExactly("ok");
    }

    @Test
    void reportsOtherWrongTypesAndMissingText() throws IOException {
        Path feed = write("feed.jsonl", """
                {"id": "t", "text": "Body.", "title": 5}
                {"id": "e", "title": "No body"}
                {"id": "a/b", "text": "Body."}
                [1, 2]
                {"id": "h", "html": "<html><body><nav><a href='/'>Home</a></nav></body></html>"}
                """);
        List<ReadResult> results = new InputReader().readAll(List.of(feed));
        assertThat(skipped(results))
                .extracting(ReadResult.Skipped::reason)
                .containsExactly(
                        "line 1: title must be a string or null, got 5",
                        "line 2: article has neither \"text\" nor \"html\" (one of them is required)",
                        "line 3: id must match [A-Za-z0-9][A-Za-z0-9._-]* (at most 200 characters), got \"a/b\"",
                        "line 4: expected a JSON object (an article), got an array",
                        "line 5: no article text found in \"html\"");
    }

    @Test
    void reportsEmptyJsonLinesFile() throws IOException {
        Path feed = write("feed.jsonl", "\n\n");
        assertThat(readDir()).containsExactly(new ReadResult.Skipped(feed.toString(), "empty file (no records)"));
    }

    @Test
    void sanitisesFileNamesIntoIds() throws IOException {
        write("Weir repairs (final).txt", "The weir was repaired.");
        write("été.txt", "Summer.");
        assertThat(ids(readDir())).containsExactly("Weir_repairs__final_", "f_t_");
    }

    @Test
    void dropsByteOrderMark() throws IOException {
        write("bom.txt", "\uFEFFThe weir was repaired.");
        Article a = ((ReadResult.Read) readDir().get(0)).article();
        assertThat(a.text()).isEqualTo("The weir was repaired.");
    }

    @Test
    void readsOnlyRequestedDirectoryEntriesThatAreNotHidden() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        write(".git/config.txt", "hidden");
        write("b.txt", "Second.");
        write("a.txt", "First.");
        assertThat(ids(readDir())).containsExactly("a", "b");
        assertThat(Set.copyOf(ids(readDir()))).doesNotContain("config");
    }
}
