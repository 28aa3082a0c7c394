package io.storyline.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One pattern for time expressions and how to resolve its matches.
 *
 * @param name short name, for debugging
 * @param type the TIMEX3 type of its matches (a resolver may override it)
 * @param pattern the expression, guarded so that it never starts or ends inside a word
 * @param groups the names of the pattern's named groups
 * @param resolver turns a match into a value, or null to drop the match
 */
record Rule(String name, TimeType type, Pattern pattern, List<String> groups, Resolver resolver) {

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    Rule {
        groups = List.copyOf(groups);
    }

    /** Resolves one match in its context. */
    @FunctionalInterface
    interface Resolver {
        @Nullable
        Value resolve(Match m, Context c);
    }

    static Rule of(String name, TimeType type, String regex, Resolver resolver) {
        List<String> names = new ArrayList<>();
        Matcher g = GROUP_NAME.matcher(regex);
        while (g.find()) {
            if (!names.contains(g.group(1))) {
                names.add(g.group(1));
            }
        }
        return new Rule(name, type, Pattern.compile(Lexicon.B + regex + Lexicon.E), names, resolver);
    }
}
