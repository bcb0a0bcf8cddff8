package dev.monazite.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import dev.monazite.text.Texts;
import java.util.List;

/**
 * Decodes a file's bytes to text: byte-order marks first, then UTF-8, then UTF-16 without BOM,
 * then the legacy Chinese encodings (GB18030 covers GBK; Big5) chosen by ICU's detector. A file
 * that is UTF-8 but for a few bad bytes (a truncated last sequence, an isolated stray byte, an
 * encoded lone surrogate) or holds NULs is decoded with each bad sequence replaced by U+FFFD, and
 * the replacements are counted with their byte offsets so the ingest can warn. A file is binary by
 * the share of control bytes in it, not by one NUL.
 */
final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    // Above this share of control bytes (other than tab, line and page breaks) a file is not text.
    private static final double BINARY_CONTROL_SHARE = 0.10;
    private static final int SAMPLE = 8192;

    private TextDecoder() {}

    /** Decoded text and the byte offsets of what was replaced with U+FFFD (bad sequences and NULs). */
    record Decoded(String text, List<Long> replaced) {
        Decoded {
            replaced = List.copyOf(replaced);
        }

        /** The warning a user reads after the file name, or null when nothing was replaced. */
        String warning() {
            if (replaced.isEmpty()) {
                return null;
            }
            List<String> first = replaced.stream().limit(3).map(String::valueOf).toList();
            return replaced.size() + " bad byte sequence(s) or NUL(s) replaced with U+FFFD, at byte offset "
                    + String.join(", ", first) + (replaced.size() > 3 ? ", ..." : "");
        }
    }

    static String decode(byte[] bytes) throws InputException {
        return decodeReporting(bytes).text();
    }

    static Decoded decodeReporting(byte[] bytes) throws InputException {
        Decoded bom = decodeWithBom(bytes);
        if (bom != null) {
            return bom;
        }
        int nuls = nuls(bytes);
        if (nuls > 0 && !(nuls * 100 <= bytes.length && strict(bytes, 0, StandardCharsets.UTF_8) != null)) {
            String utf16 = tryUtf16(bytes);
            if (utf16 != null) {
                return new Decoded(utf16, List.of());
            }
        }
        if (controlShare(bytes) > BINARY_CONTROL_SHARE) {
            throw new InputException("binary file (not text in UTF-8, UTF-16, GB18030/GBK or Big5)");
        }
        Decoded utf8 = lenient(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.replaced().isEmpty() || mostlyUtf8(bytes, utf8)) {
            return withoutNuls(utf8, bytes, 0, 1);
        }
        String legacy = decodeLegacy(bytes);
        if (legacy != null) {
            return new Decoded(legacy, List.of());
        }
        if (utf8.replaced().size() <= Math.max(1, bytes.length / 100)) {
            return withoutNuls(utf8, bytes, 0, 1); // isolated bad bytes in text that is otherwise UTF-8
        }
        throw new InputException("undecodable bytes: not valid UTF-8, UTF-16, GB18030/GBK or Big5; "
                + "convert it to UTF-8 (e.g. iconv -f ENCODING -t UTF-8)");
    }

    private static Decoded decodeWithBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return withoutNuls(lenient(b, 3, StandardCharsets.UTF_8), b, 3, 1);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return withoutNuls(lenient(b, 2, StandardCharsets.UTF_16LE), b, 2, 2);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return withoutNuls(lenient(b, 2, StandardCharsets.UTF_16BE), b, 2, 2);
        }
        return null;
    }

    // UTF-8 with a few bad sequences among many good multi-byte ones, or bad only in its last bytes
    // (a file cut short): mojibake from reading it as GB18030 would be worse than a U+FFFD or two.
    private static boolean mostlyUtf8(byte[] b, Decoded utf8) {
        int bad = utf8.replaced().size();
        if (bad <= 2 && utf8.replaced().get(0) >= b.length - 3) {
            return true;
        }
        return bad * 10 <= multiByteChars(utf8.text());
    }

    private static int multiByteChars(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c >= 0x80 && c != Texts.REPLACEMENT && !Character.isLowSurrogate(c) ? 1 : 0;
        }
        return n;
    }

    private static int nuls(byte[] b) {
        int n = 0;
        for (byte x : b) {
            n += x == 0 ? 1 : 0;
        }
        return n;
    }

    private static double controlShare(byte[] b) {
        int n = Math.min(b.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                control++;
            }
        }
        return n == 0 ? 0 : (double) control / n;
    }

    // NULs are valid UTF-8 but no news text holds them, and some stores refuse them: U+FFFD, counted
    // at their byte offsets (the text starts at byte start; unit is 1 for UTF-8, 2 for UTF-16).
    private static Decoded withoutNuls(Decoded d, byte[] bytes, int start, int unit) {
        if (d.text().indexOf('\0') < 0) {
            return d;
        }
        List<Long> replaced = new java.util.ArrayList<>(d.replaced());
        for (int i = start; i + unit <= bytes.length; i += unit) {
            if (bytes[i] == 0 && bytes[i + unit - 1] == 0) {
                replaced.add((long) i);
            }
        }
        replaced.sort(null);
        return new Decoded(d.text().replace('\0', Texts.REPLACEMENT), replaced);
    }

    private static String tryUtf16(byte[] b) {
        int n = Math.min(b.length, SAMPLE) & ~1;
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        // UTF-16 puts its zeros on one side of each pair (the ASCII it holds); stray NULs do not.
        int most = Math.max(evenZeros, oddZeros), least = Math.min(evenZeros, oddZeros);
        if (most < 2 || most * 10 < n / 2 || least * 4 > most) {
            return null;
        }
        Charset cs = oddZeros > evenZeros ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        String text = strict(b, 0, cs);
        return text != null && mostlyPrintable(text) ? text : null;
    }

    private static boolean mostlyPrintable(String text) {
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !Character.isWhitespace(c)) {
                bad++;
            }
        }
        return bad * 100 <= text.length();
    }

    private static String decodeLegacy(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            Charset cs = legacyCharset(match.getName());
            if (cs != null) {
                String text = strict(bytes, 0, cs);
                if (text != null && mostlyPrintable(text)) {
                    return text;
                }
            }
        }
        for (Charset cs : List.of(GB18030, BIG5)) {
            String text = strict(bytes, 0, cs);
            if (text != null && mostlyPrintable(text) && hasHan(text)) {
                return text;
            }
        }
        return null;
    }

    private static Charset legacyCharset(String name) {
        return switch (name) {
            case "GB18030", "GBK", "GB2312" -> GB18030;
            case "Big5" -> BIG5;
            default -> null;
        };
    }

    private static boolean hasHan(String text) {
        int han = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF) {
                han++;
            }
        }
        return han * 4 >= text.length() / 4;
    }

    private static String strict(byte[] b, int offset, Charset cs) {
        try {
            CharBuffer out = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    // Decodes from offset on, each malformed or unmappable sequence becoming U+FFFD at its byte offset.
    private static Decoded lenient(byte[] b, int offset, Charset cs) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, offset, b.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
                (long) (b.length - offset) * 2 + 16));
        List<Long> replaced = new java.util.ArrayList<>();
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (r.isError()) {
                replaced.add((long) in.position());
                out.put(Texts.REPLACEMENT);
                in.position(in.position() + r.length());
            } else {
                throw new IllegalStateException("the output holds twice the input: " + r);
            }
        }
        out.flip();
        return new Decoded(out.toString(), replaced);
    }
}
