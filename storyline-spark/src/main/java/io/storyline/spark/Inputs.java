package io.storyline.spark;

import io.storyline.core.Article;
import io.storyline.ingest.InputReader;
import io.storyline.ingest.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.jspecify.annotations.Nullable;

/**
 * Input of the job: the files under Hadoop-compatible paths ({@code file:}, {@code hdfs://},
 * {@code s3a://}, …), read by the CLI's own {@link InputReader}, so the formats, the article ids and
 * the reasons for skipping an input are the CLI's.
 *
 * <p>The driver lists the files (directories recursively, hidden entries skipped as the CLI skips
 * them); each task reads whole files. A local file is read in place; a remote one is first copied
 * to a local temporary file of the same name (the readers take a local path), and reported under its
 * URI.
 */
final class Inputs {

    private Inputs() {}

    /** One input: an article read from it, or the reason it was skipped. */
    record Item(
            String input,
            @Nullable ArticleRow article,
            @Nullable String reason) implements Serializable {}

    /** An {@link Article}, serializable. */
    record ArticleRow(
            String id,
            @Nullable String title,
            String text,
            @Nullable String published,
            @Nullable String outlet,
            @Nullable String url,
            @Nullable String language)
            implements Serializable {

        static ArticleRow of(Article a) {
            return new ArticleRow(
                    a.id(),
                    a.title(),
                    a.text(),
                    a.published() == null ? null : a.published().toString(),
                    a.outlet(),
                    a.url(),
                    a.language());
        }

        Article article() {
            return new Article(
                    id,
                    title,
                    text,
                    published == null ? null : java.time.LocalDate.parse(published),
                    outlet,
                    url,
                    language);
        }
    }

    /** The files under {@code paths} (sorted within a directory), and the inputs that do not exist. */
    static List<Item> list(List<String> paths, Configuration conf) {
        List<Item> out = new ArrayList<>();
        for (String p : paths) {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(p);
            try {
                FileSystem fs = path.getFileSystem(conf);
                if (!fs.exists(path)) {
                    out.add(new Item(p, null, "no such file or directory"));
                    continue;
                }
                walk(fs, fs.getFileStatus(path), out, 0);
            } catch (IOException e) {
                out.add(new Item(p, null, "cannot list: " + e.getMessage()));
            }
        }
        return out;
    }

    private static void walk(FileSystem fs, FileStatus status, List<Item> out, int depth) throws IOException {
        if (!status.isDirectory()) {
            out.add(new Item(status.getPath().toString(), null, null));
            return;
        }
        if (depth > 64) {
            out.add(new Item(status.getPath().toString(), null, "directory nested too deep (symbolic link loop?)"));
            return;
        }
        FileStatus[] children = fs.listStatus(status.getPath());
        java.util.Arrays.sort(children, Comparator.comparing(c -> c.getPath().getName()));
        for (FileStatus c : children) {
            if (!c.getPath().getName().startsWith(".")) {
                walk(fs, c, out, depth + 1);
            }
        }
    }

    /** Reads one listed file with the CLI's reader: its articles and its skipped inputs. */
    static List<Item> read(String file) {
        List<Item> out = new ArrayList<>();
        URI uri = new org.apache.hadoop.fs.Path(file).toUri();
        String scheme = uri.getScheme() == null ? "file" : uri.getScheme().toLowerCase(Locale.ROOT);
        Path local = scheme.equals("file") ? Path.of(uri.getPath()) : null;
        Path tmpDir = null;
        try {
            if (local == null) {
                tmpDir = Files.createTempDirectory("storyline-input");
                local = copy(file, tmpDir);
            }
            String shown = local.toString();
            new InputReader().read(List.of(local), r -> {
                String input = r.input().replace(shown, file);
                if (r instanceof ReadResult.Read read) {
                    out.add(new Item(input, ArticleRow.of(read.article()), null));
                } else if (r instanceof ReadResult.Skipped s) {
                    out.add(new Item(input, null, s.reason()));
                }
            });
        } catch (IOException | UncheckedIOException e) {
            out.add(new Item(file, null, "cannot read file: " + e.getMessage()));
        } finally {
            if (tmpDir != null) {
                deleteQuietly(tmpDir);
            }
        }
        return out;
    }

    private static Path copy(String file, Path dir) throws IOException {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file);
        FileSystem fs = path.getFileSystem(new Configuration());
        Path target = dir.resolve(path.getName());
        try (InputStream in = fs.open(path)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static void deleteQuietly(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary file left behind is harmless
        }
    }
}
