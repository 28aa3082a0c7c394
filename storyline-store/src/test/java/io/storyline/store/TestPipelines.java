package io.storyline.store;

import io.storyline.analysis.Pipeline;
import io.storyline.analysis.StandardPipeline;

/** One pipeline for all store tests (models load once per test JVM). */
final class TestPipelines {

    private static final Pipeline LIGHT = StandardPipeline.create(new StandardPipeline.Options(false, 600));

    private TestPipelines() {}

    static Pipeline light() {
        return LIGHT;
    }
}
