package io.storyline.bench;

import io.storyline.cli.SyntheticArticles;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.cluster.StoryAssembler;
import io.storyline.store.ArticleLoader;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of assigning one article to a story when the assembler already holds {@code size}
 * articles (about four per story): it must not grow with the number of stories.
 *
 * <p>Run: {@code ./mvnw -q -pl storyline-bench -am package -DskipTests && java -cp
 * "storyline-bench/target/storyline-bench-0.1.0-SNAPSHOT.jar:storyline-cli/target/lib/*"
 * org.openjdk.jmh.Main AssemblyBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class AssemblyBenchmark {

    @Param({"2000", "20000"})
    public int size;

    private StoryAssembler assembler = ArticleLoader.assembler(AssemblyOptions.defaults());
    private SplittableRandom rnd = new SplittableRandom(1);
    private int next;

    @Setup(Level.Iteration)
    public void fill() {
        assembler = ArticleLoader.assembler(AssemblyOptions.defaults());
        rnd = new SplittableRandom(42);
        for (next = 0; next < size; next++) {
            assembler.add(SyntheticArticles.article(rnd, next, next / 4));
        }
    }

    @Benchmark
    public Object addOne() {
        int i = next++;
        return assembler.add(SyntheticArticles.article(rnd, i, i / 4));
    }
}
