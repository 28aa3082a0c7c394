package io.storyline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogisticModelFileTest {

    private static final List<String> FEATURES = List.of("a", "b");

    private static Map<String, Double> thresholds() {
        Map<String, Double> t = new LinkedHashMap<>();
        t.put("join", Double.NaN);
        t.put("merge", 1.0);
        return t;
    }

    private static LogisticModelFile read(String text) throws IOException {
        return LogisticModelFile.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test model", FEATURES, thresholds());
    }

    @Test
    void roundTripsAndFillsOptionalThresholds() throws IOException {
        LogisticModelFile f = read("# trained by hand\njoin\t0.7\nbias\t-1\na\t0.5\t2\t3\nb\t0\t1\t-0.25\n");

        assertThat(f.header()).containsExactly("trained by hand");
        assertThat(f.threshold("join")).isEqualTo(0.7);
        assertThat(f.threshold("merge")).isEqualTo(1.0);
        assertThat(f.weights()).containsExactly(-1, 3, -0.25);
        assertThat(f.mean()).containsExactly(0.5, 0);
        assertThat(f.scale()).containsExactly(2, 1);
        LogisticModelFile again = read(f.write(FEATURES));
        assertThat(again.write(FEATURES)).isEqualTo(f.write(FEATURES));
        assertThat(again.thresholds()).isEqualTo(f.thresholds());
    }

    @Test
    void badFilesNameTheLineAndTheReason() {
        IOException wrongFeature = assertThrows(IOException.class, () -> read("join\t0.7\nbias\t0\nb\t0\t1\t1\n"));
        IOException notNumber = assertThrows(IOException.class, () -> read("join\tsoon\n"));
        IOException missing = assertThrows(IOException.class, () -> read("bias\t0\na\t0\t1\t1\nb\t0\t1\t1\n"));

        assertThat(wrongFeature.getMessage())
                .contains("test model line 3")
                .contains("expected join, bias or feature a");
        assertThat(notNumber.getMessage()).contains("line 1").contains("not a number");
        assertThat(missing.getMessage()).contains("need bias and join lines and 2 feature lines");
        assertThrows(IllegalArgumentException.class, () -> {
            read("join\t1\nbias\t0\na\t0\t1\t1\nb\t0\t1\t1\n").threshold("apart");
        });
    }
}
