package io.storyline.quotes;

import io.storyline.core.Span;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Turns marked segments into direct-quote drafts, each with the reporting clause it belongs to. */
final class MarkedQuotes {

    private static final String GAP_CHARS = " ,\u00a0–—―-:";
    private static final int MAX_GAP = 6;

    private final Doc doc;
    private final List<Attribution> atts;
    private final QuoteFinderOptions options;

    MarkedQuotes(Doc doc, List<Attribution> atts, QuoteFinderOptions options) {
        this.doc = doc;
        this.atts = atts;
        this.options = options;
    }

    List<Draft> drafts(List<Segment> segments) {
        List<@Nullable Attribution> own = new ArrayList<>();
        for (Segment s : segments) {
            own.add(attribution(s));
        }
        List<Draft> out = new ArrayList<>();
        List<Segment> kept = new ArrayList<>();
        Draft previous = null;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            Attribution a = own.get(i);
            Draft link = null;
            if (a == null) {
                if (previous != null && (s.continuesFrom() || sameLine(previous.span(), s))) {
                    link = rootOf(previous);
                } else if (i + 1 < segments.size() && own.get(i + 1) != null && sameLine(segments.get(i + 1), s)) {
                    a = own.get(i + 1);
                } else if (previous != null
                        && startsLine(s)
                        && previousLine(previous.span(), s)
                        && !lineHasAttribution(s)) {
                    link = rootOf(previous);
                }
            }
            if (a == null && (link == null || link.attribution() == null) && !worthKeeping(s)) {
                continue;
            }
            Draft d = new Draft(QuoteKind.DIRECT, s.content(), a, link);
            out.add(d);
            kept.add(s);
            previous = d;
        }
        // a quote over several paragraphs is attributed once, usually in its last paragraph
        for (int i = out.size() - 2; i >= 0; i--) {
            Draft d = out.get(i);
            if (kept.get(i).continues() && d.attribution() == null && d.sameSpeakerAs() == null) {
                out.set(i, new Draft(d.kind(), d.span(), null, rootOf(out.get(i + 1))));
            }
        }
        return out;
    }

    private static Draft rootOf(Draft d) {
        return d.attribution() == null && d.sameSpeakerAs() != null ? d.sameSpeakerAs() : d;
    }

    private boolean worthKeeping(Segment s) {
        int words = RuleQuoteFinder.words(doc.text, s.content());
        if (words < options.minUnattributedWords()) {
            return false;
        }
        String[] ws = s.content().of(doc.text).trim().split("\\s+");
        int caps = 0;
        for (String w : ws) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                caps++;
            }
        }
        return caps * 10 < ws.length * 7;
    }

    private @Nullable Attribution attribution(Segment s) {
        int close = s.close();
        Attribution best = null;
        int bestDistance = Integer.MAX_VALUE;
        int sentence = doc.sentenceAt(s.content().start());
        Attribution inThing = null;
        for (Attribution a : near(s)) {
            int start = a.clause().start();
            if (start > close && start - close <= MAX_GAP + 1 && gapOnly(close + 1, start) && a.content() == null) {
                return a;
            }
            Span c = a.content();
            if (c != null && c.overlaps(s.content())) {
                if (voice(a.speaker())) {
                    return a;
                }
                // "the position suggests that X’s “words” …, the spokesman said": the outer speaker's
                inThing = inThing == null ? a : inThing;
                continue;
            }
            if (a.sentence() == sentence || doc.sentenceAt(s.content().end() - 1) == a.sentence()) {
                int d = Math.min(
                        Math.abs(a.cue().start() - s.open()), Math.abs(a.cue().start() - close));
                if (d < bestDistance) {
                    best = a;
                    bestDistance = d;
                }
            }
        }
        if (inThing != null && (best == null || !voice(best.speaker()))) {
            return inThing;
        }
        return best;
    }

    /** Whether a mention can utter words: a person, a pronoun, a source, an institution or a name. */
    private boolean voice(Mention m) {
        if (m.kind() != MentionKind.GROUP || m.role() != null || Lexicon.INSTITUTIONS.contains(m.head())) {
            return true;
        }
        String words = m.span().of(doc.text).trim();
        int sp = words.lastIndexOf(' ');
        String last = sp < 0 ? words : words.substring(sp + 1);
        return !last.isEmpty() && Character.isUpperCase(last.charAt(0));
    }

    /** Attributions on the segment's line (binary search on the sorted list, then a bounded walk). */
    private List<Attribution> near(Segment s) {
        int lineStart = s.lineStart();
        int lineEnd = doc.lineEnd(s.close());
        int lo = 0;
        int hi = atts.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (atts.get(mid).cue().start() < lineStart) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Attribution> out = new ArrayList<>();
        for (int i = lo; i < atts.size() && atts.get(i).cue().start() < lineEnd && out.size() < 64; i++) {
            Attribution a = atts.get(i);
            if (Math.abs(a.cue().start() - s.close()) < 1500 || Math.abs(a.cue().start() - s.open()) < 1500) {
                out.add(a);
            }
        }
        return out;
    }

    private boolean gapOnly(int from, int to) {
        for (int i = from; i < to; i++) {
            if (GAP_CHARS.indexOf(doc.text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private boolean sameLine(Span a, Segment b) {
        return doc.lineStart(a.start()) == b.lineStart();
    }

    private boolean sameLine(Segment a, Segment b) {
        return a.lineStart() == b.lineStart();
    }

    private boolean startsLine(Segment s) {
        return doc.text.substring(s.lineStart(), s.open()).isBlank();
    }

    private boolean previousLine(Span previous, Segment s) {
        int prevLineEnd = doc.lineEnd(previous.end());
        return prevLineEnd < s.lineStart()
                && doc.text.substring(prevLineEnd, s.lineStart()).isBlank()
                && doc.text.substring(previous.end(), prevLineEnd).length() <= 3;
    }

    private boolean lineHasAttribution(Segment s) {
        return !near(s).isEmpty();
    }
}
