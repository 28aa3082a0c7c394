package io.storyline.claims;

import io.storyline.nlp.OpenNlpAnalyzer;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.Token;
import io.storyline.text.Fold;
import io.storyline.text.WordList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement's text with the normalised forms used to compare it with other statements: words,
 * content lemmas, proper-name words, numbers and negations. Immutable and thread-safe.
 *
 * <p>Normalised forms are for matching only; offsets stay with the {@link ClaimUnit}.
 */
public final class Statement {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private static final Set<String> LIGHT_VERBS = WordList.set(Statement.class, "light-verbs.txt");

    static final Set<String> NEGATIONS = WordList.set(Statement.class, "negations.txt");

    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", "1"),
            Map.entry("two", "2"),
            Map.entry("three", "3"),
            Map.entry("four", "4"),
            Map.entry("five", "5"),
            Map.entry("six", "6"),
            Map.entry("seven", "7"),
            Map.entry("eight", "8"),
            Map.entry("nine", "9"),
            Map.entry("ten", "10"),
            Map.entry("eleven", "11"),
            Map.entry("twelve", "12"),
            Map.entry("twenty", "20"),
            Map.entry("thirty", "30"),
            Map.entry("forty", "40"),
            Map.entry("fifty", "50"),
            Map.entry("hundred", "100"),
            Map.entry("thousand", "1000"),
            Map.entry("million", "1000000"),
            Map.entry("billion", "1000000000"));

    private final String text;
    private final List<String> words;
    private final Set<String> content;
    private final Set<String> names;
    private final Set<String> numbers;
    private final int negations;
    private final boolean planned;
    private final boolean past;

    /** Words that mark an event as planned or expected rather than done. */
    private static final Set<String> PLAN_WORDS =
            Set.of("will", "ll", "scheduled", "plans", "planned", "planning", "expected", "intends", "upcoming");

    private Statement(
            String text,
            List<String> words,
            Set<String> content,
            Set<String> names,
            Set<String> numbers,
            int negations,
            boolean planned,
            boolean past) {
        this.text = text;
        this.words = List.copyOf(words);
        this.content = Set.copyOf(content);
        this.names = Set.copyOf(names);
        this.numbers = Set.copyOf(numbers);
        this.negations = negations;
        this.planned = planned;
        this.past = past;
    }

    /** The statement of a stand-alone text (a sentence or a few), tokenised by {@code nlp}. */
    public static Statement of(String text, OpenNlpAnalyzer nlp) {
        List<Token> tokens = new ArrayList<>();
        for (Sentence s : nlp.sentences(text, List.of())) {
            tokens.addAll(s.tokens());
        }
        return of(text, tokens);
    }

    /**
     * The statement of {@code text} whose tokens are {@code tokens} (offsets of the tokens are not
     * used; any tokens of the text in order will do).
     */
    public static Statement of(String text, List<Token> tokens) {
        Objects.requireNonNull(text, "text");
        List<String> words = new ArrayList<>();
        Set<String> content = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        int negations = 0;
        boolean planned = false;
        boolean past = false;
        for (Token t : tokens) {
            String w = norm(t.text());
            if (w.isEmpty()) {
                continue;
            }
            if (w.equals("nt")) {
                w = "not";
            }
            words.add(w);
            planned |= PLAN_WORDS.contains(w);
            past |= t.pos().equals("VERB") && w.endsWith("ed") && !w.equals(norm(t.lemma()));
            if (NEGATIONS.contains(w)
                    || (w.length() > 2 && (t.text().endsWith("n't") || t.text().endsWith("n’t")))) {
                negations++;
            }
            String num = NUMBER_WORDS.get(w);
            if (num != null) {
                numbers.add(num);
            }
            Matcher m = NUMBER.matcher(t.text());
            while (m.find()) {
                numbers.add(m.group().replace(",", ""));
            }
            String lemma = norm(t.lemma());
            if (lemma.isEmpty() || lemma.equals("o")) {
                lemma = w;
            }
            boolean name = t.pos().startsWith("PROPN") && t.capitalised();
            if (name) {
                names.add(w);
                content.add(w);
            } else if (t.contentWord() && !LIGHT_VERBS.contains(lemma) && !LIGHT_VERBS.contains(w)) {
                content.add(lemma);
            } else if (t.pos().equals("ADV") && w.length() > 3 && !LIGHT_VERBS.contains(w)) {
                content.add(lemma);
            }
        }
        return new Statement(text, words, content, names, numbers, negations, planned, past);
    }

    /** Lower case, accents and punctuation removed, possessive "'s" dropped. */
    static String norm(String w) {
        String s = Fold.lower(w);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        String out = sb.toString();
        if (out.endsWith("s") && (s.endsWith("'s") || s.endsWith("’s") || s.endsWith("‘s"))) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }

    public String text() {
        return text;
    }

    /** Normalised words in text order. */
    public List<String> words() {
        return words;
    }

    /** Content lemmas (nouns, names, verbs other than light verbs, adjectives, numbers, adverbs). */
    public Set<String> content() {
        return content;
    }

    /** Normalised proper-name words. */
    public Set<String> names() {
        return names;
    }

    /** Numbers as digit strings (number words converted, thousands separators removed). */
    public Set<String> numbers() {
        return numbers;
    }

    /** How many negation words the statement holds. */
    public int negations() {
        return negations;
    }

    /** Whether the statement speaks of a planned or expected event ("will", "scheduled", "plans"). */
    public boolean planned() {
        return planned;
    }

    /** Whether the statement has a verb in a past form ("arrived", "resumed"). */
    public boolean past() {
        return past;
    }

    /**
     * How much of the longer of the two statements is a word-for-word copy of the other: the longest
     * common word subsequence over the longer word count (1 for identical wording).
     */
    public double copyRatio(Statement other) {
        int max = Math.max(words.size(), other.words.size());
        return max == 0 ? 0 : (double) PairFeatures.lcs(words, other.words) / max;
    }

    /**
     * The text and every normalised form as a value: two statements with equal forms compare alike
     * with any third, so the story views compare one of them and reuse the result for the other
     * ({@link Copies}).
     */
    Forms forms() {
        return new Forms(text, words, content, names, numbers, negations, planned, past);
    }

    /** A statement's text and normalised forms, compared by value. */
    record Forms(
            String text,
            List<String> words,
            Set<String> content,
            Set<String> names,
            Set<String> numbers,
            int negations,
            boolean planned,
            boolean past) {}

    @Override
    public String toString() {
        return text;
    }
}
