package io.storyline.stream;

/** The stream cannot go on (the broker refused a write, say); nothing after the last commit is lost. */
public final class StreamException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StreamException(String message, Throwable cause) {
        super(message, cause);
    }
}
