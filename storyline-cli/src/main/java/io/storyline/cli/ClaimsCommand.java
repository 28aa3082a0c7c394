package io.storyline.cli;

import io.storyline.claims.Claim;
import io.storyline.claims.ClaimStatus;
import io.storyline.claims.PairEvidence;
import io.storyline.claims.Support;
import io.storyline.digest.StoryDigest;
import io.storyline.store.Store;
import io.storyline.store.StoredArticle;
import io.storyline.store.StoryDigests;
import io.storyline.store.StoryTitles;
import java.io.PrintWriter;
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

/** Lists a story's claims with their support, independent origins and status. */
@Command(
        mixinStandardHelpOptions = true,
        name = "claims",
        description = {
            "What is established in a story: each claim with the articles that state it, how many independent",
            "origins back it (copies of one text and articles crediting one upstream report count once) and its",
            "status: corroborated (2+ origins), single-source, or contested (the story holds a contradiction)."
        })
final class ClaimsCommand implements Callable<Integer> {

    /** Statuses as the contract writes them. */
    enum Status {
        corroborated,
        single_source,
        contested;

        ClaimStatus status() {
            return switch (this) {
                case corroborated -> ClaimStatus.CORROBORATED;
                case single_source -> ClaimStatus.SINGLE_SOURCE;
                case contested -> ClaimStatus.CONTESTED;
            };
        }
    }

    @Mixin
    DataOptions data = new DataOptions();

    @Parameters(paramLabel = "STORY", description = "Story id (or an article id of the story).")
    String id = "";

    @Option(
            names = "--status",
            paramLabel = "STATUS",
            converter = StatusConverter.class,
            description = "Only claims with this status: corroborated, single-source or contested.")
    @Nullable
    Status status;

    @Option(
            names = "--all",
            description = "Also single-article claims (by default claims stated by 2+ articles, and contested ones).")
    boolean all;

    @Option(
            names = "--why",
            paramLabel = "CLAIM",
            description = "Show why the statements of this claim (e.g. c3) were joined: for each pair, what they"
                    + " share and the pair model's probability and features.")
    @Nullable
    String why;

    @Option(names = "--no-embeddings", description = "Compare statements by their words only (faster).")
    boolean noEmbeddings;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    /** Reads "single-source" as well as the enum name. */
    static final class StatusConverter implements picocli.CommandLine.ITypeConverter<Status> {
        @Override
        public Status convert(String value) {
            try {
                return Status.valueOf(value.strip().toLowerCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a status: corroborated, single-source or contested");
            }
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = Stores.existing(data.data);
                Views views = Views.open(!noEmbeddings, store)) {
            List<StoredArticle> arts = Stories.inOrder(store, id, data);
            StoryDigest d = views.digests().of(arts);
            Map<String, Integer> number = Stories.numbers(arts);
            arts.forEach(a -> out.printf("[%d] %s%n", number.get(a.id()), a.id()));
            out.println(Ansi.bold(arts.get(0).story() + "  " + StoryTitles.title(arts)));
            String whyClaim = why;
            if (whyClaim != null) {
                return why(out, views, arts, d, number, whyClaim);
            }
            int shown = 0;
            for (Claim c : d.evidence().claims()) {
                boolean wanted = status == null
                        ? all || c.articles().size() > 1 || c.status() == ClaimStatus.CONTESTED
                        : c.status() == status.status();
                if (!wanted) {
                    continue;
                }
                shown++;
                out.println();
                out.printf(
                        "%s %s — %s, %d independent origin%s%s%n",
                        c.id(),
                        Ansi.bold(oneLine(c.text())),
                        c.status().label(),
                        c.independentOrigins(),
                        c.independentOrigins() == 1 ? "" : "s",
                        c.quote() ? ", said by " + (c.speaker() == null ? "an unnamed source" : c.speaker()) : "");
                if (!c.contradicts().isEmpty()) {
                    out.printf("    contradicted by %s%n", String.join(", ", c.contradicts()));
                }
                for (Support s : c.support()) {
                    out.printf(
                            "    [%d] %s  (origin %s)%n",
                            number.getOrDefault(s.article(), 0),
                            clip(oneLine(s.text())),
                            s.origin().wire());
                }
            }
            out.printf(
                    "%n%d of %d claims shown%s%n",
                    shown,
                    d.evidence().claims().size(),
                    status == null && !all ? " (--all for single-article claims)" : "");
        }
        return 0;
    }

    private static int why(
            PrintWriter out,
            Views views,
            List<StoredArticle> arts,
            StoryDigest d,
            Map<String, Integer> number,
            String claimId) {
        Claim claim = d.evidence().claims().stream()
                .filter(c -> c.id().equals(claimId))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("story " + arts.get(0).story() + " has no claim " + claimId
                                + " (it has c1.." + "c" + d.evidence().claims().size() + ")"));
        out.println();
        out.printf(
                "%s %s — %s%n",
                claim.id(), Ansi.bold(oneLine(claim.text())), claim.status().label());
        for (Support s : claim.support()) {
            out.printf("    [%d] %s%n", number.getOrDefault(s.article(), 0), clip(oneLine(s.text())));
        }
        List<PairEvidence> pairs = views.digests()
                .digester()
                .why(arts.stream().map(StoryDigests::input).toList(), claim);
        if (claim.support().size() < 2) {
            out.println("  one statement: nothing was joined");
        } else if (pairs.isEmpty()) {
            out.println("  no candidate pair between its statements");
        }
        for (PairEvidence p : pairs) {
            out.printf(
                    Locale.ROOT,
                    "  [%d] + [%d]  score %.3f  cosine %.3f  story-IDF shared %.3f  names shared %.0f,"
                            + " mismatched %.2f  numbers mismatched %.2f%n",
                    number.getOrDefault(p.a().article(), 0),
                    number.getOrDefault(p.b().article(), 0),
                    p.score(),
                    p.features().getOrDefault("cosine", 0.0),
                    p.features().getOrDefault("idfShared", 0.0),
                    Math.expm1(p.features().getOrDefault("sharedNames", 0.0)),
                    p.features().getOrDefault("nameMismatch", 0.0),
                    p.features().getOrDefault("numberMismatch", 0.0));
            out.println("      shares: " + String.join(", ", p.shared()));
        }
        return 0;
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    static String clip(String s) {
        return s.length() > 200 ? s.substring(0, 199) + "…" : s;
    }
}
