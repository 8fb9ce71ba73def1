package org.isnad.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.isnad.morph.Analysis;

/**
 * "وكانت عبوة ناسفة قد انفجرت بسيارة في قرية مجاورة": a clause opened by "كان … قد" tells what had happened
 * before the report's event, as background. With no date words of its own it is of no known time: it does not
 * take the date of the event told before it, as an account of that event would. So is one whose "كان" is
 * followed by a past verb without "قد" ("وكان مسلحون اغتالوا عنصراً …", "وكانت البلدة شهدت …"), and one
 * opened by "سبق أن" ("وسبق أن اعتقلت الدورية شابين …").
 */
final class PluperfectBackground {
    private PluperfectBackground() {}

    // "وكان", "وكانت", "كما كان": the auxiliary opens the clause
    private static final Pattern AUXILIARY = Pattern.compile(
            "^[\\s\\p{P}]*(?:كما\\s+)?و?(?:كان|كانت|كانوا|كانا|كانتا)\\s+");
    // "وسبق أن", "وسبق لقوات النظام أن": what had already happened before
    private static final Pattern ALREADY = Pattern.compile("^[\\s\\p{P}]*(?:كما\\s+)?و?سبق\\s+(?:و?[أا]ن|و|ل\\S+)(?!\\p{L})");
    // the predicate stands within a few words of the auxiliary: its subject first ("وكانت قوات النظام اعتقلت")
    private static final int WORDS = 6;
    private static final String QAD = ArabicAnalysis.terms("قد").get(0);
    private static final java.util.Set<String> PREPOSITIONS = ArabicAnalysis.wordSet("من", "في", "على", "إلى", "عن", "مع");

    /** The clause that starts at character {@code from} is told as what had happened before. */
    static boolean opens(String text, int from) {
        int end = Math.min(text.length(), from + 120);
        String head = ArabicAnalysis.withoutMarks(text.substring(from, end));
        if (ALREADY.matcher(head).find()) return true;
        var aux = AUXILIARY.matcher(head);
        if (!aux.find()) return false;
        // the words after the auxiliary, read with their morphology: "قد", or a verb in the past
        // "قد" may come after a prepositional phrase ("وكان عدد من الضباط المقيمين في المنطقة قد نقلوا"); a bare
        // verb only before one ("وكانت السيارة قادمة من … عبر": "عبر" there is no verb)
        List<Token> words = ArabicAnalysis.tokens(head, aux.end(), head.length());
        boolean verbMayFollow = true;
        for (int k = 0; k < Math.min(WORDS, words.size()); k++) {
            Token w = words.get(k);
            if (w.term().equals(QAD)) return true;
            if (PREPOSITIONS.contains(w.term())) verbMayFollow = false;
            if (verbMayFollow && w.hasVerbReading(Analysis.Tense.PAST)) return true;
        }
        return false;
    }
}
