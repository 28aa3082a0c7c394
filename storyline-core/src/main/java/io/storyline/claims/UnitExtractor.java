package io.storyline.claims;

import io.storyline.core.Span;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.Token;
import io.storyline.quotes.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Cuts an article into claim units: each sentence outside the boilerplate is split into its quotes
 * (claims by their speakers) and the rest (facts), and long pieces are split again at clause
 * boundaries ("; ", ", while", "since", ", prompting", "after" + subject and verb, a long span in
 * quotation marks the quote finder left alone). Quotes of fewer than {@code minContent} content
 * words are scare quotes and stay in their sentence. Pieces with fewer than {@code minContent}
 * content words are dropped (attribution leftovers such as "he added"), except a clause saying that
 * a thing is something, which needs one fewer ("his demands are deliberately maximalist").
 *
 * <p>Spans are half-open UTF-16 indices into the article text. Stateless and thread-safe; linear in
 * the number of tokens.
 */
public final class UnitExtractor {

    private static final Set<String> CLAUSE_LINKS = Set.of(
            "while", "whereas", "although", "though", "since", "because", "but", "meaning", "and", "as", "however");
    private static final Set<String> BARE_LINKS = Set.of("while", "whereas", "although", "since", "because");
    private static final Set<String> TIME_LINKS = Set.of("after", "before", "until", "when");

    private final int minContent;
    private final int minClauseWords;

    /**
     * An extractor with the given limits.
     *
     * @param minContent fewest content words a unit must have
     * @param minClauseWords fewest words on either side of a clause split
     */
    public UnitExtractor(int minContent, int minClauseWords) {
        if (minContent < 1 || minClauseWords < 1) {
            throw new IllegalArgumentException(
                    "minContent and minClauseWords must be >= 1, got " + minContent + ", " + minClauseWords);
        }
        this.minContent = minContent;
        this.minClauseWords = minClauseWords;
    }

    /** Three content words per unit, five words per clause. */
    public UnitExtractor() {
        this(3, 5);
    }

    /** The units of {@code input}, in text order, indexed from 0. */
    public List<ClaimUnit> extract(ClaimInput input) {
        List<ClaimUnit> out = new ArrayList<>();
        for (Sentence s : input.sentences()) {
            if (s.span().overlapsAny(input.boilerplate()) || s.tokens().isEmpty()) {
                continue;
            }
            for (Piece p : pieces(s, statementQuotes(s, input.quotes()))) {
                List<List<Token>> clauses = clauses(p.tokens);
                for (List<Token> clause : clauses) {
                    add(out, input, clause, p.quote, clauses.size() == 1);
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The quotes of {@code s} long enough to be statements: a quote of fewer than {@code minContent}
     * content words is a scare quote ("maximalist", “details”) and stays part of its sentence.
     */
    private List<Quote> statementQuotes(Sentence s, List<Quote> quotes) {
        List<Quote> out = new ArrayList<>();
        for (Quote q : quotes) {
            if (!q.span().overlaps(s.span())) {
                continue;
            }
            long content = s.tokens().stream()
                    .filter(t ->
                            q.span().start() <= t.start() && t.end() <= q.span().end())
                    .filter(Token::contentWord)
                    .count();
            if (content >= minContent) {
                out.add(q);
            }
        }
        return out;
    }

    private record Piece(List<Token> tokens, @Nullable Quote quote) {}

    /** The sentence's quote contents and the runs of tokens between them. */
    private static List<Piece> pieces(Sentence s, List<Quote> quotes) {
        List<Piece> out = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        Quote current = null;
        List<Token> inQuote = new ArrayList<>();
        for (Token t : s.tokens()) {
            Quote q = covering(t, quotes);
            if (!java.util.Objects.equals(q, current)) {
                flush(out, current == null ? run : inQuote, current);
                run = new ArrayList<>();
                inQuote = new ArrayList<>();
                current = q;
            }
            if (q == null) {
                if (!inAttribution(t, quotes)) {
                    run.add(t);
                }
            } else {
                inQuote.add(t);
            }
        }
        flush(out, current == null ? run : inQuote, current);
        return out;
    }

    private static void flush(List<Piece> out, List<Token> tokens, @Nullable Quote q) {
        if (!tokens.isEmpty()) {
            out.add(new Piece(List.copyOf(tokens), q));
        }
    }

    private static @Nullable Quote covering(Token t, List<Quote> quotes) {
        for (Quote q : quotes) {
            if (q.span().start() <= t.start() && t.end() <= q.span().end()) {
                return q;
            }
        }
        return null;
    }

    private static boolean inAttribution(Token t, List<Quote> quotes) {
        for (Quote q : quotes) {
            if ((q.cue() != null && q.cue().contains(t.start()))
                    || (q.speakerSpan() != null && q.speakerSpan().contains(t.start()))) {
                return true;
            }
        }
        return false;
    }

    /** Splits a run of tokens at clause boundaries when both sides are long enough. */
    private List<List<Token>> clauses(List<Token> tokens) {
        List<List<Token>> out = new ArrayList<>();
        Set<Integer> quoteCuts = quoteCuts(tokens);
        int from = 0;
        for (int i = 1; i < tokens.size() - 1; i++) {
            if (quoteCuts.contains(i) && i > from) {
                out.add(tokens.subList(from, i));
                from = i;
                continue;
            }
            if (i - from < minClauseWords || tokens.size() - i < minClauseWords) {
                continue;
            }
            Token t = tokens.get(i);
            String w = t.text().toLowerCase(java.util.Locale.ROOT);
            boolean split = false;
            int at = i;
            boolean afterComma = tokens.get(i - 1).text().equals(",");
            if (w.equals(";") || w.equals("—") || w.equals("–")) {
                split = true;
                at = i + 1;
            } else if (afterComma && CLAUSE_LINKS.contains(w)) {
                split = hasVerb(tokens, i + 1);
            } else if (BARE_LINKS.contains(w)) {
                // "since he has …", but not the preposition in "since 1999, believes …"
                split = w.equals("since") ? clauseFollows(tokens, i + 1) : hasVerb(tokens, i + 1);
            } else if (afterComma && t.pos().equals("VERB") && w.endsWith("ing")) {
                split = true; // participial clause: ", prompting …", ", including …"
            } else if (TIME_LINKS.contains(w)) {
                split = clauseFollows(tokens, i + 1);
            }
            if (split) {
                out.add(tokens.subList(from, at));
                from = at;
            }
        }
        out.add(tokens.subList(from, tokens.size()));
        return out;
    }

    /**
     * Cut points around a span in quotation marks holding at least {@code minClauseWords} words
     * inside an otherwise unquoted run: the quoted words are a statement of their own.
     */
    private Set<Integer> quoteCuts(List<Token> tokens) {
        Set<Integer> out = new java.util.HashSet<>();
        int open = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).text();
            boolean opening = w.equals("“") || w.equals("«") || (w.equals("\"") && open < 0);
            boolean closing = w.equals("”") || w.equals("»") || (w.equals("\"") && open >= 0);
            if (opening && open < 0) {
                open = i;
            } else if (closing && open >= 0) {
                if (i - open - 1 >= minClauseWords) {
                    out.add(open);
                    out.add(i + 1);
                }
                open = -1;
            }
        }
        return out;
    }

    /** Whether a subject and a finite verb follow within a few words ("after Kyiv expressed"). */
    private static boolean clauseFollows(List<Token> tokens, int from) {
        boolean subject = false;
        for (int i = from; i < Math.min(tokens.size(), from + 5); i++) {
            String pos = tokens.get(i).pos();
            if (pos.equals("VERB") || pos.equals("AUX")) {
                return subject;
            }
            if (pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("PRON")) {
                subject = true;
            } else if (!pos.equals("DET") && !pos.equals("ADJ") && !pos.equals("NUM")) {
                return false;
            }
        }
        return false;
    }

    private static boolean hasVerb(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            String pos = tokens.get(i).pos();
            if (pos.equals("VERB") || pos.equals("AUX")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the unit of {@code tokens} (trimmed of punctuation and conjunctions at either end). A unit that
     * is a whole quote trimmed of punctuation only takes the quote's span, so that its text is the
     * quote's text, which the quote grouping of the same story may already have embedded.
     */
    private void add(List<ClaimUnit> out, ClaimInput input, List<Token> tokens, @Nullable Quote q, boolean whole) {
        int a = 0;
        int b = tokens.size();
        while (a < b && trimmable(tokens.get(a))) {
            a++;
        }
        while (b > a && trimmable(tokens.get(b - 1))) {
            b--;
        }
        if (a >= b) {
            return;
        }
        List<Token> kept = tokens.subList(a, b);
        long content = kept.stream().filter(Token::contentWord).count();
        if (content < minContent && !(content == minContent - 1 && predicative(kept))) {
            return;
        }
        Span span = new Span(kept.get(0).start(), kept.get(kept.size() - 1).end());
        if (q != null && whole && q.span().contains(span.start()) && wordless(input.text(), q.span(), span)) {
            span = q.span();
        }
        String text = span.of(input.text());
        out.add(new ClaimUnit(
                input.id(),
                out.size(),
                span,
                q != null,
                q == null ? null : q.speaker(),
                q == null ? null : q.speakerText(),
                Statement.of(text, kept)));
    }

    /**
     * Whether the tokens state that a thing is something: a noun or name, then a form of "be" (or another
     * auxiliary) with an adjective or noun after it ("his demands are deliberately maximalist"). Such a
     * clause is a statement with one content word fewer than others need; "he added" is not one.
     */
    private static boolean predicative(List<Token> tokens) {
        boolean subject = false;
        boolean copula = false;
        for (Token t : tokens) {
            String pos = t.pos();
            if (!copula && (pos.startsWith("NOUN") || pos.startsWith("PROPN"))) {
                subject = true;
            } else if (subject && pos.equals("AUX")) {
                copula = true;
            } else if (copula && (pos.startsWith("ADJ") || pos.startsWith("NOUN"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code outer} holds {@code inner} and nothing but punctuation and spaces around it. */
    private static boolean wordless(String text, Span outer, Span inner) {
        if (outer.start() > inner.start() || outer.end() < inner.end() || outer.end() > text.length()) {
            return false;
        }
        for (int i = outer.start(); i < outer.end(); i++) {
            if ((i < inner.start() || i >= inner.end()) && Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean trimmable(Token t) {
        String s = t.text();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return switch (t.pos()) {
                    case "CCONJ", "SCONJ" -> true;
                    default -> false;
                };
            }
        }
        return true;
    }
}
