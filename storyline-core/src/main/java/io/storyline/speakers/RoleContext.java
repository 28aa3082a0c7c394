package io.storyline.speakers;

import io.storyline.core.Span;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that describe a name where it is written: the title and modifiers before it ("Kremlin
 * spokesman", "US Secretary of State", "Russia’s longtime foreign minister,") and an appositive after
 * it (", a senior political analyst at the RAND Corporation,"). Stateless.
 *
 * @param before the modifiers before the name, or ""
 * @param after the appositive after the name, or ""
 */
record RoleContext(String before, String after) {

    private static final int WINDOW = 160;
    private static final int MAX_BEFORE_WORDS = 8;
    private static final Set<String> LINKS = Set.of("of", "the", "for", "at", "to", "on", "in");
    /** Lower-case words that stay in a title: "Obama's current campaign press secretary". */
    private static final Set<String> TITLE_WORDS =
            Set.of("campaign", "current", "committee", "party", "communications");

    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.)+|\\p{Lu}[a-z]{0,2}\\.");
    private static final Pattern APPOSITIVE = Pattern.compile("^\\s*,\\s*([^,.;:\\n“”\"]{3,140})");
    private static final Set<String> APPOSITIVE_STARTS = Set.of("a", "an", "the", "who");

    static RoleContext around(String text, Span name) {
        return new RoleContext(before(text, name.start()), after(text, name.end()));
    }

    private static String before(String text, int start) {
        String left = text.substring(Math.max(0, start - WINDOW), start);
        int nl = left.lastIndexOf('\n');
        if (nl >= 0) {
            left = left.substring(nl + 1);
        }
        String[] tokens = left.trim().isEmpty() ? new String[0] : left.trim().split("[\\s\\u00a0]+");
        Deque<String> kept = new ArrayDeque<>();
        for (int k = tokens.length - 1; k >= 0 && kept.size() < MAX_BEFORE_WORDS; k--) {
            String t = tokens[k];
            if (t.endsWith(",")) {
                String bare = t.substring(0, t.length() - 1);
                if (!kept.isEmpty() || !SpeakerNames.isRoleWord(bare)) {
                    break;
                }
                t = bare;
            } else if (t.matches(".*[.!?:;”\"]$") && !ABBREVIATION.matcher(t).matches()) {
                break;
            }
            String bare = t.replaceAll("^[^\\p{L}\\p{N}]+", "").replaceAll("[^\\p{L}\\p{N}.]+$", "");
            if (bare.isEmpty()) {
                break;
            }
            boolean upper = Character.isUpperCase(bare.codePointAt(0));
            if (!upper && !SpeakerNames.isRoleWord(bare) && !LINKS.contains(bare) && !TITLE_WORDS.contains(bare)) {
                break;
            }
            kept.addFirst(t);
        }
        while (!kept.isEmpty() && LINKS.contains(kept.peekFirst())) {
            kept.removeFirst();
        }
        return String.join(" ", kept);
    }

    private static String after(String text, int end) {
        String right = text.substring(end, Math.min(text.length(), end + WINDOW));
        Matcher m = APPOSITIVE.matcher(right);
        if (!m.find()) {
            return "";
        }
        String app = m.group(1).trim();
        String[] words = app.split("\\s+");
        String first = words[0];
        boolean ok = APPOSITIVE_STARTS.contains(first.toLowerCase(java.util.Locale.ROOT))
                || SpeakerNames.isRoleWord(first)
                || Set.of("Democrat", "Republican", "Independent").contains(first)
                || first.endsWith("’s")
                || first.endsWith("'s")
                || (words.length > 2 && Character.isLowerCase(first.charAt(0)) && SpeakerNames.isRoleWord(words[2]))
                || (words.length > 1 && Character.isLowerCase(first.charAt(0)) && SpeakerNames.isRoleWord(words[1]));
        return ok ? app : "";
    }

    /** Both parts, for side cues. */
    String all() {
        return (before + " " + after).trim();
    }
}
