package dev.monazite.cli;

import dev.monazite.text.Texts;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Everything a command prints goes through this: control characters (C0 but newline and tab, DEL,
 * and in UTF-8 the C1 controls and bidirectional overrides) are written as {@code \\uXXXX}, so news
 * text, titles and file names cannot send escape sequences to the terminal. The escape is the one
 * JSON uses, so JSON output stays valid and means the same. Works on the encoded bytes: C0 and DEL
 * are single bytes in every encoding a terminal uses; C1 and the overrides are looked for in UTF-8.
 */
final class ControlEscaper extends FilterOutputStream {
    private final boolean utf8;
    private final byte[] pending = new byte[3];
    private int held;

    private ControlEscaper(OutputStream out, boolean utf8) {
        super(out);
        this.utf8 = utf8;
    }

    /** A print stream that escapes what it prints and then writes to target, in target's charset. */
    static PrintStream wrap(PrintStream target) {
        if (target instanceof Escaping) {
            return target;
        }
        Charset cs = target.charset();
        return new Escaping(new ControlEscaper(target, cs.equals(StandardCharsets.UTF_8)), cs, target);
    }

    /** The stream under an escaping one (for output that writes its own control sequences), else s. */
    static PrintStream raw(PrintStream s) {
        return s instanceof Escaping e ? e.target : s;
    }

    private static final class Escaping extends PrintStream {
        final PrintStream target;

        Escaping(ControlEscaper escaper, Charset cs, PrintStream target) {
            super(escaper, true, cs);
            this.target = target;
        }
    }

    @Override
    public void write(int b) throws IOException {
        b &= 0xFF;
        if (held > 0) {
            continueSequence(b);
        } else if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F) {
            escape(b);
        } else if (utf8 && (b == 0xC2 || b == 0xE2)) {
            pending[held++] = (byte) b;
        } else {
            out.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    // A held lead byte (C2: a C1 control may follow; E2: a bidirectional override may).
    private void continueSequence(int b) throws IOException {
        int lead = pending[0] & 0xFF;
        if (lead == 0xC2 && b >= 0x80 && b <= 0x9F) {
            held = 0;
            escape(b);
        } else if (lead == 0xE2 && held == 1 && (b == 0x80 || b == 0x81)) {
            pending[held++] = (byte) b;
        } else if (lead == 0xE2 && held == 2 && b >= 0x80 && b <= 0xBF) {
            int cp = 0x2000 | ((pending[1] & 0x3F) << 6) | (b & 0x3F);
            held = 0;
            if (Texts.unsafe(cp)) {
                escape(cp);
            } else {
                out.write(0xE2);
                out.write(0x80 | ((cp >> 6) & 0x3F));
                out.write(b);
            }
        } else {
            release();
            write(b);
        }
    }

    private void release() throws IOException {
        out.write(pending, 0, held);
        held = 0;
    }

    private void escape(int c) throws IOException {
        out.write(String.format("\\u%04X", c).getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void flush() throws IOException {
        release();
        out.flush();
    }
}
