package org.isnad.extract;

import java.util.List;
import java.util.Set;

/**
 * Speakers named through a body: people who pass news on annexed to a named body ("نشطاء المرصد السوري"), the
 * head of a body named before ("وقال مدير المرصد"), a bare noun that refers back to a body ("وأكد الجيش"), and
 * whether a speaker noun is definite or described where it stands. The attribution reader asks these.
 */
final class SpeakerBodies {

    private SpeakerBodies() {}

    /**
     * Is the noun's first word definite? "والد" and "والي" start with letters that look like "و" + "ال" but
     * are the word itself: an article leaves at least two letters after it ("الأب").
     */
    static boolean definite(MatchedSentence s, Mention noun) {
        if (!noun.definite()) return false;
        String t = s.term(noun.firstToken());
        int k = t.startsWith("و") || t.startsWith("ف") ? 1 : 0;
        int article = t.indexOf("ال", k);
        return article < 0 || t.length() - (article + 2) >= 2;
    }

    /**
     * "قال الناشط الإعلامي (م. ع)", "أفاد الطبيب (أ. ح)": a definite speaker noun that a qualifier or a name
     * in brackets describes right away is named here, unless a speaker of that noun was named before; so is
     * one whose name follows in quote marks, after at most one word ("قال الناشط الميداني “سالم أبو خالد”").
     */
    static boolean describedHere(Reading r, MatchedSentence s, Mention noun) {
        int t = noun.endToken();
        if (t >= s.tokens().size() || r.reports.namedBefore(s.term(noun.firstToken())) != null) return false;
        // "قال المتحدث باسم وزارة الخارجية": whose spokesperson follows
        if (s.term(t - 1).equals(ON_BEHALF)) return true;
        String between = r.text.substring(s.tokens().get(t - 1).end(), s.tokens().get(t).start());
        return between.contains("(") || s.mentions().stream().anyMatch(x -> x.firstToken() == t && x.is("SpeakerQualifier"))
                || NAME_QUOTE.matcher(between).find() || t + 1 < s.tokens().size()
                && NAME_QUOTE.matcher(r.text.substring(s.tokens().get(t).end(), s.tokens().get(t + 1).start())).find();
    }

    private static final String ON_BEHALF = ArabicAnalysis.terms("باسم").get(0);

    // a quote mark opening a name, with no colon before it: "الناشط “…”", not "قال المصدر: “…”"
    private static final java.util.regex.Pattern NAME_QUOTE = java.util.regex.Pattern.compile("^\\s*[“\"«]");

    /**
     * "نشطاء المرصد السوري", "مصادر المرصد السوري", "ناشطو تجمع أحرار حوران": a plural of people who pass news
     * on (activists, sources, correspondents), without the article, annexed to a named body right after it:
     * that body, returned here, is who speaks; the people are its own. Else null, and null in the body's own
     * article, where its activists and sources are told as such.
     */
    static Mention ownerInConstruct(Lexicon lexicon, Reading r, MatchedSentence s, Mention people) {
        Mention x = bodyOf(s, people);
        // in the observatory's own report "مصادر المرصد" stay its anonymous sources and "نشطاء المرصد" its activists
        return x == null || lexicon.isOutletItself(r.article.outlet(), AttributionReader.speakerEntry(x).iri()) ? null : x;
    }

    /**
     * The named body annexed to people who pass news on, even in its own article ("رصد نشطاء المرصد السوري
     * قصفاً نفذته قوات النظام"): it names who speaks, never the event's doer or target.
     */
    static void keepOwnBody(MatchedSentence s, Mention people, Set<Mention> speaker) {
        Mention x = bodyOf(s, people);
        if (x != null) speaker.add(x);
    }

    private static Mention bodyOf(MatchedSentence s, Mention people) {
        if (people == null || definite(s, people) || !passesNewsOn(people) || keepsPluralNun(s, people)) return null;
        for (Mention x : s.mentions()) {
            if (x.firstToken() != people.endToken() || x == people) continue;
            Entry owner = AttributionReader.speakerEntry(x);
            Entry own = AttributionReader.speakerEntry(people);
            if (owner == null || (own != null && own.iri().equals(owner.iri())) || passesNewsOn(x)) continue;
            return x;
        }
        return null;
    }

    /**
     * "اتهم ناشطون “فرقة الحمزة” بالخطف": a sound plural that keeps its nūn ("ناشطون", "ناشطين") stands in no
     * construct (which drops it: "ناشطو تجمع أحرار حوران"); the name after it is the object, not its body.
     */
    private static boolean keepsPluralNun(MatchedSentence s, Mention people) {
        String last = s.term(people.endToken() - 1);
        return last.length() > 3 && (last.endsWith("ون") || last.endsWith("ين"));
    }

    /**
     * Activists, sources, correspondents: people who pass on what others did, not a body of their own; and the
     * head of a body, who speaks for it ("مدير المرصد السوري", "مسؤول شبكة “السويداء 24”": isnad:speaksForBody).
     */
    private static boolean passesNewsOn(Mention m) {
        Entry actor = m.entry("Actor");
        if (actor != null) return actor.iri().endsWith("/activists");
        Entry noun = m.entry("SpeakerNoun");
        return noun != null && (noun.flag("anonymousWhenBare") || noun.iri().endsWith("-activist")
                || noun.iri().endsWith("-correspondent") || noun.flag("speaksForBody"));
    }

    /**
     * "وقال مدير المرصد": a head (isnad:speaksForBody) annexed to a word that refers back to a body named
     * before ("المرصد" after "المرصد السوري لحقوق الإنسان"): that body's report, else null.
     */
    static Report headOfBodyNamedBefore(Reading r, MatchedSentence s, int k) {
        List<Mention> ms = s.mentions();
        if (k + 2 >= ms.size()) return null;
        Mention head = ms.get(k + 1), body = ms.get(k + 2);
        Entry noun = head.entry("SpeakerNoun");
        if (noun == null || !noun.flag("speaksForBody") || definite(s, head) || !body.is("SpeakerReference")
                || body.firstToken() != head.endToken()) return null;
        return r.reports.namedBefore(s.term(body.firstToken()));
    }

    /**
     * A bare definite noun ("الجيش", one word) that a speaker named before held in its name ("جيش سوريا
     * الجديد", "جيش الإسلام"): that speaker's report, when it is another speaker than the noun's own; else null.
     */
    static Report sameBodyNamedBefore(Reading r, MatchedSentence s, Mention noun) {
        if (noun.endToken() - noun.firstToken() != 1 || !definite(s, noun)) return null;
        Report before = r.reports.namedBefore(s.term(noun.firstToken()));
        if (before == null || before.speaker() == null || before.kind() == ReportKind.OUTLET_REPORTING) return null;
        return before.speaker().equals(AttributionReader.speakerEntry(noun).iri()) ? null : before;
    }

    static boolean speaksForItself(Mention noun) {
        return noun.entry("SpeakerNoun").flag("speaksForItself");
    }
}
