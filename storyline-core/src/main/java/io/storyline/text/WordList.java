package io.storyline.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Word lists kept as data: a UTF-8 resource beside the class that uses it, one entry per line, lines
 * starting with {@code #} and blank lines skipped (an entry is the whole line, spaces included). Each
 * list is read once, into the class's static final field. Stateless and thread-safe.
 */
public final class WordList {

    private WordList() {}

    /** The entries of {@code resource} (a name relative to {@code owner}'s package) as a set. */
    public static Set<String> set(Class<?> owner, String resource) {
        return Set.copyOf(list(owner, resource));
    }

    /** The entries of {@code resource} (a name relative to {@code owner}'s package), in file order. */
    public static List<String> list(Class<?> owner, String resource) {
        String where = owner.getPackageName().replace('.', '/') + "/" + resource;
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list " + where + " is not on the classpath");
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            if (out.isEmpty()) {
                throw new IllegalStateException("word list " + where + " has no entries");
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + where + ": " + e.getMessage(), e);
        }
    }
}
