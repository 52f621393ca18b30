package org.newsatlas.article.ingest;

import static org.newsatlas.article.ingest.ArticleReadException.Reason.BINARY;
import static org.newsatlas.article.ingest.ArticleReadException.Reason.UNDECODABLE;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decodes a text file whose encoding nobody told us: a byte-order mark (UTF-8, UTF-16LE/BE) wins, then a
 * charset the document declares, then strict UTF-8, then Windows-1252. Bytes no candidate can decode are
 * reported with their offset, never replaced by U+FFFD; NUL bytes outside UTF-16 mean a binary file.
 */
public class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final double MAX_CONTROL_SHARE = 0.01;

    public DecodedText decode(byte[] bytes, Optional<Charset> declared) throws ArticleReadException {
        Optional<DecodedText> byContent = decodeByContent(bytes);
        if (byContent.isPresent()) {
            return byContent.get();
        }
        List<String> warnings = new ArrayList<>();
        if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
            Attempt attempt = Attempt.of(bytes, 0, declared.get());
            if (attempt.ok()) {
                return checked(new DecodedText(attempt.text(), declared.get(), warnings));
            }
            warnings.add("the page declares " + declared.get().name() + " but its bytes are not; decoded by content");
        }
        Attempt utf8 = Attempt.of(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.ok()) {
            return checked(new DecodedText(utf8.text(), StandardCharsets.UTF_8, warnings));
        }
        Attempt cp1252 = Attempt.of(bytes, 0, WINDOWS_1252);
        if (cp1252.ok()) {
            warnings.add("not valid UTF-8 (byte " + utf8.badOffset() + "): read as Windows-1252");
            return checked(new DecodedText(cp1252.text(), WINDOWS_1252, warnings));
        }
        throw new ArticleReadException(UNDECODABLE, "undecodable bytes: not UTF-8 (byte %d) nor Windows-1252 (byte %d, 0x%02X)"
                .formatted(utf8.badOffset(), cp1252.badOffset(), bytes[cp1252.badOffset()] & 0xFF));
    }

    /**
     * Decodes bytes whose sender said what encoding they are in (an HTTP body's charset): a byte-order mark or the
     * NUL bytes of UTF-16 without one still tell the truth first, but bytes that are not valid in the named
     * encoding are an error naming the first bad byte, never guessed at or replaced.
     */
    public DecodedText decodeAs(byte[] bytes, Charset charset) throws ArticleReadException {
        Optional<DecodedText> byContent = decodeByContent(bytes);
        if (byContent.isPresent()) {
            return byContent.get();
        }
        Attempt attempt = Attempt.of(bytes, 0, charset);
        if (!attempt.ok()) {
            int bad = attempt.badOffset();
            throw new ArticleReadException(UNDECODABLE, "undecodable bytes: not valid %s (byte %d%s)"
                    .formatted(charset.name(), bad, bad < bytes.length ? ", 0x%02X".formatted(bytes[bad] & 0xFF) : ""));
        }
        return checked(new DecodedText(attempt.text(), charset, List.of()));
    }

    /** What the bytes themselves say: a byte-order mark, a binary file's signature, UTF-16's NUL bytes; else empty. */
    private static Optional<DecodedText> decodeByContent(byte[] bytes) throws ArticleReadException {
        Optional<DecodedText> bom = decodeWithBom(bytes);
        if (bom.isPresent()) {
            return Optional.of(checked(bom.get()));
        }
        Optional<BinarySignature> signature = BinarySignature.of(bytes);
        if (signature.isPresent()) {
            throw new ArticleReadException(BINARY, "binary file: looks like " + signature.get().description());
        }
        if (indexOf(bytes, (byte) 0) >= 0) {
            return Optional.of(checked(decodeUtf16WithoutBom(bytes)));
        }
        return Optional.empty();
    }

    private static Optional<DecodedText> decodeWithBom(byte[] bytes) throws ArticleReadException {
        Charset charset = null;
        int skip = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        if (charset == null) {
            return Optional.empty();
        }
        Attempt attempt = Attempt.of(bytes, skip, charset);
        if (!attempt.ok()) {
            throw new ArticleReadException(UNDECODABLE, "undecodable bytes: marked as %s but byte %d is not valid %s"
                    .formatted(charset.name(), attempt.badOffset(), charset.name()));
        }
        return Optional.of(new DecodedText(attempt.text(), charset, List.of()));
    }

    /** UTF-16 without a byte-order mark shows as a NUL in every other byte of ASCII-range text. */
    private static DecodedText decodeUtf16WithoutBom(byte[] bytes) throws ArticleReadException {
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    evenNuls++;
                } else {
                    oddNuls++;
                }
            }
        }
        int pairs = bytes.length / 2;
        boolean littleEndian = oddNuls > pairs / 2 && evenNuls * 10 < oddNuls;
        boolean bigEndian = evenNuls > pairs / 2 && oddNuls * 10 < evenNuls;
        if (!littleEndian && !bigEndian) {
            throw new ArticleReadException(BINARY, "binary file: contains NUL bytes, not text");
        }
        Charset charset = littleEndian ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        Attempt attempt = Attempt.of(bytes, 0, charset);
        if (!attempt.ok()) {
            throw new ArticleReadException(UNDECODABLE,
                    "undecodable bytes: looks like %s without a byte-order mark, but byte %d is not valid %s"
                            .formatted(charset.name(), attempt.badOffset(), charset.name()));
        }
        return new DecodedText(attempt.text(), charset,
                List.of("no byte-order mark: read as " + charset.name()));
    }

    /** Normalises line ends and rejects text that is mostly control characters (a binary file that decoded). */
    private static DecodedText checked(DecodedText decoded) throws ArticleReadException {
        String text = decoded.text();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        long controls = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (text.indexOf('\0') >= 0 || controls > Math.max(1, text.length() * MAX_CONTROL_SHARE)) {
            throw new ArticleReadException(BINARY, "binary file: contains control characters, not text");
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return new DecodedText(text, decoded.charset(), decoded.warnings());
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
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

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** A strict decoding attempt: the text, or the offset of the first byte that would not decode. */
    private record Attempt(String text, int badOffset) {

        boolean ok() {
            return text != null;
        }

        static Attempt of(byte[] bytes, int skip, Charset charset) {
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
            CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
            CoderResult result = decoder.decode(in, out, true);
            if (!result.isError()) {
                result = decoder.flush(out);
            }
            if (result.isError()) {
                return new Attempt(null, in.position());
            }
            return new Attempt(out.flip().toString(), -1);
        }
    }
}
