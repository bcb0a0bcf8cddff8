package dev.monazite.text;


/** Which Han characters exist only in Simplified writing: the inverse image of the T2S table. */
final class SimplifiedChars {
    private static final boolean[] SIMPLIFIED_ONLY = build();

    private SimplifiedChars() {}

    static boolean isSimplifiedOnly(char c) {
        return SIMPLIFIED_ONLY[c];
    }

    private static boolean[] build() {
        boolean[] table = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0x4E00; c <= 0x9FFF; c++) {
            char s = Normaliser.toSimplified(String.valueOf((char) c)).charAt(0);
            if (s != c) {
                table[s] = true;
            }
        }
        return table;
    }
}
