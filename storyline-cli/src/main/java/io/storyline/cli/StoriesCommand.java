package io.storyline.cli;

import io.storyline.store.Store;
import io.storyline.store.StoredArticle;
import io.storyline.store.StoryTitles;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the stories in a data directory, largest first. */
@Command(
        mixinStandardHelpOptions = true,
        name = "stories",
        description = "List the stories: id, articles, outlets, dates, title.")
final class StoriesCommand implements Callable<Integer> {

    @Mixin
    DataOptions data = new DataOptions();

    @Option(names = "--all", description = "Also list stories of a single article.")
    boolean all;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = Stores.existing(data.data)) {
            Map<String, List<String>> stories = store.stories();
            List<Map.Entry<String, List<String>>> sorted = stories.entrySet().stream()
                    .sorted((a, b) ->
                            Integer.compare(b.getValue().size(), a.getValue().size()))
                    .toList();
            int singles = 0;
            out.printf("%-7s %4s %-23s %s%n", "STORY", "ARTS", "DATES", "TITLE");
            for (Map.Entry<String, List<String>> e : sorted) {
                if (e.getValue().size() == 1 && !all) {
                    singles++;
                    continue;
                }
                List<StoredArticle> arts = store.story(e.getKey());
                out.printf("%-7s %4d %-23s %s%n", e.getKey(), arts.size(), dates(arts), StoryTitles.title(arts));
            }
            out.printf(
                    "%d stories from %d articles%s%n",
                    stories.size(),
                    store.size(),
                    singles > 0 ? " (" + singles + " single-article stories not shown; --all lists them)" : "");
        }
        return 0;
    }

    static String dates(List<StoredArticle> arts) {
        List<LocalDate> d = arts.stream()
                .map(a -> a.article().published())
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        if (d.isEmpty()) {
            return "undated";
        }
        LocalDate first = d.get(0);
        LocalDate last = d.get(d.size() - 1);
        return first.equals(last) ? first.toString() : first + ".." + last;
    }
}
