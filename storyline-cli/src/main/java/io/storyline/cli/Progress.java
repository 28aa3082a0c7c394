package io.storyline.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/**
 * A progress bar on stderr that appears only once a run has lasted {@code delayMillis}, so short
 * runs stay quiet. Not thread-safe: the loading thread steps it.
 */
final class Progress implements AutoCloseable {

    private final String task;
    private final long total;
    private final long startedAt = System.nanoTime();
    private final long delayNanos;
    private final boolean enabled;
    private @Nullable ProgressBar bar;
    private long done;

    Progress(String task, long total, long delayMillis, boolean enabled) {
        this.task = task;
        this.total = total;
        this.delayNanos = delayMillis * 1_000_000L;
        this.enabled = enabled;
    }

    void step() {
        done++;
        if (!enabled) {
            return;
        }
        if (bar == null && System.nanoTime() - startedAt >= delayNanos) {
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(total > 0 ? total : -1)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" articles", 1)
                    .showSpeed()
                    .setUpdateIntervalMillis(250)
                    .build();
            bar.stepTo(done);
        } else if (bar != null) {
            bar.step();
        }
    }

    long done() {
        return done;
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
