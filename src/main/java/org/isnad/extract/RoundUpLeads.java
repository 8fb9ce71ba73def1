package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lead of a round-up: "قُتل شاب وأُصيب آخر، أمس السبت، في حادثتي إطلاق نار منفصلتين في ريف دير الزور"
 * counts separate incidents, and the sentences after it tell each ("وبحسب مصادر محلية، أطلق مسلحون النار …
 * في بلدة البوكمال"، "وفي حادثة أخرى، …"). An ACLED coder codes one event per item, dated by the lead when the
 * item names no date of its own, and none for the lead itself: its claim is withdrawn once an item is told
 * after it, and kept when none is (then it is the only account of what happened).
 */
final class RoundUpLeads {

    private RoundUpLeads() {}

    // a dual of an incident noun counts two incidents: "هجومين"، "حادثتي إطلاق نار"، "بعمليتي اغتيال"
    private static final List<String> DUAL_STEMS = List.of(
            "حادثت", "حادث", "هجوم", "عمليت", "اعتداء", "استهداف", "تفجير", "انفجار", "كمين", "محاولت", "جريمت", "غارت");
    private static final String DUAL = "(?:" + String.join("|", DUAL_STEMS) + ")(?:ين|ي)";
    // a plural counted by a number or told as separate: "ثلاث عمليات اغتيال"، "بهجمات منفصلة"، "هجمات متفرقة"
    private static final List<String> PLURALS = List.of(
            "حوادث", "هجمات", "عمليات", "محاولات", "جرائم", "اعتداءات", "استهدافات", "تفجيرات", "حالات");
    private static final String PLURAL = "(?:" + String.join("|", PLURALS) + ")";
    /** Every count names one of these: a text without any is read without the regex, which tries every letter. */
    private static final List<String> INCIDENT_NOUNS = java.util.stream.Stream.concat(DUAL_STEMS.stream(), PLURALS.stream()).toList();
    private static final String NUMBER = "(?:[0-9٠-٩]+|ثلاث|ثلاثة|أربع|أربعة|خمس|خمسة|ست|ستة|سبع|سبعة|عدة)";
    static final Pattern COUNT = Pattern.compile(
            "(?<!\\p{L})[وفبل]{0,2}" + DUAL + "(?!\\p{L})"
            + "|(?<!\\p{L})" + NUMBER + "\\s+" + PLURAL + "(?!\\p{L})"
            + "|(?<!\\p{L})[وفبل]{0,2}" + PLURAL + "(?:\\s+\\S+)?\\s+(?:منفصلة|متفرقة|متفرّقة)(?!\\p{L})");

    /** The text counts separate incidents. */
    static boolean counts(String text) {
        String t = ArabicAnalysis.withoutMarks(text);
        return TextAround.containsAny(t, INCIDENT_NOUNS) && COUNT.matcher(t).find();
    }

    /**
     * After a mention was added to {@code target}: a claim the mention opened on words that count incidents
     * is a lead, unless it goes on to tell the first item in its own sentence ("حادثتي خطف؛ الأولى السبت
     * الماضي، حين خطف مسلحون …"، "غارتين على ريف إدلب، الأولى استهدفت …"); a lead that takes another mention
     * of its own sentence tells that item too, and is one no more.
     */
    static void note(Reading r, EventMention em, EventClaim target, boolean opened, int item) {
        if (opened) {
            // "وثّق المكتب 9 حالات خطف منذ مطلع شباط": a tally over a period is a statistic, not a day's round-up
            if (item == 0 && !em.series && !TimeReader.isPeriod(em.time) && counts(r.text.substring(em.start, em.end))
                    && !firstItemFollows(r.text, em.end)) {
                r.roundUpLeads.add(target.key());
                r.roundUpFrom = target.key().ordinal() + 1;
            }
        } else if (target.key().ordinal() >= r.sentenceFirstClaim) {
            r.roundUpLeads.remove(target.key());
        }
    }

    /**
     * The time a sentence gives the items told after it, or none. One that made no claim and counts incidents
     * ("شهد الريف، اليوم، عمليتين …") gives its date. The article's lead, with or without a claim of its own,
     * gives its window ("تصاعدت الاغتيالات في ريف درعا خلال الساعات الـ24 الماضية", "مقتل ستة أشخاص خلال
     * الأيام الثلاثة الماضية"): a span of the last days up to the report is the time of the whole account,
     * which local outlets and SOHR's daily tolls then tell item by item, "وفي حادثة أخرى" included.
     */
    static TimeSpan leadTime(Reading r, MatchedSentence s, TimeSpan sentence, int claimsBefore) {
        if (r.claims.size() == claimsBefore && sentence.resolved() && sentence.anchor() == null
                && counts(r.text.substring(s.start(), s.end()))) return sentence;
        if (!r.claims.eventsBefore(claimsBefore).isEmpty()) return TimeSpan.NONE;
        for (DateParser.DateExpr d : s.dates()) {
            if (d.span().resolved() && "Days".equals(d.span().precision())) return d.span();
        }
        return TimeSpan.NONE;
    }

    // "…، الأولى استهدفت"، "؛ ففي الحادثة الأولى، قُتل"، ": الأول في بلدة …"
    private static final Pattern FIRST_ITEM = Pattern.compile(
            "[،؛:]\\s*(?:و?أما\\s+|ف?في\\s+)?(?:ال(?:حادثة|حادث|هجوم|عملية|غارة|ضربة|استهداف|اعتداء)\\s+)?ال(?:أولى|أول)(?!\\p{L})");

    private static boolean firstItemFollows(String text, int from) {
        int end = from;
        while (end < text.length() && ".\n!؟".indexOf(text.charAt(end)) < 0) end++;
        return FIRST_ITEM.matcher(ArabicAnalysis.withoutMarks(text.substring(from, end))).find();
    }

    /** A lead told in a sentence before the current one: a later item is another event than the lead. */
    static boolean isEarlierLead(Reading r, EventClaim c) {
        return r.roundUpLeads.contains(c.key()) && c.key().ordinal() < r.sentenceFirstClaim;
    }

    /**
     * "وأطلق مسلحون النار على رئيس بلدية … بريف درعا. وأصيب عنصر سابق … في حي … بمدينة درعا": after a lead,
     * a sentence that names a place of its own tells the next item, not more of the item before it, unless
     * it refers back ("الهجوم"، "الشابين").
     */
    static boolean isEarlierItem(Reading r, EventClaim c, EventMention em) {
        int k = c.key().ordinal();
        return r.roundUpFrom >= 0 && k >= r.roundUpFrom && k < r.sentenceFirstClaim && !em.anaphoric
                && (!em.places.isEmpty() || !em.placeTexts.isEmpty());
    }

    /**
     * Once every sentence is read: each lead followed by an item of its kind (a violent event after a
     * violent lead) is withdrawn with its toll; the items that took their date from it keep it, those with
     * no place take its area.
     */
    static void withdraw(Reading r) {
        for (ClaimKey lead : r.roundUpLeads.stream().sorted().toList()) {
            EventClaim c = r.claims.event(lead);
            List<EventClaim> items = new ArrayList<>();
            for (EventClaim e : r.claims.events()) {
                if (lead.before(e.key()) && !e.planned() && !r.roundUpLeads.contains(e.key())
                        && (ProtestTyping.rank(e.eventClass()) > 0) == (ProtestTyping.rank(c.eventClass()) > 0)) items.add(e);
            }
            if (items.isEmpty() || referredToByStatement(r, lead)) continue;
            withdraw(r, c, items);
        }
    }

    /** Withdraws a lead and its toll, told again item by item: the items take what they lack from it. */
    static void withdraw(Reading r, EventClaim lead, List<EventClaim> items) {
        for (EventClaim item : items) inherit(item, lead);
        for (EventClaim e : r.claims.events()) {
            e.sameEventAs().remove(lead.key());
            // not only the items: any claim timed against the lead ("وبعد القصف …") keeps its date, not the link
            if (e != lead) unanchor(e, lead);
        }
        for (Claim x : r.claims.all()) {
            if (x instanceof CasualtyClaim toll && toll.event().equals(lead.key())) r.claims.withdraw(toll.key());
        }
        r.claims.withdraw(lead.key());
    }

    static boolean referredToByStatement(Reading r, ClaimKey lead) {
        return r.claims.all().stream().anyMatch(x -> x instanceof StatementClaim s && s.about().filter(lead::equals).isPresent());
    }

    /** A claim timed against the lead: one "sameTimeAs" it takes the lead's own date, another keeps its span. */
    private static void unanchor(EventClaim e, EventClaim lead) {
        TimeSpan t = e.time();
        if (!lead.key().equals(t.anchor())) return;
        e.time("sameTimeAs".equals(t.relation()) && t.text() == null ? lead.time()
                : new TimeSpan(t.text(), t.start(), t.end(), t.precision(), null, null));
    }

    /**
     * An item timed as the lead ("sameTimeAs" it) takes the lead's own date, and so does one of no date at all
     * ("وفي حادثة منفصلة، أضاف المرصد أن خلايا … استهدفت حاجزاً …" after a lead dated "مساء الجمعة"); one with
     * no place, its area.
     */
    private static void inherit(EventClaim item, EventClaim lead) {
        unanchor(item, lead);
        if (!item.time().resolved() && item.time().text() == null && !item.timeless()) item.time(lead.time());
        if (item.places().isEmpty() && item.placeTexts().isEmpty()) {
            item.places().addAll(lead.places());
            item.placeTexts().addAll(lead.placeTexts());
        }
    }
}
