package dev.monazite.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes a file's bytes to text: byte-order marks first, then strict UTF-8, then UTF-16 without
 * BOM, then the legacy Chinese encodings (GB18030 covers GBK; Big5) chosen by ICU's detector.
 * Every decode is strict: a byte sequence that does not decode is an error, never a '?'.
 */
final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");

    private TextDecoder() {}

    static String decode(byte[] bytes) throws InputException {
        String bom = decodeWithBom(bytes);
        if (bom != null) {
            return bom;
        }
        if (looksBinary(bytes)) {
            String utf16 = tryUtf16(bytes);
            if (utf16 != null) {
                return utf16;
            }
            throw new InputException("binary file (not text in UTF-8, UTF-16, GB18030/GBK or Big5)");
        }
        String text = strict(bytes, 0, StandardCharsets.UTF_8);
        if (text != null) {
            return text;
        }
        return decodeLegacy(bytes);
    }

    private static String decodeWithBom(byte[] b) throws InputException {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return require(strict(b, 3, StandardCharsets.UTF_8), "UTF-8 (with BOM)");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return require(strict(b, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return require(strict(b, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        return null;
    }

    private static String require(String text, String encoding) throws InputException {
        if (text == null) {
            throw new InputException("undecodable bytes: declares " + encoding + " but is not valid " + encoding);
        }
        return text;
    }

    // NUL bytes never occur in the 8-bit encodings we accept; they mean UTF-16 or binary.
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String tryUtf16(byte[] b) {
        int n = Math.min(b.length, 8192) & ~1;
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
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

    private static String decodeLegacy(byte[] bytes) throws InputException {
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
        throw new InputException("undecodable bytes: not valid UTF-8, UTF-16, GB18030/GBK or Big5; "
                + "convert it to UTF-8 (e.g. iconv -f ENCODING -t UTF-8)");
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
}
