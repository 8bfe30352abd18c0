package io.tierdesk.webhook;

import java.nio.charset.StandardCharsets;

/**
 * What the delivery log keeps of a receiver's answer: its first characters, without control or formatting
 * characters, so the log can neither carry a page read from inside the network nor mislead whoever reads it.
 */
final class ResponseExcerpt {

    /** Characters kept at most. */
    static final int MAX_CHARS = 256;
    /** Bytes read from the answer: enough for {@link #MAX_CHARS} characters of any UTF-8. */
    static final int MAX_BYTES = MAX_CHARS * 4;

    private ResponseExcerpt() {}

    /** The excerpt of the answer's first bytes, or null when nothing printable is left. */
    static String of(byte[] start) {
        String text = new String(start, StandardCharsets.UTF_8);
        StringBuilder excerpt = new StringBuilder(MAX_CHARS);
        int kept = 0;
        for (int i = 0; i < text.length() && kept < MAX_CHARS; ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
                excerpt.append(' ');
                kept++;
            } else if (printable(codePoint)) {
                excerpt.appendCodePoint(codePoint);
                kept++;
            }
        }
        String result = excerpt.toString().strip();
        return result.isEmpty() ? null : result;
    }

    private static boolean printable(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
