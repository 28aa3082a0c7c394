package io.storyline.quotes;

import io.storyline.core.Span;
import io.storyline.names.Name;
import io.storyline.nlp.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the quotes of one article by rules: marked quotes in every common style, speech set off by
 * dashes, and indirect and mixed speech after reporting verbs; then attributes each to a speaker.
 *
 * <p>Marked quotes take their speaker from a clause right after the closing mark ("…,” said X",
 * "…” – X added"), from the reported clause they sit in, from a reporting clause in the same
 * sentence, or from a neighbouring quote in the same or previous paragraph. Reporting clauses are
 * found from reporting-verb lemmas and POS tags, with the subject noun phrase before the verb, an
 * inverted one after it, an appositive ("X, a former minister, said"), or the sentence subject for
 * a participle ("…, adding that"). Reported words are the clause after the cue, the clause before a
 * postposed one, both sides of a clause set inside ("X, officials said, Y"), the object of a stance
 * verb ("criticized the plan", "urged Congress to act") and the finding of a poll or report ("the
 * poll shows X ahead"); stance clauses without a speaker ("the fallout appears significant", "the
 * House is expected to vote") are reported whole with no speaker. A capitalised word of a person's
 * name found elsewhere in the article counts as a name whatever its tag. Pronouns respect gender and prefer the last sentence subject; role
 * descriptions resolve to the earlier person with that role, or else to the next person introduced
 * with matching words; anonymous sources keep their words but no speaker. Sentence breaks after
 * titles and initials ("Mrs. | Ortiz said") are undone first.
 *
 * <p>Offsets are half-open UTF-16 indices into the original text. Quotes inside boilerplate lines
 * are ignored. Immutable and thread-safe; linear in the text apart from small bounded look-backs.
 */
public final class RuleQuoteFinder {

    private static final String DASHES = "–—―";

    private final QuoteFinderOptions options;
    private final QuoteMarks marks;

    public RuleQuoteFinder(QuoteFinderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.marks = new QuoteMarks(options.singleMarks());
    }

    /** A finder with {@link QuoteFinderOptions#defaults()}. */
    public RuleQuoteFinder() {
        this(QuoteFinderOptions.defaults());
    }

    /**
     * The quotes of an article, in text order.
     *
     * @param text the article text the offsets point into
     * @param sentences its sentences with tokens, POS tags and lemmas (outside boilerplate)
     * @param names the name mentions found in it
     * @param boilerplate spans of boilerplate lines; nothing inside them is reported
     */
    public List<Quote> find(String text, List<Sentence> sentences, List<Name> names, List<Span> boilerplate) {
        List<Span> skip = boilerplate.stream().sorted().toList();
        List<Segment> segments = marks.find(text, skip);
        List<Sentence> live = SentenceRepair.repair(
                text,
                sentences.stream()
                        .filter(s -> skip.stream()
                                .noneMatch(b -> b.start() <= s.span().start()
                                        && b.end() >= s.span().end()))
                        .sorted(Comparator.comparing(Sentence::span))
                        .toList());
        Doc doc = new Doc(text, live, names, segments);
        List<Attribution> atts = new ArrayList<>(new Attributions(doc).find());
        Attribution headline = options.indirect() ? new HeadlineColons(doc).find() : null;
        Span headlineWords = headline == null ? null : headline.content();
        if (headline != null
                && headlineWords != null
                && atts.stream().noneMatch(a -> a.clause().start() < headlineWords.end())) {
            atts.add(0, headline);
        }
        List<Draft> drafts = new ArrayList<>(new MarkedQuotes(doc, atts, options).drafts(segments));
        if (options.dashSpeech()) {
            dashSpeech(doc, atts, drafts);
        }
        if (options.indirect()) {
            indirect(doc, atts, drafts);
            impressions(doc, atts, drafts);
        }
        return build(doc, drafts);
    }

    private static void dashSpeech(Doc doc, List<Attribution> atts, List<Draft> drafts) {
        String text = doc.text;
        for (Attribution a : atts) {
            int k = a.clause().start() - 1;
            while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\u00a0')) {
                k--;
            }
            if (k < 0
                    || DASHES.indexOf(text.charAt(k)) < 0
                    || (a.content() != null && !a.colon() && !a.contentBefore())) {
                continue;
            }
            int lineStart = doc.lineStart(k);
            if (!shortTail(doc, a)) {
                continue;
            }
            int start = lineStart;
            for (int i = k - 1; i >= lineStart; i--) {
                char c = text.charAt(i);
                if (c == ':'
                        || (DASHES.indexOf(c) >= 0 && (i == lineStart || Character.isWhitespace(text.charAt(i - 1))))) {
                    start = i + 1;
                    break;
                }
            }
            addDash(doc, drafts, start, k, a);
        }
        for (Attribution a : atts) {
            Span c = a.content();
            if (a.colon() && c != null && lineHasDash(doc, c.start())) {
                int lineEnd = doc.lineEnd(c.start());
                int end = lineEnd;
                for (int i = c.start(); i < lineEnd; i++) {
                    if (DASHES.indexOf(text.charAt(i)) >= 0 && Character.isWhitespace(text.charAt(i - 1))) {
                        end = i;
                        break;
                    }
                }
                addDash(doc, drafts, c.start(), end, a);
            }
        }
    }

    /** Whether little follows the clause before the next dash, colon or the end of the line. */
    private static boolean shortTail(Doc doc, Attribution a) {
        int from = a.clause().end();
        int end = doc.lineEnd(from);
        for (int i = from; i < end; i++) {
            char c = doc.text.charAt(i);
            if (c == ':' || DASHES.indexOf(c) >= 0) {
                end = i;
                break;
            }
        }
        return words(doc.text, new Span(from, end)) <= 12;
    }

    private static boolean lineHasDash(Doc doc, int at) {
        String line = doc.text.substring(doc.lineStart(at), doc.lineEnd(at));
        return line.contains(" – ") || line.contains(" — ") || line.startsWith("– ") || line.startsWith("— ");
    }

    private static void addDash(Doc doc, List<Draft> drafts, int from, int to, Attribution a) {
        int s = from;
        int e = to;
        while (s < e && (Character.isWhitespace(doc.text.charAt(s)) || doc.text.charAt(s) == '\u00a0')) {
            s++;
        }
        while (e > s && (Character.isWhitespace(doc.text.charAt(e - 1)) || doc.text.charAt(e - 1) == '\u00a0')) {
            e--;
        }
        Span span = new Span(s, e);
        if (words(doc.text, span) < 3 || doc.quotedShare(span) > 0) {
            return;
        }
        drafts.add(new Draft(QuoteKind.DIRECT, span, a, null));
        doc.markQuoted(span);
    }

    static int words(String text, Span span) {
        int n = 0;
        boolean in = false;
        for (int i = span.start(); i < span.end(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    private static void indirect(Doc doc, List<Attribution> atts, List<Draft> drafts) {
        Set<Span> seen = new HashSet<>();
        for (Attribution a : atts) {
            Span c = a.content();
            if (c == null || !seen.add(c)) {
                continue;
            }
            double share = doc.quotedShare(c);
            if (share >= 0.9 || nested(a, atts)) {
                continue;
            }
            drafts.add(new Draft(share > 0 ? QuoteKind.MIXED : QuoteKind.INDIRECT, c, a, null));
        }
    }

    /** Stance clauses without a speaker ("the fallout appears significant"), unless already found. */
    private static void impressions(Doc doc, List<Attribution> atts, List<Draft> drafts) {
        Set<Span> seen = new HashSet<>();
        drafts.forEach(d -> seen.add(d.span()));
        for (Span s : new Impressions(doc, atts).find()) {
            if (seen.add(s)) {
                drafts.add(new Draft(QuoteKind.INDIRECT, s, null, null));
            }
        }
    }

    /** Whether the clause sits inside another attribution's reported words. */
    private static boolean nested(Attribution a, List<Attribution> atts) {
        for (Attribution o : atts) {
            Span c = o.content();
            if (!o.equals(a)
                    && c != null
                    && c.start() <= a.clause().start()
                    && c.end() >= a.clause().end()) {
                Span mine = a.content();
                if (mine != null && c.start() <= mine.start() && c.end() >= mine.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Quote> build(Doc doc, List<Draft> drafts) {
        IdentityHashMap<Draft, @Nullable Attribution> roots = new IdentityHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (Draft d : drafts) {
            Attribution a = root(d);
            roots.put(d, a);
            if (a != null) {
                mentions.add(a.speaker());
            }
        }
        mentions.sort(Comparator.comparing(Mention::span));
        IdentityHashMap<Mention, SpeakerResolver.Resolved> resolved = new SpeakerResolver(doc).resolve(mentions);
        List<Quote> out = new ArrayList<>();
        for (Draft d : drafts) {
            Attribution a = roots.get(d);
            if (a == null) {
                out.add(new Quote(d.kind(), d.span(), null, null, null, null, null, false));
                continue;
            }
            Mention m = a.speaker();
            SpeakerResolver.Resolved r = resolved.get(m);
            Span cue = d.attribution() == null ? null : a.cue();
            Span where = clean(doc.text, m.span());
            String speaker = r == null || r.speaker() == null ? null : cleanName(r.speaker());
            out.add(new Quote(
                    d.kind(),
                    d.span(),
                    cue,
                    where,
                    where.of(doc.text),
                    speaker,
                    m.role(),
                    r != null && r.anonymous() && speaker == null));
        }
        out.sort(Comparator.comparing(Quote::span));
        return List.copyOf(out);
    }

    /** The span without punctuation or white space at its ends (a full stop after a letter stays). */
    static Span clean(String text, Span s) {
        int a = s.start();
        int b = s.end();
        while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1)) && !endsAbbreviation(text, a, b)) {
            b--;
        }
        return a < b ? new Span(a, b) : s;
    }

    private static boolean endsAbbreviation(String text, int a, int b) {
        char c = text.charAt(b - 1);
        return (c == '.' || c == ')') && b - 2 >= a && Character.isLetter(text.charAt(b - 2));
    }

    /** A speaker name without edge punctuation or a possessive ending ("Romney's" is Romney). */
    static @Nullable String cleanName(String name) {
        String s = name.strip().replaceAll("['’‘]s$", "");
        int a = 0;
        int b = s.length();
        while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
            a++;
        }
        while (b > a
                && !Character.isLetterOrDigit(s.charAt(b - 1))
                && s.charAt(b - 1) != '.'
                && s.charAt(b - 1) != ')') {
            b--;
        }
        return a < b ? s.substring(a, b) : null;
    }

    private static @Nullable Attribution root(Draft d) {
        Draft at = d;
        for (int hops = 0; hops < 1000; hops++) {
            if (at.attribution() != null) {
                return at.attribution();
            }
            Draft next = at.sameSpeakerAs();
            if (next == null) {
                return null;
            }
            at = next;
        }
        return null;
    }
}
