package io.storyline.cli;

import io.storyline.store.Store;
import io.storyline.store.StoredArticle;
import io.storyline.store.StoryTitles;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Shows one story in the terminal: title, articles with outlet and date, near-duplicates. */
@Command(
        mixinStandardHelpOptions = true,
        name = "story",
        description = "Show one story: title, its articles, near-duplicates.")
final class StoryCommand implements Callable<Integer> {

    @Mixin
    DataOptions data = new DataOptions();

    @Parameters(paramLabel = "ID", description = "Story id (see 'storyline stories') or an article id.")
    String id = "";

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = Stores.existing(data.data)) {
            List<StoredArticle> arts = Stories.resolve(store, id, data);
            id = arts.get(0).story();
            print(out, arts);
        }
        return 0;
    }

    private void print(PrintWriter out, List<StoredArticle> arts) {
        String title = StoryTitles.title(arts);
        out.println(Ansi.bold(id + "  " + title));
        out.println("=".repeat(Math.min(100, id.length() + 2 + title.length())));
        out.printf("%d articles, %s%n%n", arts.size(), StoriesCommand.dates(arts));
        out.println(Ansi.bold("Articles"));
        Map<String, Integer> number = new HashMap<>();
        int i = 1;
        for (StoredArticle a : arts) {
            number.put(a.id(), i);
            String outlet = a.article().outlet() == null
                    ? "unknown outlet"
                    : a.article().outlet();
            String date = a.article().published() == null
                    ? "undated"
                    : a.article().published().toString();
            String headline = a.article().title() != null ? a.article().title() : StoryTitles.firstContentLine(a);
            out.printf("  [%d] %s  %s · %s%n", i, a.id(), outlet, date);
            out.printf("      %s%n", shorten(headline, 96));
            if (a.nearDuplicateOf() != null) {
                out.printf(
                        "      near-duplicate of [%s] %s%n",
                        number.getOrDefault(a.nearDuplicateOf(), 0), a.nearDuplicateOf());
            }
            i++;
        }
        long dups = arts.stream().filter(a -> a.nearDuplicateOf() != null).count();
        out.printf("%n%d near-duplicate%s%n", dups, dups == 1 ? "" : "s");
    }

    private static String shorten(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
