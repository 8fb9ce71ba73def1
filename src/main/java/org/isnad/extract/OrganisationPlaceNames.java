package org.isnad.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.morph.Analysis;

/**
 * A place inside the name of a unit or a body names the body, not where the act was: "قال مصدر في مجلس منبج
 * العسكري إن …", "اشتباكات بين قوات مجلس دير الزور وهجين العسكريين والمهاجمين في محيط قرى …", "المجلس العسكري
 * لمنبج". Read as places, Manbij or Deir ez-Zor would each become a claim of their own after the split by place.
 * Three forms: the place in construct right after a head noun ({@code isnad:OrganisationHead}: "مجلس", "لواء",
 * "فرع"), maybe with a place noun between ("مجلس مدينة منبج"); a later item of such a name, closed by the name's
 * adjective ("مجلس دير الزور وهجين العسكريين"); and "ل" after the definite head and its adjective ("المجلس
 * المحلي لمدينة داريا"). A hospital or a university is a site: "استهدف مشفى جبلة الوطني" happened in Jableh, so
 * its place names the institution only after a word for its people or offices ({@code isnad:InstitutionHead}
 * and {@code isnad:InstitutionRole}: "مدير مشفى حلب الجامعي", "طلاب جامعة دمشق").
 */
final class OrganisationPlaceNames {

    private final Set<String> heads;
    private final Set<String> institutions;
    private final Set<String> roles;

    OrganisationPlaceNames(Lexicon lexicon) {
        heads = stems(lexicon, "OrganisationHead");
        institutions = stems(lexicon, "InstitutionHead");
        roles = stems(lexicon, "InstitutionRole");
    }

    private static Set<String> stems(Lexicon lexicon, String type) {
        Set<String> out = new HashSet<>();
        for (String l : lexicon.wordsOf(type, "headWord"))
            for (String t : ArabicAnalysis.terms(l)) out.add(PhraseMatcher.stem(t));
        return Set.copyOf(out);
    }

    /** The mentions, without the place readings of places that stand inside an organisation's name. */
    List<Mention> filter(List<Token> tokens, List<Mention> ms) {
        boolean[] inName = new boolean[ms.size()];
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            // "المجلس العسكري لمدينة منبج": the place noun goes too, or the words after it are read as a place
            if (!m.is("Place") && !m.is("PlaceNoun")) continue;
            inName[k] = afterHead(tokens, m.firstToken()) || afterDefiniteHead(tokens, m.firstToken())
                    || m.is("Place") && laterItem(tokens, ms, inName, k);
        }
        Set<Mention> named = new HashSet<>();
        for (int k = 0; k < ms.size(); k++) if (inName[k]) named.add(ms.get(k));
        if (named.isEmpty()) return ms;
        List<Mention> out = Mention.withoutReadings(ms, "Place", k -> named.contains(ms.get(k)));
        return Mention.withoutReadings(out, "PlaceNoun", k -> named.contains(out.get(k)) || inNameAt(out.get(k), named));
    }

    /** A mention left by the first pass (its place reading gone) at the place of one inside a name. */
    private static boolean inNameAt(Mention m, Set<Mention> named) {
        for (Mention n : named) if (n.firstToken() == m.firstToken() && n.endToken() == m.endToken()) return true;
        return false;
    }

    /** "مجلس منبج", "لمجلس تل تمر", "مجلس مدينة منبج", "مدير مشفى حلب": the head right before, in construct. */
    private boolean afterHead(List<Token> tokens, int at) {
        int h = at - 1;
        if (h >= 0 && PlaceNameWords.isPlaceNoun(tokens.get(h)) && !PhraseMatcher.isDefinite(tokens.get(h).term())) h--;
        if (h < 0 || PhraseMatcher.isDefinite(tokens.get(h).term())) return false;
        String head = PhraseMatcher.stem(tokens.get(h).term());
        if (heads.contains(head)) return true;
        return institutions.contains(head) && h > 0 && roles.contains(PhraseMatcher.stem(tokens.get(h - 1).term()));
    }

    /** "المجلس العسكري لمنبج", "المجلس المحلي لمدينة داريا": the definite head, its adjective, then "ل". */
    private boolean afterDefiniteHead(List<Token> tokens, int at) {
        int j = at;
        if (j > 0 && PlaceNameWords.isPlaceNoun(tokens.get(j - 1))) j--;
        if (j < 2 || !tokens.get(j).term().startsWith("ل") || PhraseMatcher.isDefinite(tokens.get(j).term())) return false;
        Token adjective = tokens.get(j - 1), head = tokens.get(j - 2);
        return PhraseMatcher.isDefinite(head.term()) && heads.contains(PhraseMatcher.stem(head.term()))
                && PhraseMatcher.isDefinite(adjective.term()) && isAdjective(adjective);
    }

    /** "مجلس دير الزور وهجين العسكريين": "و" and a place right after one inside a name, then the name's adjective. */
    private static boolean laterItem(List<Token> tokens, List<Mention> ms, boolean[] inName, int k) {
        Mention m = ms.get(k);
        if (k == 0 || !inName[k - 1] || ms.get(k - 1).endToken() != m.firstToken()) return false;
        if (!tokens.get(m.firstToken()).term().startsWith("و") || m.endToken() >= tokens.size()) return false;
        Token after = tokens.get(m.endToken());
        return PhraseMatcher.isDefinite(after.term()) && isAdjective(after);
    }

    /** "العسكري", "المحلي", "العسكريين": a word the dictionary reads as an adjective, or an adjective of relation. */
    private static boolean isAdjective(Token t) {
        String bare = PhraseMatcher.stem(t.term());
        if (bare.endsWith("ي") || bare.endsWith("يه") || bare.endsWith("يين") || bare.endsWith("يون")) return true;
        for (Analysis a : t.analyses()) if (a.wordClass() == Analysis.WordClass.ADJECTIVE) return true;
        return false;
    }
}
