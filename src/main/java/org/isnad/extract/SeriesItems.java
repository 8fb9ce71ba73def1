package org.isnad.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which item of a series a mention tells: "انفجر اللغم الأول … وانفجر اللغم الثاني", "أما الحادثة الثانية فقد …".
 * Items with different numbers are different events, however alike their type, place and time.
 */
final class SeriesItems {

    private SeriesItems() {}

    static final Map<String, Integer> ORDINALS = Map.of(
            "أول", 1, "أولى", 1, "ثاني", 2, "ثانية", 2, "ثالث", 3, "ثالثة", 3, "رابع", 4, "رابعة", 4);

    /** Every item names its ordinal after the article ("الثانية"): a text with none is read without the regex. */
    private static final List<String> ARTICLE_ORDINALS = ORDINALS.keySet().stream().map(o -> "ال" + o).toList();

    // an incident noun with its ordinal ("الحادثة الثانية", "بالانفجار الأول"); not "للمرة الأولى", "الفرقة الرابعة",
    // "كانون الثاني", whose nouns are no incidents
    private static final String INCIDENT = "(?:حادثة|حادث|هجوم|انفجار|تفجير|غارة|ضربة|عبوة|لغم|قذيفة|استهداف|عملية|كمين|اعتداء)";
    // "الهجوم الثاني من نوعه خلال أسبوع", "الاستهداف الثالث هذا الشهر": a count of like events over time, not
    // an item of the article's own series
    private static final String NOT_A_COUNT = "(?!\\s+(?:من\\s+نوع|خلال|منذ|هذا|هذه|في\\s+غضون|على\\s+التوالي|ضمن|في\\s+أقل))";
    static final Pattern ITEM = Pattern.compile(
            "(?:ال|بال|لل|وال)" + INCIDENT + "\\s+ال(أولى|أول|ثانية|ثاني|ثالثة|ثالث|رابعة|رابع)(?=[\\s،.؛:]|$)" + NOT_A_COUNT
            // the feminine ordinal standing for the incident at the head of a clause: "أما الثانية فوقعت …"
            + "|(?:^|[.،؛:\\n]\\s*)(?:و?أما\\s+|و)?ال(أولى|ثانية|ثالثة|رابعة)(?=[\\s،])");

    // "الحادثة الثانية", "بالعملية الأولى", "أما الثانية": an item named as an incident, not as a weapon or a blast
    private static final String INCIDENT_NOUN = "(?:حادثة|حادث|عملية|واقعة)\\s+ال(?:أولى|أول|ثانية|ثاني|ثالثة|ثالث|رابعة|رابع)(?=[\\s،.؛:]|$)";
    private static final Pattern INCIDENT_ITEM = Pattern.compile("(?:ال|بال|لل|وال)" + INCIDENT_NOUN + NOT_A_COUNT
            + "|(?:^|[.،؛:\\n]\\s*)و?أما\\s+ال(?:أولى|ثانية|ثالثة|رابعة)(?=[\\s،])");
    private static final Pattern INCIDENT_HEAD = Pattern.compile("ال" + INCIDENT_NOUN);

    /** The number of the item the mention's sentence tells up to the mention's end, or 0 when none. */
    static int of(Reading r, EventMention em) {
        int from = sentenceStart(r.text, em.start);
        return lastItem(r.text.substring(from, Math.min(r.text.length(), em.end)));
    }

    /** The number of the last item {@code told} names, or 0. */
    static int lastItem(String told) {
        if (!TextAround.containsAny(told, ARTICLE_ORDINALS)) return 0;
        Matcher m = ITEM.matcher(told);
        int item = 0;
        while (m.find()) item = ORDINALS.get(m.group(1) != null ? m.group(1) : m.group(2));
        return item;
    }

    /**
     * Both are numbered items of a series, with different numbers, told at places that are not the same: like
     * acts of one place and day stay one event, as ACLED codes them ("انفجر لغم ثانٍ في المكان ذاته").
     */
    static boolean differ(Reading r, EventClaim c, EventMention em, int item) {
        Integer other = r.seriesItems.get(c.key());
        if (item == 0 || other == null || other == item) return false;
        // "شهدت المدينة حادثتي اعتقال، الأولى حين … . أما الحادثة الثانية فكانت اعتقال طالب …": items told as
        // incidents are two events by the text's own word, wherever they happened
        if (INCIDENT_ITEM.matcher(r.text.substring(sentenceStart(r.text, em.start), Math.min(r.text.length(), em.end))).find()) return true;
        boolean placed = !em.places.isEmpty() || !em.placeTexts.isEmpty();
        return placed && !(c.places().containsAll(em.places) && c.placeTexts().containsAll(em.placeTexts));
    }

    private static int sentenceStart(String text, int at) {
        for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) {
            char ch = text.charAt(i);
            if (ch == '.' || ch == '\n' || ch == '!' || ch == '؟') return i + 1;
        }
        return 0;
    }

    // "الأول", "الأولى"
    private static final Pattern FIRST = Pattern.compile("الأولى?");

    static boolean firstItemOfSeries(Reading r, SentenceState st, Clause cl) {
        if (st.events.isEmpty()) return false;
        for (Mention m : st.s.mentions()) {
            if (m.firstToken() == cl.from() && m.is("SeriesOrdinal")) return FIRST.matcher(r.text.substring(m.start(), m.end())).matches();
        }
        return false;
    }

    // "أما", "وأما" (normalised)
    private static final Pattern AMMA = Pattern.compile("^[وف]?اما$");

    /**
     * "شنت الطائرات غارتين، الأولى استهدفت …، أما الثانية فطالت مزرعة …": a clause that opens on the next item
     * of a series is an event of the series' type (the latest told), or null when the clause is no such item.
     */
    static String seriesClass(Reading r, SentenceState st, Clause cl) {
        List<Mention> ms = st.s.mentions();
        int first = cl.from();
        if (first < st.s.tokens().size() && AMMA.matcher(st.s.term(first)).matches()) first++;
        final int at = first;
        // "أما الحادثة الثانية فكانت اعتقال طالب …": the item named by the incident noun with its ordinal
        boolean incident = at < cl.to()
                && INCIDENT_HEAD.matcher(r.text).region(st.s.tokens().get(at).start(), st.s.end()).lookingAt();
        if (!incident && ms.stream().noneMatch(m -> m.firstToken() == at && m.is("SeriesOrdinal"))) return null;
        if (!st.events.isEmpty()) return st.events.get(st.events.size() - 1).eventClass();
        EventClaim last = r.claims.lastEvent(null);
        return last == null ? null : last.eventClass();
    }
}
