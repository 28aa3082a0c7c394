package io.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** How {@link InputReader} opens files and lists directories; tests substitute failures here. */
interface FileAccess {

    FileAccess DEFAULT = new FileAccess() {
        @Override
        public InputStream open(Path file) throws IOException {
            return Files.newInputStream(file);
        }

        @Override
        public DirectoryStream<Path> list(Path dir) throws IOException {
            return Files.newDirectoryStream(dir);
        }
    };

    InputStream open(Path file) throws IOException;

    DirectoryStream<Path> list(Path dir) throws IOException;
}
