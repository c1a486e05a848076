package org.newsevents.ingest.validation;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns input bytes into text. Charset policy: input must be UTF-8; invalid UTF-8 is refused
 * ({@link RejectReason#INVALID_UTF8}) rather than guessed, because guessing a legacy charset silently
 * changes the text and therefore the article id. The one exception is a byte order mark, which declares the
 * charset: a UTF-8 BOM is stripped, a UTF-16 BE/LE BOM makes the bytes decode as UTF-16 (strictly).
 * NUL bytes in UTF-8 input (NUL characters in UTF-16 input) mean binary data ({@link RejectReason#BINARY}).
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    /** Decodes plain-text bytes following the policy above. */
    public static String decodePlainText(byte[] bytes) throws InvalidArticleException {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return noNulChars(decodeStrict(bytes, 2, StandardCharsets.UTF_16BE));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return noNulChars(decodeStrict(bytes, 2, StandardCharsets.UTF_16LE));
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InvalidArticleException(RejectReason.BINARY, "NUL byte at offset " + i + ": binary data, not text");
            }
        }
        return decodeStrict(bytes, offset, StandardCharsets.UTF_8);
    }

    /** Decodes bytes that must be UTF-8 (JSON, RFC 8259); a leading UTF-8 BOM is tolerated and stripped. */
    public static String decodeUtf8(byte[] bytes) throws InvalidArticleException {
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return decodeStrict(bytes, offset, StandardCharsets.UTF_8);
    }

    private static String decodeStrict(byte[] bytes, int offset, Charset charset) throws InvalidArticleException {
        CharsetDecoder decoder = charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (MalformedInputException e) {
            throw new InvalidArticleException(RejectReason.INVALID_UTF8,
                "invalid " + charset.name() + " at byte offset " + in.position() + " (only UTF-8, or UTF-16 with a byte order mark, is accepted)");
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException(RejectReason.INVALID_UTF8, "cannot decode as " + charset.name() + ": " + e);
        }
    }

    private static String noNulChars(String text) throws InvalidArticleException {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new InvalidArticleException(RejectReason.BINARY, "NUL character at index " + nul + ": binary data, not text");
        }
        return text;
    }

    /** Whether the bytes begin with these unsigned byte values (a byte order mark). */
    public static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
