package io.storyline.claims;

import io.storyline.text.WordList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether two statements about the same thing assert opposite things: one negated and the other not,
 * opposite words on one axis (accept/reject, continue/stop, advance/retreat, rise/fall), the sign of
 * an axis flipped by a negation ("will not accept" agrees with "rejects"), opposite aims on the axis
 * of peace and war ("a peace aimed at continuing the conflict" against "a lasting peaceful
 * settlement"; see {@link #aim}), or disjoint numbers.
 * Stateless and thread-safe.
 */
final class Polarity {

    /** Clausal negators (not "without" or "nothing", which negate a phrase, not the assertion). */
    private static final Set<String> NEGATORS =
            Set.of("not", "never", "no", "cannot", "unlikely", "neither", "nor", "nt");

    private record Axis(List<String> positive, List<String> negative) {}

    private static final List<Axis> AXES = List.of(
            new Axis(
                    List.of("accept", "support", "agree", "approv", "welcom", "endors", "good", "favo"),
                    List.of("reject", "refus", "oppos", "deny", "denie", "denial", "dismiss", "bad")),
            new Axis(List.of("continu", "resum", "keep", "extend"), List.of("stop", "halt", "paus", "suspend")),
            new Axis(
                    List.of("advanc", "gain", "captur", "win", "won"),
                    List.of("retreat", "withdr", "lose", "loss", "lost")),
            new Axis(
                    List.of("increas", "rise", "rose", "grow", "grew"),
                    List.of("decreas", "fall", "fell", "declin", "drop")));

    private Polarity() {}

    /** Verbs going on with something and verbs ending it, for the aim of a war phrase. */
    private static final List<String> GO_ON = List.of("continu", "resum", "prolong", "keep", "extend");

    private static final List<String> END = List.of("stop", "halt", "end", "ended", "ending", "ends", "ceas");

    private static final List<String> WAR = List.of("war", "wars", "conflict", "fight", "hostilit", "bloodshed");

    private static final List<String> PEACE =
            List.of("peace", "settlement", "resolution", "truce", "ceasefire", "armistice");

    /** Nouns after which a peace word names a topic ("peace talks"), not an aim. */
    private static final List<String> TOPIC = List.of("talk", "discuss", "negotiat", "envoy", "process");

    /** Whether {@code a} and {@code b} (taken to speak of the same thing) contradict each other. */
    static boolean opposite(Statement a, Statement b) {
        int aimA = aim(a);
        int aimB = aim(b);
        if (aimA != 0 && aimB != 0 && aimA != aimB) {
            return true;
        }
        boolean negA = negated(a);
        boolean negB = negated(b);
        boolean anyAxis = false;
        for (Axis axis : AXES) {
            int sa = sign(a, axis);
            int sb = sign(b, axis);
            anyAxis |= sa != 0 || sb != 0;
            if (sa != 0 && sb != 0 && (negA ? -sa : sa) != (negB ? -sb : sb) && sameObject(a, b, axis)) {
                return true;
            }
        }
        if (!anyAxis && negA != negB) {
            return negA ? negatedIn(a, b) : negatedIn(b, a);
        }
        Set<String> na = quantities(a);
        Set<String> nb = quantities(b);
        return !na.isEmpty() && !nb.isEmpty() && disjoint(na, nb);
    }

    /** Short words that never tell what an axis word is about. */
    private static final Set<String> FUNCTION = WordList.set(Polarity.class, "function-words.txt");

    /**
     * Whether the axis words of {@code a} and {@code b} are about the same thing: the words after them
     * (up to three; in a passive with none after, the two before: "the offer was rejected"; not names,
     * negators, other axis words or function words) share a stem. "Will not accept peacekeepers" and "ready to accept the ceasefire" speak of two things; with
     * no such word on one side (a bare "Moscow refused") the statements count as speaking of one.
     */
    private static boolean sameObject(Statement a, Statement b, Axis axis) {
        Set<String> wa = around(a, axis);
        Set<String> wb = around(b, axis);
        if (wa.isEmpty() || wb.isEmpty()) {
            return true;
        }
        for (String w : wa) {
            if (wb.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> around(Statement s, Axis axis) {
        List<String> w = s.words();
        Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i < w.size(); i++) {
            if (!starts(w.get(i), axis.positive()) && !starts(w.get(i), axis.negative())) {
                continue;
            }
            int after = 0;
            for (int j = i + 1; j < Math.min(w.size(), i + 9) && after < 3; j++) {
                after += object(s, axis, w.get(j), out) ? 1 : 0;
            }
            if (after == 0 && passive(w, i)) {
                int before = 0;
                for (int j = i - 1; j >= Math.max(0, i - 5) && before < 2; j--) {
                    before += object(s, axis, w.get(j), out) ? 1 : 0;
                }
            }
        }
        return out;
    }

    /**
     * Whether what {@code negated} negates is spoken of in {@code other}: one of the (up to three) words
     * after its negator (not names or function words) shares a stem with a word of {@code other} ("did
     * not offer him the post" against "offered to appoint him"), or no such word follows the negator.
     * "Did not disclose the options" and "refused to discuss it" negate different things.
     */
    private static boolean negatedIn(Statement negated, Statement other) {
        List<String> w = negated.words();
        Set<String> thing = new java.util.HashSet<>();
        for (int i = 0; i < w.size(); i++) {
            if (!NEGATORS.contains(w.get(i))) {
                continue;
            }
            int found = 0;
            for (int j = i + 1; j < Math.min(w.size(), i + 7) && found < 3; j++) {
                found += object(negated, null, w.get(j), thing) ? 1 : 0;
            }
        }
        if (thing.isEmpty()) {
            return true;
        }
        Set<String> theirs = new java.util.HashSet<>();
        for (String x : other.words()) {
            object(other, null, x, theirs);
        }
        for (String t : thing) {
            if (theirs.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");

    /** Whether a form of "be" comes just before word {@code i} ("the offer was rejected"). */
    private static boolean passive(List<String> w, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 2); j--) {
            if (BE.contains(w.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** Adds the stem of {@code w} to {@code out} when it can tell what an axis word (or a negator) is about. */
    private static boolean object(Statement s, @Nullable Axis axis, String w, Set<String> out) {
        if (w.length() < 4
                || FUNCTION.contains(w)
                || NEGATORS.contains(w)
                || s.names().contains(w)
                || (axis != null && (starts(w, axis.positive()) || starts(w, axis.negative())))) {
            return false;
        }
        out.add(w.substring(0, Math.min(5, w.length())));
        return true;
    }

    /** The statement's numbers other than years (a year dates a fact; it does not measure it). */
    private static Set<String> quantities(Statement s) {
        Set<String> out = new java.util.HashSet<>();
        for (String n : s.numbers()) {
            if (!(n.length() == 4 && (n.startsWith("19") || n.startsWith("20")))) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * Whether one statement tells of a plan ("is scheduled to travel") and the other of the event as
     * done ("arrived"): two different claims, though not a contradiction.
     */
    static boolean planAndDeed(Statement a, Statement b) {
        return (a.planned() && !b.planned() && b.past()) || (b.planned() && !a.planned() && a.past());
    }

    /**
     * The aim a statement gives, on the axis of peace and war: -1 when it speaks of going on with a war
     * ("continuing the conflict", "does not want to stop the fight"), +1 when it speaks of ending one
     * ("to end the war") or, with no such phrase, of a peace, settlement or truce not negated just
     * before and not naming a topic ("peace talks"); 0 when it says neither or both. Negators count
     * within three words before the verb or the peace word.
     */
    static int aim(Statement s) {
        List<String> w = s.words();
        boolean goOn = false;
        boolean end = false;
        boolean peace = false;
        for (int i = 0; i < w.size(); i++) {
            String x = w.get(i);
            if (starts(x, WAR)) {
                for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
                    String v = w.get(j);
                    boolean on = starts(v, GO_ON);
                    boolean off = !v.startsWith("ceasefire") && starts(v, END);
                    if (on || off) {
                        boolean neg = negatedBefore(w, j);
                        goOn |= on != neg;
                        end |= off != neg;
                        break;
                    }
                }
            } else if (starts(x, PEACE) && !negatedBefore(w, i) && !(i + 1 < w.size() && starts(w.get(i + 1), TOPIC))) {
                peace = true;
            }
        }
        if (goOn != end) {
            return goOn ? -1 : 1;
        }
        return !goOn && peace ? 1 : 0;
    }

    private static boolean negatedBefore(List<String> w, int at) {
        for (int j = at - 1; j >= Math.max(0, at - 3); j--) {
            if (NEGATORS.contains(w.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean negated(Statement s) {
        int n = 0;
        for (String w : s.words()) {
            if (NEGATORS.contains(w)) {
                n++;
            }
        }
        return n % 2 == 1;
    }

    /** +1 when the statement has only positive words of the axis, -1 only negative ones, else 0. */
    private static int sign(Statement s, Axis axis) {
        boolean pos = false;
        boolean neg = false;
        for (String w : s.content()) {
            pos |= starts(w, axis.positive());
            neg |= starts(w, axis.negative());
        }
        return pos == neg ? 0 : pos ? 1 : -1;
    }

    /** Stems of four letters or more match as prefixes; shorter ones ("win", "bad") only whole. */
    private static boolean starts(String w, List<String> stems) {
        for (String stem : stems) {
            if (stem.length() >= 4 ? w.startsWith(stem) : w.equals(stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return false;
            }
        }
        return true;
    }
}
