package io.storyline.eval;

import io.storyline.core.Span;
import io.storyline.quotes.Quote;
import io.storyline.quotes.QuoteKind;
import io.storyline.text.Fold;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Scores found quotes against {@link GoldQuote} rows, three ways: the seed story's exact scorer, a
 * span-convention-free coverage scorer (PolNeAR), and speaker accuracy on annotated spans (BASIL).
 * Stateless.
 */
public final class QuoteScores {

    private static final Pattern EDGES = Pattern.compile(
            "^[\\s\\p{Punct}\\p{Pi}\\p{Pf}“”„«»‘’‹›–—―\\u00a0]+|[\\s\\p{Punct}\\p{Pi}\\p{Pf}“”„«»‘’‹›–—―\\u00a0]+$");
    private static final Set<String> NOT_NAMES = Set.of(
            "the",
            "of",
            "and",
            "a",
            "an",
            "he",
            "she",
            "they",
            "it",
            "his",
            "her",
            "their",
            "we",
            "i",
            "you",
            "mr",
            "mrs",
            "ms",
            "dr",
            "us",
            "u.s",
            "who",
            "that",
            "this",
            "said",
            "says",
            "president",
            "former",
            "senator",
            "sen",
            "rep",
            "gov",
            "governor",
            "secretary",
            "spokesman",
            "spokeswoman",
            "official",
            "officials",
            "state",
            "new",
            "for",
            "in",
            "on",
            "at",
            "to");

    private QuoteScores() {}

    /** Seed-story scores. */
    public record Seed(
            int directGold,
            int directGoldFound,
            int directFound,
            int directFoundCorrect,
            int indirectGold,
            int indirectGoldFound,
            int speakerJudged,
            int speakerCorrect,
            List<String> notes) {

        public double directRecall() {
            return ratio(directGoldFound, directGold);
        }

        public double directPrecision() {
            return ratio(directFoundCorrect, directFound);
        }

        public double indirectRecall() {
            return ratio(indirectGoldFound, indirectGold);
        }

        public double speakerAccuracy() {
            return ratio(speakerCorrect, speakerJudged);
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "direct recall %.3f (%d/%d) precision %.3f (%d/%d); indirect recall %.3f (%d/%d);"
                            + " speaker %.3f (%d/%d)",
                    directRecall(),
                    directGoldFound,
                    directGold,
                    directPrecision(),
                    directFoundCorrect,
                    directFound,
                    indirectRecall(),
                    indirectGoldFound,
                    indirectGold,
                    speakerAccuracy(),
                    speakerCorrect,
                    speakerJudged);
        }
    }

    /**
     * The seed scorer: direct quotes match when their texts are equal after stripping quotation
     * marks, white space and punctuation at the ends; indirect and mixed ones when each covers at
     * least half of the other. Optional rows count for neither recall nor against precision. The
     * speaker is judged on every found quote that matches a gold row.
     */
    public static Seed seed(Map<String, String> texts, List<GoldQuote> gold, Map<String, List<Quote>> found) {
        int dg = 0, dgf = 0, df = 0, dfc = 0, ig = 0, igf = 0, sj = 0, sc = 0;
        List<String> notes = new ArrayList<>();
        for (GoldQuote g : gold) {
            String text = texts.getOrDefault(g.article(), "");
            List<Quote> qs = found.getOrDefault(g.article(), List.of());
            if (!g.required()) {
                continue;
            }
            if (g.kind().equals("direct")) {
                dg++;
                boolean hit = qs.stream().anyMatch(q -> q.kind() == QuoteKind.DIRECT && sameText(text, q.span(), g));
                dgf += hit ? 1 : 0;
                if (!hit) {
                    notes.add(
                            "missed direct " + g.article() + ": " + g.content().of(text));
                }
            } else {
                ig++;
                boolean hit = qs.stream().anyMatch(q -> mutual(q.span(), g.content()));
                igf += hit ? 1 : 0;
                if (!hit) {
                    notes.add("missed indirect " + g.article() + ": "
                            + g.content().of(text));
                }
            }
        }
        for (Map.Entry<String, List<Quote>> e : found.entrySet()) {
            String text = texts.getOrDefault(e.getKey(), "");
            List<GoldQuote> rows =
                    gold.stream().filter(g -> g.article().equals(e.getKey())).toList();
            for (Quote q : e.getValue()) {
                GoldQuote match = bestSeedMatch(text, q, rows);
                if (q.kind() == QuoteKind.DIRECT) {
                    df++;
                    boolean ok = match != null;
                    dfc += ok ? 1 : 0;
                    if (!ok) {
                        notes.add("spurious direct " + e.getKey() + ": "
                                + q.span().of(text));
                    }
                }
                if (match != null) {
                    sj++;
                    boolean ok = sameSpeaker(match.speaker(), q);
                    sc += ok ? 1 : 0;
                    if (!ok) {
                        notes.add("wrong speaker " + e.getKey() + ": " + q.speaker() + " (" + q.speakerText()
                                + ", anonymous=" + q.anonymous() + ") for gold " + match.speaker() + " on \""
                                + abbreviate(q.span().of(text)) + "\"");
                    }
                }
            }
        }
        return new Seed(dg, dgf, df, dfc, ig, igf, sj, sc, List.copyOf(notes));
    }

    private static @Nullable GoldQuote bestSeedMatch(String text, Quote q, List<GoldQuote> rows) {
        for (GoldQuote g : rows) {
            if (sameText(text, q.span(), g)) {
                return g;
            }
        }
        if (q.kind() == QuoteKind.DIRECT) {
            for (GoldQuote g : rows) {
                if (overlap(q.span(), g.content())
                        >= 0.9 * Math.max(q.span().length(), g.content().length())) {
                    return g;
                }
            }
            return null;
        }
        for (GoldQuote g : rows) {
            if (!g.kind().equals("direct") && mutual(q.span(), g.content())) {
                return g;
            }
        }
        return null;
    }

    /** Coverage scores that ignore span conventions (for PolNeAR). */
    public record Coverage(int found, int foundInside, int gold, int goldCovered, int sourceCorrect) {

        public double precision() {
            return ratio(foundInside, found);
        }

        public double recall() {
            return ratio(goldCovered, gold);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double source() {
            return ratio(sourceCorrect, goldCovered);
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "content P %.3f (%d/%d) R %.3f (%d/%d) F1 %.3f; source %.3f (%d/%d)",
                    precision(),
                    foundInside,
                    found,
                    recall(),
                    goldCovered,
                    gold,
                    f1(),
                    source(),
                    sourceCorrect,
                    goldCovered);
        }
    }

    /**
     * Precision is the share of found quotes lying at least half inside one gold content span; recall
     * the share of gold content spans at least half covered by found quotes; source is judged on the
     * covered gold spans, using the found quote that covers most of the span: correct when its speaker
     * mention overlaps the gold source mention or shares a name word with it (a gold row without a
     * source is right only when the quote has no speaker mention either).
     */
    public static Coverage coverage(List<GoldQuote> gold, Map<String, List<Quote>> found) {
        Map<String, List<GoldQuote>> byArticle = new java.util.HashMap<>();
        for (GoldQuote g : gold) {
            byArticle.computeIfAbsent(g.article(), k -> new ArrayList<>()).add(g);
        }
        int f = 0, fi = 0, gTotal = 0, gc = 0, sc = 0;
        for (Map.Entry<String, List<GoldQuote>> e : byArticle.entrySet()) {
            List<Quote> qs = found.getOrDefault(e.getKey(), List.of());
            for (Quote q : qs) {
                f++;
                int len = Math.max(1, q.span().length());
                boolean inside = e.getValue().stream().anyMatch(g -> 2 * overlap(q.span(), g.content()) >= len);
                fi += inside ? 1 : 0;
            }
            for (GoldQuote g : e.getValue()) {
                gTotal++;
                if (2 * covered(g.content(), qs) < g.content().length()) {
                    continue;
                }
                gc++;
                Quote best = null;
                int bestOverlap = 0;
                for (Quote q : qs) {
                    int o = overlap(q.span(), g.content());
                    if (o > bestOverlap) {
                        best = q;
                        bestOverlap = o;
                    }
                }
                if (best != null && sourceMatches(g, best)) {
                    sc++;
                }
            }
        }
        for (Map.Entry<String, List<Quote>> e : found.entrySet()) {
            if (!byArticle.containsKey(e.getKey())) {
                f += e.getValue().size();
            }
        }
        return new Coverage(f, fi, gTotal, gc, sc);
    }

    private static boolean sourceMatches(GoldQuote g, Quote q) {
        Span gs = g.speakerSpan();
        Span qs = q.speakerSpan();
        if (gs == null) {
            return qs == null;
        }
        if (qs != null && gs.overlaps(qs)) {
            return true;
        }
        Set<String> goldWords = nameWords(g.speakerText());
        goldWords.retainAll(nameWords(q.speaker() == null ? q.speakerText() : q.speaker()));
        return !goldWords.isEmpty();
    }

    /** Speaker accuracy on annotated spans (BASIL): judged where a found quote overlaps the gold span. */
    public record Speakers(int gold, int matched, int correct) {

        public double accuracy() {
            return ratio(correct, matched);
        }

        public double accuracyOverAll() {
            return ratio(correct, gold);
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "speaker correct %.3f of matched (%d/%d), %.3f of all gold (%d/%d)",
                    accuracy(),
                    correct,
                    matched,
                    accuracyOverAll(),
                    correct,
                    gold);
        }
    }

    /**
     * For each gold row with a named speaker, the found quote overlapping it most; correct when its
     * speaker shares a name word with the gold speaker (a surname is enough).
     */
    public static Speakers speakers(List<GoldQuote> gold, Map<String, List<Quote>> found) {
        int n = 0, m = 0, c = 0;
        for (GoldQuote g : gold) {
            if (g.speaker() == null) {
                continue;
            }
            n++;
            Quote best = null;
            int bestOverlap = 0;
            for (Quote q : found.getOrDefault(g.article(), List.of())) {
                int o = overlap(q.span(), g.content());
                if (o > bestOverlap) {
                    best = q;
                    bestOverlap = o;
                }
            }
            if (best == null) {
                continue;
            }
            m++;
            c += sameSpeaker(g.speaker(), best) ? 1 : 0;
        }
        return new Speakers(n, m, c);
    }

    /**
     * Speaker accuracy on annotated spans judged on the story's canonical speakers (what the JSON and
     * the CLI show): {@code byName} counts the canonical name or one of its written variants matching
     * the gold name; {@code byNameOrAffiliation} also accepts, for a gold label naming a group ("Obama
     * campaign", "Republican lawmakers", "Nebraska officials"), a speaker whose affiliation read from
     * the text names that group (BASIL labels a spokesperson's or a member's words with the group).
     */
    public record StorySpeakerScores(
            int gold, int matched, int byName, int byNameOrAffiliation, int groupLabels, List<String> misses) {

        public StorySpeakerScores {
            misses = List.copyOf(misses);
        }

        public double nameAccuracy() {
            return ratio(byName, matched);
        }

        public double accuracy() {
            return ratio(byNameOrAffiliation, matched);
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "story speakers: name %.3f (%d/%d), name or affiliation %.3f (%d/%d); %d of %d gold rows carry a"
                            + " group label",
                    nameAccuracy(),
                    byName,
                    matched,
                    accuracy(),
                    byNameOrAffiliation,
                    matched,
                    groupLabels,
                    gold);
        }
    }

    /**
     * Scores gold speakers against canonical story speakers: for each gold row with a named speaker,
     * the found quote overlapping it most, and the story speaker {@code speakerOf} gives that quote
     * (article id, index in the article's quote list).
     */
    public static StorySpeakerScores storySpeakers(
            List<GoldQuote> gold,
            Map<String, List<Quote>> found,
            java.util.function.BiFunction<String, Integer, java.util.Optional<io.storyline.speakers.Speaker>>
                    speakerOf) {
        int n = 0, m = 0, byName = 0, byAffiliation = 0, groups = 0;
        List<String> misses = new ArrayList<>();
        for (GoldQuote g : gold) {
            String label = g.speaker();
            if (label == null) {
                continue;
            }
            n++;
            boolean group = groupLabel(label);
            groups += group ? 1 : 0;
            List<Quote> qs = found.getOrDefault(g.article(), List.of());
            int best = -1;
            int bestOverlap = 0;
            for (int i = 0; i < qs.size(); i++) {
                int o = overlap(qs.get(i).span(), g.content());
                if (o > bestOverlap) {
                    best = i;
                    bestOverlap = o;
                }
            }
            if (best < 0) {
                continue;
            }
            m++;
            var speaker = speakerOf.apply(g.article(), best);
            if (speaker.isEmpty()) {
                misses.add(label + " <- nobody (" + qs.get(best).speakerText() + ")");
                continue;
            }
            io.storyline.speakers.Speaker s = speaker.get();
            boolean name = namesMatch(label, s.name()) || s.variants().stream().anyMatch(v -> namesMatch(label, v));
            boolean affiliation = s.affiliations().stream()
                    .anyMatch(a -> a.equalsIgnoreCase(label) || (group && groupMatch(label, a)));
            byName += name ? 1 : 0;
            byAffiliation += name || affiliation ? 1 : 0;
            if (!name && !affiliation) {
                misses.add(label + " <- " + s.name() + " " + s.affiliations() + " [" + s.role() + "] ("
                        + qs.get(best).speakerText() + ")");
            }
        }
        return new StorySpeakerScores(n, m, byName, byAffiliation, groups, misses);
    }

    /** A gold label naming a group rather than a person: one word, a lower-case word, or a plural. */
    static boolean groupLabel(String label) {
        String[] words = label.trim().split("\\s+");
        if (words.length == 1) {
            return true;
        }
        for (String w : words) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                return true;
            }
        }
        return GROUP_PLURALS.contains(fold(words[words.length - 1]).trim());
    }

    private static final Set<String> GROUP_PLURALS =
            Set.of("democrats", "republicans", "lawmakers", "officials", "senators", "members", "leaders");

    /** Generic words of a group label that do not say which group it is. */
    private static final Set<String> GENERIC_GROUP_WORDS = Set.of(
            "party", "lawmaker", "official", "member", "leader", "senator", "senate", "house", "campaign", "and");

    private static boolean groupMatch(String label, String affiliation) {
        Set<String> a = groupWords(label);
        a.retainAll(groupWords(affiliation));
        return !a.isEmpty();
    }

    private static Set<String> groupWords(String s) {
        Set<String> out = new HashSet<>();
        for (String w : fold(s).split(" ")) {
            String stem = w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
            stem = stem.equals("democratic") ? "democrat" : stem;
            if (stem.length() >= 3 && !GENERIC_GROUP_WORDS.contains(stem)) {
                out.add(stem);
            }
        }
        return out;
    }

    /** A gold person name and one of ours: a shared name word, or a near spelling of one. */
    private static boolean namesMatch(String gold, String ours) {
        Set<String> gw = nameWords(gold.replaceAll("\\(.*?\\)", " "));
        for (String w : gw) {
            for (String o : nameWords(ours)) {
                if (w.equals(o) || (w.length() >= 5 && o.length() >= 5 && nearSpelling(w, o))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Gold null: the quote names nobody. Else a shared name word, or the gold surname inside ours. */
    public static boolean sameSpeaker(@Nullable String gold, Quote q) {
        String ours = q.speaker();
        if (gold == null) {
            return ours == null;
        }
        if (ours == null) {
            return false;
        }
        String g = gold.replaceAll("\\(.*?\\)", " ");
        if (namesMatch(g, ours)) {
            return true;
        }
        String oursFolded = fold(ours).replace(" ", "");
        String[] parts = fold(g).trim().split(" ");
        String surname = parts[parts.length - 1];
        return surname.length() >= 5 && oursFolded.contains(surname);
    }

    /** Two words one edit apart (a transliteration or a typo): "yermak" and "yermack". */
    private static boolean nearSpelling(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int j = 0;
        while (j < a.length() - i
                && j < b.length() - i
                && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) {
            j++;
        }
        return Math.max(a.length(), b.length()) - i - j <= 1;
    }

    static Set<String> nameWords(@Nullable String s) {
        Set<String> out = new HashSet<>();
        if (s == null) {
            return out;
        }
        for (String w : fold(s).split(" ")) {
            if (w.length() >= 2 && !NOT_NAMES.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static String fold(String s) {
        return Fold.lower(s)
                .replaceAll("['’‘]s\\b", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
    }

    /** Text with quotation marks, white space and punctuation stripped at both ends. */
    public static String core(String s) {
        return EDGES.matcher(s).replaceAll("");
    }

    private static boolean sameText(String text, Span found, GoldQuote g) {
        String a = core(found.of(text));
        return !a.isEmpty() && a.equals(core(g.content().of(text)));
    }

    private static boolean mutual(Span a, Span b) {
        int o = overlap(a, b);
        return 2 * o >= a.length() && 2 * o >= b.length() && o > 0;
    }

    static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    private static int covered(Span g, List<Quote> qs) {
        List<Span> parts = new ArrayList<>();
        for (Quote q : qs) {
            if (q.span().overlaps(g)) {
                parts.add(new Span(
                        Math.max(g.start(), q.span().start()),
                        Math.min(g.end(), q.span().end())));
            }
        }
        parts.sort(null);
        int total = 0;
        int at = g.start();
        for (Span p : parts) {
            int s = Math.max(at, p.start());
            if (p.end() > s) {
                total += p.end() - s;
                at = p.end();
            }
        }
        return total;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
