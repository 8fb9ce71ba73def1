package org.isnad.extract;

import java.util.regex.Pattern;

/**
 * "وكانت عبوة ناسفة قد انفجرت بسيارة في قرية مجاورة": a clause opened by "كان … قد" tells what had happened
 * before the report's event, as background. With no date words of its own it is of no known time: it does not
 * take the date of the event told before it, as an account of that event would.
 */
final class PluperfectBackground {
    private PluperfectBackground() {}

    // "وكان", "وكانت", "كما كان": the auxiliary opens the clause, "قد" comes within a few words
    private static final Pattern OPENS = Pattern.compile(
            "^[\\s\\p{P}]*(?:كما\\s+)?و?(?:كان|كانت|كانوا|كانا|كانتا)\\s+(?:\\S+\\s+){0,5}?قد(?!\\p{L})");

    /** The clause that starts at character {@code from} is told as what had happened before. */
    static boolean opens(String text, int from) {
        int end = Math.min(text.length(), from + 120);
        return OPENS.matcher(ArabicAnalysis.withoutMarks(text.substring(from, end))).find();
    }
}
