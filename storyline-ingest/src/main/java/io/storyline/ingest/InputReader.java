package io.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.core.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads articles from files and directories: {@code .txt}, {@code .html}/{@code .htm}, {@code .json},
 * {@code .jsonl} and WARC archives ({@code .warc}, {@code .warc.gz}; see {@link WarcArticleReader}), as
 * described in the input contract.
 *
 * <p>Directories are walked recursively in sorted order (hidden entries skipped), so the same inputs
 * always give the same sequence. Items are handed to the consumer one at a time as they are read: one
 * file (or one JSON Lines or WARC record) is in memory at a time. Every bad input — missing, unreadable, empty,
 * binary, invalid UTF-8, malformed JSON, wrong field type, over the size limit, unsupported type — is
 * reported as a {@link ReadResult.Skipped} naming it, and reading goes on with the next one.
 *
 * <p>Thread-safe: an instance holds only its immutable options.
 */
public final class InputReader {

    /**
     * Reader settings.
     *
     * @param maxBytes largest file read, in bytes; for {@code .jsonl} files, the largest record (line);
     *     for WARC archives, the largest page
     */
    public record Options(long maxBytes) {
        /** 20 MB. */
        public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

        public Options {
            if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException(
                        "maxBytes must be between 1 and " + (Integer.MAX_VALUE - 16) + ", got " + maxBytes);
            }
        }

        /** The defaults: 20 MB per file or JSON Lines record. */
        public static Options defaults() {
            return new Options(DEFAULT_MAX_BYTES);
        }
    }

    private final Options options;
    private final HtmlExtractor extractor = new HtmlExtractor();
    private final ArticleJson articleJson = new ArticleJson(extractor);
    private final ObjectMapper mapper = new ObjectMapper();
    private final FileAccess files;

    /** A reader with the default options. */
    public InputReader() {
        this(Options.defaults());
    }

    /** A reader with {@code options}. */
    public InputReader(Options options) {
        this(options, FileAccess.DEFAULT);
    }

    InputReader(Options options, FileAccess files) {
        this.options = options;
        this.files = files;
    }

    /** Reads every input in {@code paths}, in order, handing each article or skipped input to {@code sink}. */
    public void read(List<Path> paths, Consumer<? super ReadResult> sink) {
        for (Path path : paths) {
            readPath(path, sink);
        }
    }

    /** Reads everything into a list; convenient for small inputs and tests. */
    public List<ReadResult> readAll(List<Path> paths) {
        List<ReadResult> out = new ArrayList<>();
        read(paths, out::add);
        return out;
    }

    /**
     * Reads one article object (the contract's JSON, as in a {@code .json} file) from {@code bytes}, a
     * message from a log such as Kafka, say; {@code input} names it in the reason when it is bad (empty,
     * binary, invalid UTF-8, malformed JSON, wrong field type, over the size limit).
     */
    public ReadResult readJson(String input, byte[] bytes) {
        try {
            if (bytes.length > options.maxBytes()) {
                throw new BadInputException("record is " + megabytes(bytes.length) + ", over the size limit of "
                        + megabytes(options.maxBytes()));
            }
            if (bytes.length == 0) {
                throw new BadInputException("empty record");
            }
            String text = TextDecoding.decode(bytes, bytes.length);
            if (text.isBlank()) {
                throw new BadInputException("empty record (only white space)");
            }
            return new ReadResult.Read(input, jsonArticle(text));
        } catch (BadInputException e) {
            return new ReadResult.Skipped(input, String.valueOf(e.getMessage()));
        }
    }

    private void readPath(Path path, Consumer<? super ReadResult> sink) {
        if (!Files.exists(path)) {
            sink.accept(new ReadResult.Skipped(
                    path.toString(),
                    Files.isSymbolicLink(path) ? "broken symbolic link" : "no such file or directory"));
        } else if (Files.isDirectory(path)) {
            readDirectory(path, sink, 0);
        } else {
            readFile(path, sink);
        }
    }

    private void readDirectory(Path dir, Consumer<? super ReadResult> sink, int depth) {
        if (depth > 64) {
            sink.accept(new ReadResult.Skipped(dir.toString(), "directory nested too deep (symbolic link loop?)"));
            return;
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = files.list(dir)) {
            for (Path child : stream) {
                if (!isHidden(child)) {
                    children.add(child);
                }
            }
        } catch (AccessDeniedException e) {
            sink.accept(new ReadResult.Skipped(dir.toString(), "cannot read directory: permission denied"));
            return;
        } catch (IOException e) {
            sink.accept(new ReadResult.Skipped(dir.toString(), "cannot read directory: " + describe(e)));
            return;
        }
        children.sort(null);
        for (Path child : children) {
            if (Files.isDirectory(child)) {
                readDirectory(child, sink, depth + 1);
            } else if (!Files.exists(child)) {
                sink.accept(new ReadResult.Skipped(child.toString(), "broken symbolic link"));
            } else {
                readFile(child, sink);
            }
        }
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private void readFile(Path file, Consumer<? super ReadResult> sink) {
        String input = file.toString();
        Format format = Format.of(file);
        if (format == null) {
            sink.accept(new ReadResult.Skipped(
                    input,
                    "unsupported file type \"" + extension(file)
                            + "\"; expected .txt, .html, .htm, .json, .jsonl, .warc or .warc.gz"));
            return;
        }
        if (format == Format.JSONL) {
            readJsonLines(file, sink);
            return;
        }
        if (format == Format.WARC) {
            new WarcArticleReader(options.maxBytes(), extractor).read(file, sink);
            return;
        }
        try {
            String text = readText(file, format);
            sink.accept(new ReadResult.Read(input, toArticle(format, file, text)));
        } catch (BadInputException e) {
            sink.accept(new ReadResult.Skipped(input, String.valueOf(e.getMessage())));
        }
    }

    private String readText(Path file, Format format) throws BadInputException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new BadInputException("cannot read file: " + describe(e));
        }
        if (size > options.maxBytes()) {
            throw new BadInputException(
                    "file is " + megabytes(size) + ", over the size limit of " + megabytes(options.maxBytes()));
        }
        byte[] bytes;
        try (InputStream in = files.open(file)) {
            bytes = in.readNBytes((int) options.maxBytes() + 1);
        } catch (IOException e) {
            throw new BadInputException("cannot read file: " + describe(e));
        }
        if (bytes.length > options.maxBytes()) {
            throw new BadInputException("file is over the size limit of " + megabytes(options.maxBytes()));
        }
        String text = format == Format.HTML
                ? TextDecoding.decodeHtml(bytes, bytes.length)
                : TextDecoding.decode(bytes, bytes.length);
        if (text.isBlank()) {
            throw new BadInputException("empty file (only white space)");
        }
        return text;
    }

    private Article toArticle(Format format, Path file, String text) throws BadInputException {
        return switch (format) {
            case TXT -> new Article(fileId(file), null, text, null, null, null, null);
            case HTML -> htmlArticle(file, text);
            case JSON -> jsonArticle(text);
            case JSONL, WARC -> throw new IllegalStateException(format + " files are streamed, not read whole");
        };
    }

    private Article htmlArticle(Path file, String html) throws BadInputException {
        ExtractedPage page = extractor.extract(html, null);
        if (page.text().isBlank()) {
            throw new BadInputException(HtmlExtractor.emptyReason(html));
        }
        return new Article(fileId(file), page.title(), page.text(), page.published(), page.outlet(), page.url(), null);
    }

    private Article jsonArticle(String json) throws BadInputException {
        try {
            return articleJson.toArticle(mapper.readTree(json));
        } catch (JsonProcessingException e) {
            throw new BadInputException("malformed JSON: " + JsonLines.message(e));
        }
    }

    private void readJsonLines(Path file, Consumer<? super ReadResult> sink) {
        try (InputStream in = files.open(file)) {
            new JsonLines(file.toString(), options.maxBytes(), mapper, articleJson).read(in, sink);
        } catch (IOException e) {
            sink.accept(new ReadResult.Skipped(file.toString(), "cannot read file: " + describe(e)));
        }
    }

    /** The file name without its extension, with characters outside {@code [A-Za-z0-9._-]} replaced by '_'. */
    static String fileId(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String id = stem.replaceAll("[^A-Za-z0-9._-]", "_");
        if (id.isEmpty() || !Character.isLetterOrDigit(id.charAt(0))) {
            id = "f" + id;
        }
        return id.length() > 200 ? id.substring(0, 200) : id;
    }

    private static String extension(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot) : "(none)";
    }

    /** A size for messages: bytes below 1 MB, else MB with one decimal. */
    static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return bytes + " bytes";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : " " + m);
    }

    private enum Format {
        TXT,
        HTML,
        JSON,
        JSONL,
        WARC;

        static @org.jspecify.annotations.Nullable Format of(Path file) {
            String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
            if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
                return WARC;
            }
            if (name.endsWith(".txt")) {
                return TXT;
            }
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                return HTML;
            }
            if (name.endsWith(".jsonl")) {
                return JSONL;
            }
            if (name.endsWith(".json")) {
                return JSON;
            }
            return null;
        }
    }
}
