package io.storyline.quotegroups;

import io.storyline.speakers.EntityKind;
import io.storyline.speakers.Speaker;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whether two quotes can come from one source: the same canonical speaker; a spokesperson and the
 * institution or head of government of the same side they speak for; or two anonymous sources.
 */
final class SpeakerCompat {

    enum Level {
        SAME,
        UNKNOWN,
        DIFFERENT
    }

    private static final List<String> SPOKES = List.of("spokes", "press secretary", "press office", "mouthpiece");
    private static final List<String> HEADS =
            List.of("president", "prime minister", "chancellor", "leader", "king", "premier", "head of state");

    private final Map<String, Speaker> byId = new HashMap<>();

    SpeakerCompat(List<Speaker> speakers) {
        speakers.forEach(s -> byId.put(s.id(), s));
    }

    Level of(GroupQuote a, GroupQuote b) {
        String sa = a.speaker();
        String sb = b.speaker();
        if (sa != null && sb != null) {
            return sameSource(sa, sb) ? Level.SAME : Level.DIFFERENT;
        }
        if (a.anonymous() && b.anonymous()) {
            return Level.SAME;
        }
        return Level.UNKNOWN;
    }

    /** Whether two speaker ids are one source: the same id, or a spokesperson and what they speak for. */
    boolean sameSource(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Speaker x = byId.get(a);
        Speaker y = byId.get(b);
        return x != null && y != null && (speaksFor(x, y) || speaksFor(y, x));
    }

    /** Whether {@code voice} is a spokesperson of {@code principal}'s side speaking for it or its head. */
    private static boolean speaksFor(Speaker voice, Speaker principal) {
        String role = lower(voice.role());
        if (SPOKES.stream().noneMatch(role::contains)) {
            return false;
        }
        if (principal.kind() == EntityKind.INSTITUTION
                && role.contains(principal.name().toLowerCase(Locale.ROOT))) {
            return true;
        }
        String side = voice.side();
        if (side == null || !side.equals(principal.side())) {
            return false;
        }
        String theirs = lower(principal.role());
        return principal.kind() == EntityKind.INSTITUTION || HEADS.stream().anyMatch(theirs::contains);
    }

    private static String lower(@Nullable String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
