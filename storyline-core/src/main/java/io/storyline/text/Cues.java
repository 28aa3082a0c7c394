package io.storyline.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The line-level cues of {@link BoilerplateDetector}: a small generic lexicon of promotion, notice,
 * widget and credit words, always combined with the shape of the line (length, final punctuation,
 * imperative opening). Stateless; the patterns and sets are immutable.
 */
final class Cues {

    /** Calls to action that are boilerplate on their own when the line is short. */
    private static final Pattern STRONG_PROMPT = Pattern.compile(
            "^(sign[ -]?up|subscribe|discover more|click (here|to)|tap (here|to)|read more|read also|also read"
                    + "|(follow|join|like|contact|email|support) us\\b"
                    + "|see more|want more|don'?t miss|never miss|become a (member|subscriber|supporter)"
                    + "|support (us|our|independent)|donate|log ?in|sign ?in|register (now|for|to|here)"
                    + "|get (our|the latest|the best|breaking)|enjoy(ed)? (this|reading))\\b");

    /** Imperatives that need a channel word (newsletter, email, a social network, a handle) after them. */
    private static final Pattern WEAK_PROMPT = Pattern.compile(
            "^(follow|share|like|join|get|listen|watch|download|send|email|contact|tip|tell|check out)\\b");

    private static final Pattern CHANNEL = Pattern.compile(
            "\\b(newsletters?|e-?mails?|inbox|twitter|facebook|instagram|telegram|youtube|tiktok|linkedin|whatsapp"
                    + "|podcasts?|apps?|updates|alerts|notifications|x\\.com|bluesky|rss)\\b"
                    + "|@\\w");

    /** A label followed by a separator and more text: "Read more: ...", "RELATED | ...". */
    private static final Pattern LABEL_PREFIX = Pattern.compile(
            "^(read more|read also|also read|related( content| articles| stories| coverage)?|see also|more on this"
                    + "|recommended|advertisement|sponsored|watch|listen|editor'?s picks?|trending|most read)"
                    + "\\s*[:|»›>\u2013\u2014-]\\s*\\S");

    private static final Set<String> WIDGET_WORDS = WordList.set(Cues.class, "widget-words.txt");

    private static final Set<String> STRONG_WIDGET_WORDS = WordList.set(Cues.class, "strong-widget-words.txt");

    private static final Pattern NOTICE_TERMS = Pattern.compile(
            "\\b(privacy|polic(y|ies)|cookies?|terms of (use|service)|terms and conditions|re-?captcha|captcha"
                    + "|newsletters?|unsubscribe|subscri(be|ption)|consent|personal (data|information)|advertising"
                    + "|third[ -]part(y|ies)|external parties|website|e-?mails?|inbox|marketing|opt[ -]out|google"
                    + "|copyright|all rights reserved|sign[ -]?up)\\b");

    private static final Pattern NOTICE_OPENING = Pattern.compile(
            "^(privacy (notice|policy|statement)|cookie (notice|policy|settings)|terms of (use|service)|copyright"
                    + "|\u00a9|all rights reserved)");

    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "^\\(?\\s*(photo|photos|photograph|image|images|picture|pictures|video|credit|credits|illustration"
                    + "|graphic|caption)( (credit|source|by))?\\s*[:/|]");

    private static final Pattern CREDIT_PAREN = Pattern.compile("\\(([^()]*)\\)\\s*$");

    /** What a photo credit in closing brackets looks like: "(AP Photo/Jane Doe)", "(Getty Images)". */
    private static final Pattern PAREN_CREDIT = Pattern.compile(
            "^\\s*((ap|afp|reuters|epa|pa|file) )?(photo|photograph|image|picture)s?\\b|\\b(getty|shutterstock|alamy)\\b"
                    + "|/.*\\b(photos?|images)\\b|^\\s*(photo |image )?courtesy( of)? \\p{L}+(\\s+\\p{L}+)?\\s*$");

    private static final Set<String> CREDIT_WORDS = WordList.set(Cues.class, "credit-words.txt");

    private static final Set<String> STRONG_CREDIT_WORDS =
            Set.of("getty", "shutterstock", "alamy", "istock", "istockphoto", "photo", "photos", "images", "courtesy");

    private static final Pattern REPORTING = Pattern.compile(
            "\\b(said|says|say|told|tells|according to|added|adds|asked|stated|announced|wrote|claimed|insisted"
                    + "|warned|explained|argued|noted|declared|reported)\\b");

    private static final Pattern QUOTE_MARKS = Pattern.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]");

    private Cues() {}

    /** Lower-cased, NFKC-normalised form used by every cue; see {@link MatchText}. */
    static String lower(String content) {
        return MatchText.normalize(content);
    }

    /** Words: white-space separated tokens that contain a letter or digit. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        boolean word = false;
        for (int i = 0; i <= s.length(); i++) {
            boolean space = i == s.length() || Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00a0';
            if (!space) {
                if (start < 0) {
                    start = i;
                    word = false;
                }
                word |= Character.isLetterOrDigit(s.charAt(i));
            } else if (start >= 0) {
                if (word) {
                    out.add(s.substring(start, i));
                }
                start = -1;
            }
        }
        return out;
    }

    /** Whether the line ends like a sentence ({@code . ! ? …}), ignoring closing quotes and brackets. */
    static boolean endsSentence(String content) {
        int i = content.length() - 1;
        while (i >= 0 && (Character.isWhitespace(content.charAt(i)) || "\"'”’»)]".indexOf(content.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(content.charAt(i)) >= 0;
    }

    /** Whether the line reports speech or quotes someone: such a line is content for the lexicon rules. */
    static boolean speech(String lower) {
        return REPORTING.matcher(lower).find() || QUOTE_MARKS.matcher(lower).find();
    }

    /** The cue kind of one line on its own, or null. {@code lower} is {@link #lower(String)} of the line. */
    static @Nullable BoilerplateKind classify(String content, String lower, BoilerplateOptions options) {
        int n = words(lower).size();
        if (n == 0) {
            return null;
        }
        BoilerplateKind credit = credit(content, lower, n, options);
        if (credit != null) {
            return credit;
        }
        if (speech(lower)) {
            return null;
        }
        String opening = lower.replaceFirst("^[^\\p{L}\\p{N}]+", "");
        if (n <= options.shortLineWords() + 6 && isPrompt(opening)) {
            return BoilerplateKind.PROMPT;
        }
        if (isMarker(opening, n, content)) {
            return BoilerplateKind.MARKER;
        }
        if (isNotice(lower, n, options)) {
            return BoilerplateKind.NOTICE;
        }
        return null;
    }

    private static boolean isPrompt(String opening) {
        if (STRONG_PROMPT.matcher(opening).find()) {
            return true;
        }
        Matcher weak = WEAK_PROMPT.matcher(opening);
        return weak.find() && CHANNEL.matcher(opening.substring(weak.end())).find();
    }

    private static boolean isMarker(String opening, int n, String content) {
        if (n <= 25 && LABEL_PREFIX.matcher(opening).find()) {
            return true;
        }
        if (n > 6 || endsSentence(content)) {
            return false;
        }
        boolean strong = false;
        for (String w : words(opening)) {
            String t = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}']+$", "");
            if (!WIDGET_WORDS.contains(t)) {
                return false;
            }
            strong |= STRONG_WIDGET_WORDS.contains(t);
        }
        return strong || opening.startsWith("read more");
    }

    private static boolean isNotice(String lower, int n, BoilerplateOptions options) {
        Matcher m = NOTICE_TERMS.matcher(lower);
        Set<String> distinct = new HashSet<>();
        int hits = 0;
        while (m.find()) {
            hits++;
            distinct.add(m.group().replaceAll("s$", ""));
        }
        if (NOTICE_OPENING.matcher(lower).find() && distinct.size() >= 2) {
            return true;
        }
        return distinct.size() >= options.noticeMinCues() && hits >= options.noticeMinDensity() * n;
    }

    private static @Nullable BoilerplateKind credit(String content, String lower, int n, BoilerplateOptions o) {
        if (n <= o.shortLineWords()
                && (content.indexOf('\u00a9') >= 0
                        || CREDIT_LABEL.matcher(lower).find())) {
            return BoilerplateKind.CREDIT;
        }
        Matcher paren = CREDIT_PAREN.matcher(lower);
        if (n <= 80 && paren.find()) {
            String inside = paren.group(1);
            if (Cues.words(inside).size() <= 8 && PAREN_CREDIT.matcher(inside).find()) {
                return BoilerplateKind.CREDIT;
            }
        }
        return n <= 6 && onlyCreditWords(lower) ? BoilerplateKind.CREDIT : null;
    }

    private static boolean onlyCreditWords(String lower) {
        boolean strong = false;
        for (String t : lower.split("[^\\p{L}\\p{N}]+")) {
            if (t.isEmpty()) {
                continue;
            }
            String w = t.toLowerCase(Locale.ROOT);
            if (!CREDIT_WORDS.contains(w)) {
                return false;
            }
            strong |= STRONG_CREDIT_WORDS.contains(w);
        }
        return strong;
    }
}
