package io.storyline.time;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/** One match of a rule: its offsets and its named groups (those that took part). */
record Match(int start, int end, String text, Map<String, String> groups) {

    Match {
        groups = Map.copyOf(groups);
    }

    static Match of(Matcher m, List<String> names) {
        Map<String, String> g = new HashMap<>();
        for (String n : names) {
            String v = m.group(n);
            if (v != null) {
                g.put(n, v);
            }
        }
        return new Match(m.start(), m.end(), m.group(), g);
    }

    /** The named group's text, or null when it did not take part. */
    @Nullable
    String group(String name) {
        return groups.get(name);
    }

    /** The named group's text; the rule guarantees it took part. */
    String required(String name) {
        String v = groups.get(name);
        if (v == null) {
            throw new IllegalStateException("group " + name + " missing in match \"" + text + "\"");
        }
        return v;
    }
}
