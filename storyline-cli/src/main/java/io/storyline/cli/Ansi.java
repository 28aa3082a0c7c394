package io.storyline.cli;

/** Bold text on a terminal, plain text when the output is not one (or NO_COLOR is set). */
final class Ansi {

    @SuppressWarnings("SystemConsoleNull") // Storyline targets Java 17, where null means "not a terminal"
    private static final boolean ON = System.console() != null && System.getenv("NO_COLOR") == null;

    private Ansi() {}

    static String bold(String s) {
        return ON ? "\u001b[1m" + s + "\u001b[0m" : s;
    }
}
