package org.isnad.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.isnad.extract.DateParser.DateExpr;

/** When what a sentence and each of its clauses tells took place, from their date expressions. */
final class TimeReader {
    private TimeReader() {}

    /**
     * A clause's time.
     *
     * @param own       the clause's own date expression, or null when it takes the sentence's
     * @param time      its time
     * @param aggregate a count or a state over a period up to the publication date
     */
    record ClauseTime(DateExpr own, TimeSpan time, boolean aggregate) {}

    /** The sentence's first date expression and its time. */
    record SentenceTime(DateExpr date, TimeSpan time) {}

    /**
     * The sentence's own time: the first date expression of what is reported (after "أن"), else the first
     * at all; "في بيان، اليوم الجمعة، أنه أحبط ليلة أمس" dates the statement, then the event.
     */
    static SentenceTime sentenceTime(Reading r, MatchedSentence s, int contentStart) {
        DateExpr first = null;
        // "بعد يوم من قصف …" dates what it introduces, not the sentence
        // nor does a date of the past of a place ("جنديرس، والتي احتلتها تركيا في مارس 2018")
        List<DateExpr> dates = s.dates().stream().filter(d -> !d.elapsed() && !ofAPlace(r.text, s, d)).toList();
        for (DateExpr d : dates) {
            if (d.firstToken() >= contentStart && (first == null || first.vague())) first = d;
            if (first != null && !first.vague()) break;
        }
        if (first == null && !dates.isEmpty()) first = dates.get(0);
        return new SentenceTime(first, first == null ? TimeSpan.NONE : DiscourseReader.resolveAnaphor(r, first.span()));
    }

    /** A clause's own first date, else the sentence's ("وعقب ذلك، …، كما أطلقت …"). */
    static ClauseTime clauseTime(Reading r, MatchedSentence s, Clause cl, int contentStart, SentenceTime sentence) {
        DateExpr own = null;
        for (DateExpr d : s.dates()) {
            if (d.firstToken() < cl.from() || d.firstToken() >= cl.to() || d.firstToken() < contentStart) continue;
            if (cl.inPassing() && d.span().relation() != null) continue;   // "عقب الغارات التي …" is not a date
            if (d.vague() && inRelativeClause(s, cl, d)) continue;
            if (ofAPlace(r.text, s, d)) continue;
            // an explicit date wins over an anaphor that could not be tied to an event told before, and the act's
            // own date words over the days presumed before ("بعد أيام من غارة مماثلة استهدفت، مطلع الشهر الجاري، …")
            if (own == null || (own.span().relation() != null && DiscourseReader.resolveAnaphor(r, own.span()).anchor() == null
                    && d.span().relation() == null) || own.someDays() && !d.elapsed() && !d.vague() && d.span().relation() == null) own = d;
            if (own.span().relation() == null && !own.someDays()) break;
        }
        TimeSpan time = sentence.time();
        // "…مسؤولة عن اغتيال قيادي منتصف حزيران الماضي، مشيراً إلى ضبط حزامين ناسفين": a participle of saying
        // opens a proposition of its own, which the date of the one before does not reach
        if (own == null && sentence.date() != null && sentence.date().firstToken() < cl.from()
                && (ModalityReader.startsWithParticiple(s.mentions(), cl) || background(s.tokens(), sentence.date()))) {
            time = TimeSpan.NONE;
        }
        // "إن الدورية اقتادت الشبان إلى جهة مجهولة، مشيراً إلى أن اثنين منهم أجريا تسوية عام 2018": nor does the
        // date of a participle clause after it
        if (own == null && sentence.date() != null && sentence.date().firstToken() >= cl.to()
                && participleBetween(s.mentions(), cl.to(), sentence.date().firstToken())) {
            time = TimeSpan.NONE;
        }
        // "شهدت البلدات مظاهرات رافضة للاعتقالات التي نفذتها الهيئة مؤخراً": nor do vague time words after it or
        // in a relative clause of another act
        DateExpr sd = sentence.date();
        if (own == null && sd != null && sd.vague() && (sd.firstToken() >= cl.to() || inRelativeClause(s, cl, sd))) {
            time = TimeSpan.NONE;
        }
        // "…أن الاشتباكات دامت نحو نصف ساعة، في حين قصفت المدفعية، صباح اليوم، مواقع …": nor does the date of a
        // "meanwhile" clause after it, which tells another event at a time of its own
        if (own == null && sentence.date() != null && sentence.date().firstToken() >= cl.to()
                && meanwhileBetween(s.tokens(), cl.to(), sentence.date().firstToken())) {
            time = TimeSpan.NONE;
        }
        if (own != null && own.elapsed()) {
            // counted back from the sentence's own day ("أفرجت عصابة أمس الأول عن طفل، بعد عشرة أيام على
            // اختطافه"), else from the event the sentence speaks of
            TimeSpan from = sentence.date() != null && sentence.date().firstToken() < own.firstToken() ? sentence.time() : null;
            if (from == null) {
                EventClaim last = r.claims.lastEvent(null);
                from = last == null ? TimeSpan.NONE : last.time();
            }
            return new ClauseTime(own, ElapsedTime.before(own, from), false);
        }
        if (own != null) time = own == sentence.date() ? sentence.time() : DiscourseReader.resolveAnaphor(r, own.span());
        // "وثّقت الشبكة منذ مطلع أيلول ما لا يقل عن خمس حالات خطف": a count over a period up to the
        // publication date is one aggregate claim, and so is what goes on ("وتتواصل الاحتجاجات منذ
        // أواخر شباط"); "يعاني الريف من الألغام منذ سنوات" counts nothing and tells no event
        List<Token> tokens = s.tokens();
        boolean period = periodFrom(r, tokens, own);
        boolean aggregate = period && (counts(s, cl) || s.mentions().stream().anyMatch(m -> m.is("ContinuationCue") && cl.holds(m)));
        // "شهدت المحافظة منذ يوم أمس استنفاراً أمنياً، وقامت بحملة اعتقالات": the clause after one that took
        // the sentence's "since" goes on over the same period (an aggregate only by its own date)
        DateExpr from = period ? own : own == null && time == sentence.time() && periodFrom(r, tokens, sentence.date()) ? sentence.date() : null;
        // "خلال حملة القصف التي شنها الجيش منذ أوائل آب": what went on since a date lasts to the report's day
        if (from != null) time = new TimeSpan(r.text.substring(tokens.get(sinceAt(tokens, from)).start(), from.end()),
                from.span().start(), r.article.published(), "Period", null, null);
        return new ClauseTime(own, time, aggregate);
    }

    /** The date opens a period ("منذ …") that lies before the publication date. */
    private static boolean periodFrom(Reading r, List<Token> tokens, DateExpr d) {
        return d != null && since(tokens, d) && d.span().resolved() && d.span().relation() == null
                && r.article.published() != null
                // "منذ مطلع تشرين الأول الجاري" in an article dated May: a period cannot start after it ends
                && !d.span().start().isAfter(r.article.published());
    }

    // "سبق", "وسبق"
    private static final Pattern SABAQA = Pattern.compile("^و?سبق$");

    // "كان", "وكانت", "كانوا"
    private static final Pattern KANA = Pattern.compile("^و?(كان|كانت|كانوا)$");

    /**
     * "إن الشابين سبق أن أجريا التسوية عام 2021، واقتيدا إلى جهة مجهولة": a date in a clause told as what had
     * happened before ("سبق أن", "كان قد") is background, and the clauses after it do not take it.
     */
    private static boolean background(List<Token> tokens, DateExpr d) {
        for (int t = Math.max(0, d.firstToken() - 8); t < d.firstToken(); t++) {
            String w = tokens.get(t).term();
            if (SABAQA.matcher(w).matches() || (KANA.matcher(w).matches() && t + 1 < tokens.size()
                    && tokens.get(t + 1).term().equals("قد"))) return true;
        }
        return false;
    }

    /**
     * "خاصة بعد المظاهرة الأخيرة التي شيّع خلالها …": the act whose trigger stands in an "after" phrase is what a
     * time is counted from, not timed by it, and has no time unless it names one ("عقب الغارات التي شنها الجيش
     * في 20 تشرين الثاني").
     */
    static boolean countedFrom(MatchedSentence s, ClauseTime time, int triggerToken) {
        if (time.own() != null && time.own().span().relation() == null) return false;
        return s.dates().stream().anyMatch(d -> d.span().relation() != null && triggerToken >= d.firstToken() && triggerToken < d.endToken());
    }

    /**
     * "مظاهرات رافضة لعمليات الاعتقال التي نفذتها الهيئة مؤخراً": the vague date stands in a relative clause
     * of another noun than the clause's first act, and times that one; "الهجوم الذي نفذه مسلحون مؤخراً" times the attack.
     */
    private static boolean inRelativeClause(MatchedSentence s, Clause cl, DateExpr d) {
        Mention act = null;
        for (Mention m : s.mentions()) {
            if (m.firstToken() < cl.from() || m.firstToken() >= d.firstToken()) continue;
            if (act == null && m.is("Trigger")) act = m;
            else if (act != null && m.is("RelativePronoun") && m.firstToken() > act.endToken()) return true;
        }
        return false;
    }

    /**
     * "بمقتل أربعة مدنيين في مركز ناحية جنديرس، والتي احتلتها تركيا في مارس العام 2018، برفقة …": the date
     * stands in a relative clause of the place named right before it (no comma between the pronoun and the
     * date), and tells that place's past, not when the act took place.
     */
    private static boolean ofAPlace(String text, MatchedSentence s, DateExpr d) {
        List<Mention> ms = s.mentions();
        for (int j = ms.size() - 1; j > 0; j--) {
            Mention pronoun = ms.get(j);
            if (pronoun.firstToken() >= d.firstToken() || !pronoun.is("RelativePronoun")) continue;
            for (int t = pronoun.endToken(); t <= d.firstToken() && t < s.tokens().size(); t++) {
                if (Token.commaBefore(text, s.tokens(), t)) return false;
            }
            // set off by commas on both sides ("…عفرين، والتي احتلتها تركيا في مارس 2018، برفقة"): without them
            // ("بلدات الكشكية وغرانيج التي يقطنها أبناء العشيرة فجر الأربعاء هجوماً") the date goes on to the act
            Mention before = ms.get(j - 1);
            boolean setOff = Token.commaBefore(text, s.tokens(), pronoun.firstToken())
                    && d.endToken() < s.tokens().size() && Token.commaBefore(text, s.tokens(), d.endToken());
            return setOff && before.is("Place") && pronoun.firstToken() - before.endToken() <= 1;
        }
        return false;
    }

    // "فيما", "وبينما"
    private static final Pattern MEANWHILE = Pattern.compile("^و?(فيما|بينما)$");

    private static boolean meanwhileBetween(List<Token> tokens, int from, int to) {
        for (int t = from; t < to && t < tokens.size(); t++) {
            String w = tokens.get(t).term();
            if (MEANWHILE.matcher(w).matches() || (w.equals("في") && t + 1 < to && tokens.get(t + 1).term().equals("حين"))) return true;
        }
        return false;
    }

    private static boolean participleBetween(List<Mention> ms, int from, int to) {
        for (Mention m : ms) if (m.firstToken() >= from && m.firstToken() < to && m.is("SpeechParticiple")) return true;
        return false;
    }

    /** An aggregate's time: a period up to the publication date. */
    static boolean isPeriod(TimeSpan t) {
        return "Period".equals(t.precision());
    }

    /** "منذ مطلع العام": the date opens a period rather than naming a time. */
    static boolean since(List<Token> tokens, DateExpr d) {
        return sinceAt(tokens, d) >= 0;
    }

    // "منذ", "ومنذ"
    private static final java.util.Set<String> SINCE = ArabicAnalysis.wordSet("منذ", "ومنذ");

    // the part of a day and the weekday before a date: "منذ صباح الجمعة 21 تشرين الأول", "ومنذ فجر يوم السبت"
    private static final java.util.Set<String> DAY_WORDS = ArabicAnalysis.wordSet("فجر", "صباح", "ظهر", "مساء", "ليل",
            "ليلة", "يوم", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت");

    /**
     * The token of "منذ" that opens the period the date starts, or -1: right before it, or before the part of
     * the day and the weekday that name it again ("منذ صباح الجمعة 21 تشرين الأول الجاري"): analysts code what
     * went on since a day from that day to the report.
     */
    static int sinceAt(List<Token> tokens, DateExpr d) {
        for (int t = d.firstToken() - 1; t >= 0 && t >= d.firstToken() - 4; t--) {
            String w = tokens.get(t).term();
            if (SINCE.contains(w)) return t;
            if (!DAY_WORDS.contains(w)) return -1;
        }
        return -1;
    }

    /** A stated count in the clause: digits, a number word, or "ما لا يقل عن". */
    private static boolean counts(MatchedSentence s, Clause cl) {
        for (Mention m : s.mentions()) {
            if (cl.holds(m) && (m.is("NumberWord") || m.is("AtLeastCue"))) return true;
        }
        next:
        for (int t = cl.from(); t < cl.to(); t++) {
            for (DateExpr d : s.dates()) if (t >= d.firstToken() && t < d.endToken()) continue next;   // "منذ عام 2019"
            if (CasualtyReader.isCount(s.tokens().get(t))) return true;
        }
        return false;
    }
}
