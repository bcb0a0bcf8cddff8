package dev.monazite.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String ZH = "中国10月对美稀土磁铁出口三个月来首次增长，氧化镨钕价格达到55.5万元/吨。";
    private static final String HANT = "中國10月對美稀土磁鐵出口三個月來首次增長，氧化鐠釹價格達到55.5萬元/噸。";

    @Test
    void decode_utf8() throws Exception {
        assertEquals(ZH, TextDecoder.decode(ZH.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void decode_utf8WithBom_dropsBom() throws Exception {
        byte[] body = ZH.getBytes(StandardCharsets.UTF_8);
        byte[] b = ByteBuffer.allocate(body.length + 3).put(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})
                .put(body).array();
        assertEquals(ZH, TextDecoder.decode(b));
    }

    @Test
    void decode_gbk() throws Exception {
        assertEquals(ZH, TextDecoder.decode(ZH.getBytes(Charset.forName("GBK"))));
    }

    @Test
    void decode_gb18030() throws Exception {
        assertEquals(ZH, TextDecoder.decode(ZH.getBytes(Charset.forName("GB18030"))));
    }

    @Test
    void decode_big5() throws Exception {
        assertEquals(HANT, TextDecoder.decode(HANT.getBytes(Charset.forName("Big5"))));
    }

    @Test
    void decode_utf16WithAndWithoutBom() throws Exception {
        assertEquals(ZH, TextDecoder.decode(ZH.getBytes(StandardCharsets.UTF_16))); // writes a BOM
        assertEquals(ZH, TextDecoder.decode(ZH.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("Rare earth prices rose.", TextDecoder.decode("Rare earth prices rose.".getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void decode_binary_isRejectedWithReason() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0,
            1, 0, 8, 6, 0, 0, 0, (byte) 0xFF, (byte) 0xEE};
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(png));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void decode_invalidBytes_isRejectedWithReason() {
        byte[] junk = {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xFF, (byte) 0xFE, (byte) 0x80, (byte) 0x81,
            (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0xFF, (byte) 0xFF};
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(junk));
        assertTrue(e.getMessage().contains("undecodable"), e.getMessage());
    }
}
