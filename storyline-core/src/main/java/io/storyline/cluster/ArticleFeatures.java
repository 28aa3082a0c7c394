package io.storyline.cluster;

import io.storyline.analysis.AnalyzedArticle;
import io.storyline.analysis.TermStage;
import io.storyline.dedup.Fingerprint;
import io.storyline.embed.Embedding;
import io.storyline.names.Name;
import io.storyline.names.NameType;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.Token;
import io.storyline.time.DateRange;
import io.storyline.time.TimeExpression;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What story assembly needs of one article: its content-word counts, its names, its date, its
 * fingerprint and its embedding. Small enough to keep for every stored article.
 *
 * @param id article id
 * @param published publication date, or null
 * @param terms content-word lemma counts, lead terms counted more; keys {@code #YYYY} are years the
 *     text mentions
 * @param names name keys with how often each is mentioned, and the type of the first mention
 * @param nameTypes type of each name key
 * @param fingerprint MinHash signature, or null when the article had no text to hash
 * @param embedding embedding of the lead, or null when embeddings are off
 * @param cues what tells two similar events apart: title and lead words, stated dates, numbers
 */
public record ArticleFeatures(
        String id,
        @Nullable LocalDate published,
        Map<String, Integer> terms,
        Map<String, Integer> names,
        Map<String, NameType> nameTypes,
        @Nullable Fingerprint fingerprint,
        @Nullable Embedding embedding,
        Cues cues) {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");
    private static final int LEAD_SENTENCES = 2;

    public ArticleFeatures {
        terms = Map.copyOf(terms);
        names = Map.copyOf(names);
        nameTypes = Map.copyOf(nameTypes);
    }

    /** Features without cues (an article stored before cues existed, or a synthetic one). */
    public ArticleFeatures(
            String id,
            @Nullable LocalDate published,
            Map<String, Integer> terms,
            Map<String, Integer> names,
            Map<String, NameType> nameTypes,
            @Nullable Fingerprint fingerprint,
            @Nullable Embedding embedding) {
        this(id, published, terms, names, nameTypes, fingerprint, embedding, Cues.NONE);
    }

    /** These features with other cues. */
    public ArticleFeatures withCues(Cues c) {
        return new ArticleFeatures(id, published, terms, names, nameTypes, fingerprint, embedding, c);
    }

    /**
     * What an article states that tells one event from a similar one.
     *
     * @param title the title's words (lower case, three letters or more), empty without a title
     * @param lead the term keys of the first two sentences ({@link TermStage#key})
     * @param dates the days the text states (time expressions resolved to one day, {@code YYYY-MM-DD})
     * @param numbers the numbers written in digits that are not years, without separators ({@code
     *     1,200} → {@code 1200})
     */
    public record Cues(Set<String> title, Set<String> lead, Set<String> dates, Set<String> numbers) {

        /** No cues. */
        public static final Cues NONE = new Cues(Set.of(), Set.of(), Set.of(), Set.of());

        public Cues {
            title = Set.copyOf(title);
            lead = Set.copyOf(lead);
            dates = Set.copyOf(dates);
            numbers = Set.copyOf(numbers);
        }
    }

    /** Whether a term key stands for a year the text mentions ({@link TermStage#YEAR}). */
    public static boolean isYear(String key) {
        return key.startsWith(TermStage.YEAR);
    }

    /** The features of an analysed article (needs TERMS and NAMES; fingerprint and embedding optional). */
    public static ArticleFeatures of(AnalyzedArticle a) {
        Map<String, Integer> names = new LinkedHashMap<>();
        Map<String, NameType> types = new LinkedHashMap<>();
        for (Name n : a.names()) {
            names.merge(n.key(), 1, Integer::sum);
            types.putIfAbsent(n.key(), n.type());
        }
        return new ArticleFeatures(
                a.id(), a.article().published(), a.terms(), names, types, a.fingerprint(), a.embedding(), cues(a));
    }

    /** The cues of an analysed article (needs SENTENCES; stated dates when TIMES is there). */
    static Cues cues(AnalyzedArticle a) {
        Set<String> title = new TreeSet<>();
        String t = a.article().title();
        if (t != null) {
            Matcher m = WORD.matcher(t);
            while (m.find()) {
                if (m.group().length() > 2) {
                    title.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        Set<String> lead = new TreeSet<>();
        Set<String> numbers = new TreeSet<>();
        int i = 0;
        for (Sentence s : a.sentences()) {
            for (Token tok : s.tokens()) {
                String key = i < LEAD_SENTENCES ? TermStage.key(tok) : null;
                if (key != null && !isYear(key)) {
                    lead.add(key);
                }
                if (NUMBER.matcher(tok.text()).matches()) {
                    String n = tok.text().replace(",", "");
                    n = n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
                    if (!(n.length() == 4 && (n.startsWith("19") || n.startsWith("20")))) {
                        numbers.add(n);
                    }
                }
            }
            i++;
        }
        Set<String> dates = new TreeSet<>();
        for (TimeExpression x : a.times()) {
            DateRange r = x.range();
            if (r != null && r.first().equals(r.last())) {
                dates.add(r.first().toString());
            }
        }
        return new Cues(title, lead, dates, numbers);
    }
}
