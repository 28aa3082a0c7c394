package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class InputReaderPropertyTest {

    @Property(tries = 100)
    void junkFilesNeverThrowAndAlwaysReport(
            @ForAll @Size(max = 300) List<Byte> bytes, @ForAll @StringLength(max = 200) String text)
            throws IOException {
        Path dir = Files.createTempDirectory("junk");
        try {
            byte[] raw = new byte[bytes.size()];
            for (int i = 0; i < raw.length; i++) {
                raw[i] = bytes.get(i);
            }
            for (String ext : List.of(".txt", ".html", ".json", ".jsonl")) {
                Files.write(dir.resolve("raw" + ext), raw);
                Files.writeString(dir.resolve("text" + ext), text);
            }
            List<ReadResult> results = new InputReader().readAll(List.of(dir));
            // Every file gives at least one item: an article or a reason.
            assertThat(results.stream()
                            .map(r -> r.input().replaceFirst(":line \\d+$", ""))
                            .distinct())
                    .hasSize(8);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
