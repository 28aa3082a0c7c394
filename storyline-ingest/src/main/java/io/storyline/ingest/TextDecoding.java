package io.storyline.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding with checks for binary content. Stateless. */
final class TextDecoding {

    private static final int SAMPLE = 8192;

    private TextDecoding() {}

    /**
     * Decodes {@code bytes} as UTF-8, dropping a leading byte-order mark.
     *
     * @throws BadInputException when the bytes are empty, binary or not valid UTF-8
     */
    static String decode(byte[] bytes, int length) throws BadInputException {
        if (length == 0) {
            throw new BadInputException("empty file");
        }
        checkNotBinary(bytes, length);
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out;
        try {
            out = decoder.decode(in);
        } catch (MalformedInputException e) {
            throw new BadInputException(
                    "invalid UTF-8 at byte " + in.position() + "; convert the file to UTF-8 (for example with iconv)");
        } catch (CharacterCodingException e) {
            throw new BadInputException("invalid UTF-8 at byte " + in.position());
        }
        String s = out.toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /**
     * Decodes a crawled HTML page: a few NUL bytes (as crawlers leave them) are dropped rather than making
     * the page "binary"; valid UTF-8 is read as UTF-8 whatever the page declares (a converted page often
     * keeps its old {@code <meta charset>}); other bytes are read with the declared charset, else
     * windows-1252 (see {@link HtmlBytes}).
     *
     * @throws BadInputException when the bytes are empty or mostly not text (NUL bytes over 1% of them, or
     *     many control characters)
     */
    static String decodeHtml(byte[] bytes, int length) throws BadInputException {
        if (length == 0) {
            throw new BadInputException("empty file");
        }
        int nul = 0;
        for (int i = 0; i < length; i++) {
            nul += bytes[i] == 0 ? 1 : 0;
        }
        if (nul > length / 100) {
            throw new BadInputException(
                    "binary file (" + nul + " NUL bytes in " + length + "; an HTML page has at most a few)");
        }
        byte[] clean = bytes;
        int n = length;
        if (nul > 0) {
            clean = new byte[length - nul];
            n = 0;
            for (int i = 0; i < length; i++) {
                if (bytes[i] != 0) {
                    clean[n++] = bytes[i];
                }
            }
        }
        checkNotBinary(clean, n);
        try {
            return decode(clean, n);
        } catch (BadInputException e) {
            return HtmlBytes.decode(clean, n, null);
        }
    }

    private static void checkNotBinary(byte[] bytes, int length) throws BadInputException {
        int control = 0;
        int sample = Math.min(length, SAMPLE);
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            if (b == 0) {
                throw new BadInputException("binary file (contains NUL bytes at byte " + i + ")");
            }
            if (i < sample && b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control > sample / 10) {
            throw new BadInputException(
                    "binary file (" + control + " control characters in the first " + sample + " bytes)");
        }
    }
}
