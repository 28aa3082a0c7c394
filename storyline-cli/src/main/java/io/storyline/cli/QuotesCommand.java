package io.storyline.cli;

import io.storyline.digest.StoryDigest;
import io.storyline.digest.StoryQuote;
import io.storyline.digest.StoryQuoteGroup;
import io.storyline.quotegroups.QuoteRelation;
import io.storyline.speakers.Speaker;
import io.storyline.store.Store;
import io.storyline.store.StoredArticle;
import io.storyline.store.StoryTitles;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Shows who said what in one story: quotes grouped by canonical speaker (or by side), each statement
 * with its other renderings in the story and the word diff of the ones that differ.
 */
@Command(
        mixinStandardHelpOptions = true,
        name = "quotes",
        description = {
            "Who said what in a story: quotes grouped by speaker (anonymous sources last) or by side.",
            "Under the first rendering of a statement, its renderings in other articles are listed with",
            "their relation (verbatim, trimmed, paraphrase, altered, misattributed) and a word diff:",
            "[-removed-] {+added+}."
        })
final class QuotesCommand implements Callable<Integer> {

    /** How to group the statements. */
    enum By {
        speaker,
        side,
        affiliation
    }

    @Mixin
    DataOptions data = new DataOptions();

    @Parameters(paramLabel = "STORY", description = "Story id (or an article id of the story).")
    String id = "";

    @Option(
            names = "--speaker",
            paramLabel = "NAME",
            description = "Only this speaker (any part of the name or of a variant spelling).")
    @Nullable
    String speaker;

    @Option(
            names = "--by",
            paramLabel = "speaker|side|affiliation",
            description = "Group by speaker (default), by side (the country or organisation each speaker belongs"
                    + " to) or by affiliation (the party or organisation the text says each speaker speaks for).")
    By by = By.speaker;

    @Option(
            names = "--no-embeddings",
            description = "Group renderings by their words only (faster; misses paraphrases).")
    boolean noEmbeddings;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = Stores.existing(data.data);
                Views views = Views.open(!noEmbeddings, store)) {
            List<StoredArticle> arts = Stories.inOrder(store, id, data);
            StoryDigest d = views.digests().of(arts);
            out.println(Ansi.bold(arts.get(0).story() + "  " + StoryTitles.title(arts)));
            List<Speaker> shownSpeakers = d.speakers().stream()
                    .filter(s -> speaker == null || matches(s, speaker))
                    .toList();
            if (speaker != null && shownSpeakers.isEmpty()) {
                throw new IllegalArgumentException("no speaker matching '" + speaker + "' in story "
                        + arts.get(0).story() + "; speakers: "
                        + String.join(
                                ", ", d.speakers().stream().map(Speaker::name).toList()));
            }
            int shown = switch (by) {
                case side -> grouped(out, d, d.bySide(), shownSpeakers);
                case affiliation -> grouped(out, d, d.byAffiliation(), shownSpeakers);
                case speaker -> bySpeaker(out, d, shownSpeakers);
            };
            out.printf(
                    "%n%d quotes, %d named speakers, %d statements told in more than one way%n",
                    shown, d.speakers().size(), d.quoteGroups().size());
        }
        return 0;
    }

    private int bySpeaker(PrintWriter out, StoryDigest d, List<Speaker> speakers) {
        int shown = 0;
        for (Speaker s : speakers) {
            out.println();
            out.println(heading(s));
            for (StoryQuote q : d.quotes()) {
                if (s.id().equals(q.speaker())) {
                    print(out, d, q, null);
                    shown++;
                }
            }
        }
        if (speaker == null) {
            List<StoryQuote> unnamed =
                    d.quotes().stream().filter(q -> q.speaker() == null).toList();
            if (!unnamed.isEmpty()) {
                out.println();
                out.println(Ansi.bold("Anonymous or unnamed sources"));
                for (StoryQuote q : unnamed) {
                    print(out, d, q, q.quote().speakerText());
                    shown++;
                }
            }
        }
        return shown;
    }

    private int grouped(PrintWriter out, StoryDigest d, Map<String, List<StoryQuote>> groups, List<Speaker> speakers) {
        int shown = 0;
        for (Map.Entry<String, List<StoryQuote>> side : groups.entrySet()) {
            List<StoryQuote> quotes = side.getValue().stream()
                    .filter(q -> speaker == null || speakers.stream().anyMatch(s -> s.id().equals(q.speaker())))
                    .toList();
            if (quotes.isEmpty()) {
                continue;
            }
            out.println();
            out.println(Ansi.bold(side.getKey()) + "  (" + quotes.size() + ")");
            for (StoryQuote q : quotes) {
                String who = q.speaker() == null
                        ? Optional.ofNullable(q.quote().speakerText()).orElse("unnamed") + " (unnamed)"
                        : d.speaker(q.speaker()).map(Speaker::name).orElse("?");
                print(out, d, q, who);
                shown++;
            }
        }
        return shown;
    }

    private static String heading(Speaker s) {
        StringBuilder h = new StringBuilder(Ansi.bold(s.name()));
        if (s.role() != null) {
            h.append(" — ").append(s.role());
        }
        List<String> where = new java.util.ArrayList<>(s.affiliations());
        if (s.side() != null && !where.contains(s.side())) {
            where.add(s.side());
        }
        if (!where.isEmpty()) {
            h.append(" (").append(String.join(", ", where)).append(')');
        }
        List<String> others =
                s.variants().stream().filter(v -> !v.equals(s.name())).toList();
        if (!others.isEmpty()) {
            h.append("  also written: ").append(String.join(", ", others));
        }
        return h.toString();
    }

    private static boolean matches(Speaker s, String query) {
        String q = query.toLowerCase(Locale.ROOT);
        return s.name().toLowerCase(Locale.ROOT).contains(q)
                || s.variants().stream()
                        .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(q));
    }

    private static void print(PrintWriter out, StoryDigest d, StoryQuote q, @Nullable String who) {
        String kind = q.quote().kind().name().toLowerCase(Locale.ROOT);
        String by = who == null ? "" : who + ": ";
        out.printf("  %-3s %-8s %s%s  [%s]%n", q.id(), kind, by, shown(q), shortId(q.article()));
        Optional<StoryQuoteGroup> group = d.groupOf(q.id());
        if (group.isEmpty()) {
            return;
        }
        List<String> members = group.get().quotes();
        if (!members.get(0).equals(q.id())) {
            out.printf(
                    "               another rendering of %s (%s)%n", members.get(0), relationTo(group.get(), q.id()));
            return;
        }
        for (StoryQuoteGroup.Relation r : relationsFrom(group.get(), q.id())) {
            StoryQuote other = d.quote(r.b()).orElseThrow();
            String line = r.relation() == QuoteRelation.VERBATIM
                    ? ""
                    : "  " + r.diff().render();
            String vs = r.a().equals(q.id()) ? "" : " (vs " + r.a() + ")";
            out.printf(
                    "      ↳ %s %-13s [%s]%s%s%n",
                    r.b(), r.relation().label(), shortId(other.article()), vs, clip(line));
        }
    }

    /** The group's relations reachable from {@code first}, each member once, earliest pair first. */
    private static List<StoryQuoteGroup.Relation> relationsFrom(StoryQuoteGroup g, String first) {
        Map<String, StoryQuoteGroup.Relation> byMember = new LinkedHashMap<>();
        for (StoryQuoteGroup.Relation r : g.relations()) {
            if (r.a().equals(first)) {
                byMember.putIfAbsent(r.b(), r);
            }
        }
        for (StoryQuoteGroup.Relation r : g.relations()) {
            if (!r.a().equals(first) && !byMember.containsKey(r.b()) && !r.b().equals(first)) {
                byMember.put(r.b(), r);
            }
        }
        return new ArrayList<>(byMember.values());
    }

    private static String relationTo(StoryQuoteGroup g, String member) {
        for (StoryQuoteGroup.Relation r : g.relations()) {
            if (r.b().equals(member) || r.a().equals(member)) {
                return r.relation().label();
            }
        }
        return "grouped";
    }

    private static String shown(StoryQuote q) {
        String text = clip(q.text().replaceAll("\\s+", " ").strip());
        return q.quote().kind().name().equals("DIRECT") ? "“" + text + "”" : text;
    }

    private static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 299) + "…" : s;
    }

    private static String shortId(String article) {
        return article.length() > 24 ? article.substring(0, 24) + "…" : article;
    }
}
