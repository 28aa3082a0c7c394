package io.storyline.cli;

import io.storyline.store.Store;
import io.storyline.store.StoredArticle;
import io.storyline.store.StoryQuotes;
import io.storyline.store.StoryTitles;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Shows who said what in one story, grouped by speaker. */
@Command(
        mixinStandardHelpOptions = true,
        name = "quotes",
        description = "Who said what in a story: quotes grouped by speaker (anonymous sources last).")
final class QuotesCommand implements Callable<Integer> {

    @Mixin
    DataOptions data = new DataOptions();

    @Parameters(paramLabel = "STORY", description = "Story id (or an article id of the story).")
    String id = "";

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only this speaker (any part of the name).")
    @Nullable
    String speaker;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = Stores.existing(data.data)) {
            List<StoredArticle> arts = Stories.resolve(store, id, data);
            StoryQuotes sq = StoryQuotes.of(arts);
            out.println(Ansi.bold(arts.get(0).story() + "  " + StoryTitles.title(arts)));
            Map<String, StoryQuotes.Speaker> speakers = new LinkedHashMap<>();
            sq.speakers().forEach(s -> speakers.put(s.id(), s));
            Map<String, List<StoryQuotes.Entry>> bySpeaker = new LinkedHashMap<>();
            for (StoryQuotes.Entry e : sq.quotes()) {
                String key = e.speaker() == null ? "" : e.speaker();
                bySpeaker.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(e);
            }
            int shown = 0;
            for (StoryQuotes.Speaker s : sq.speakers()) {
                if (speaker != null && !matches(s, speaker)) {
                    continue;
                }
                out.println();
                out.println(Ansi.bold(s.name()) + (s.role() == null ? "" : " — " + s.role()));
                for (StoryQuotes.Entry e : bySpeaker.getOrDefault(s.id(), List.of())) {
                    print(out, e);
                    shown++;
                }
            }
            List<StoryQuotes.Entry> anonymous = bySpeaker.getOrDefault("", List.of());
            if (speaker == null && !anonymous.isEmpty()) {
                out.println();
                out.println(Ansi.bold("Anonymous or unnamed sources"));
                for (StoryQuotes.Entry e : anonymous) {
                    print(out, e);
                    shown++;
                }
            }
            out.printf("%n%d quotes, %d named speakers%n", shown, sq.speakers().size());
        }
        return 0;
    }

    private static boolean matches(StoryQuotes.Speaker s, String query) {
        String q = query.toLowerCase(Locale.ROOT);
        return s.name().toLowerCase(Locale.ROOT).contains(q)
                || s.variants().stream()
                        .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(q));
    }

    private static void print(PrintWriter out, StoryQuotes.Entry e) {
        String kind = e.quote().kind().name().toLowerCase(Locale.ROOT);
        String via = e.quote().speakerText() == null ? "" : " (" + e.quote().speakerText() + ")";
        String text = e.text().replaceAll("\\s+", " ").strip();
        if (text.length() > 300) {
            text = text.substring(0, 299) + "…";
        }
        out.printf("  %-8s %s  [%s%s]%n", kind, kind.equals("direct") ? "“" + text + "”" : text, e.article(), via);
    }
}
