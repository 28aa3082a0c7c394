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
