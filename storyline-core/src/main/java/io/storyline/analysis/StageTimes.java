package io.storyline.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe totals of the time spent in each stage, for benchmarks. */
public final class StageTimes {

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    /** Adds {@code elapsedNanos} to {@code stage}'s total. */
    public void add(String stage, long elapsedNanos) {
        nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsedNanos);
    }

    /** Stage name → total milliseconds (summed over threads), in the order stages were first seen. */
    public Map<String, Double> millis() {
        Map<String, Double> out = new LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, v.sum() / 1e6));
        return out;
    }
}
