package org.isnad.extract;

import java.util.LinkedHashSet;
import java.util.Set;

/** What one clause says of an event, before it is merged into a claim. */
final class EventMention {
    String eventClass;
    boolean specific;
    boolean anaphoric;          // "الضربات": definite, unspecific, refers back
    boolean definite;           // its first trigger is definite ("الصواريخ", "الهجوم")
    boolean eventive;
    boolean toldNow;            // "وتشهد المدينة اشتباكات …": going on as the report is written (WitnessedNow)
    final Set<String> actors = new LinkedHashSet<>(), targets = new LinkedHashSet<>(),
            directedBy = new LinkedHashSet<>(), places = new LinkedHashSet<>(), origins = new LinkedHashSet<>();
    TimeSpan time = TimeSpan.NONE;
    Modality modality = Modality.ASSERTED;
    int start, end;
    int clauseFrom, clauseTo;   // token range of the clause it came from
    int grievanceFrom = Integer.MAX_VALUE;   // "مطالبين بمحاسبة المتسببين بالاقتتال": the protest's latest grievance,
    int grievanceTo = Integer.MAX_VALUE;     // tokens [grievanceFrom, grievanceTo), up to the next comma
    final java.util.List<int[]> grievances = new java.util.ArrayList<>(0);   // every grievance told, in order

    void grievance(int from, int to) {
        grievanceFrom = from;
        grievanceTo = to;
        grievances.add(new int[] {from, to});
    }

    boolean inGrievance(int token) {
        return covers(grievances, token);
    }
    /** "متورطين في قتل شاب في حي …": what the arrested are charged with, tokens [from, to) (ChargedArrest). */
    final java.util.List<int[]> charges = new java.util.ArrayList<>(0);
    /** Places named in the charge: not the arrest's, unless it names none (ChargedArrest). */
    final Set<String> chargePlaces = new LinkedHashSet<>();

    boolean inCharge(int token) {
        return covers(charges, token);
    }

    /** Whether {@code token} stands in one of the spans of tokens [from, to). */
    private static boolean covers(java.util.List<int[]> spans, int token) {
        for (int[] s : spans) if (token >= s[0] && token < s[1]) return true;
        return false;
    }
    boolean announcedDay;                    // "أعلنت الوزارة، اليوم، القبض على …": its day is the announcement's (AnnouncedArrest)
    boolean intervention;                    // "لتفريقهم", "بالغاز المسيل للدموع": forces acting against a protest
    boolean killed;                          // its clause tells a killing ("أدى إطلاق النار لمقتل شاب")
    String continues;                        // "واقتيدا إلى جهة مجهولة": the class of event this goes on with
    boolean series;             // "عمليات الاغتيال المتكررة": many events, no one time
    boolean undated;            // "بعد المظاهرة الأخيرة": the act a time is counted from has no time told, nor takes one
    int weaponRank;
    boolean typedByHit;         // its type so far comes from a thing told as hit ("تعرض رتل …"): TriggerChoice
    boolean typedByWeak;        // its type so far comes from a killing alone (isnad:weak)             // how sharply the trigger that typed it names the means (isnad:weaponRank)
    /** Places the reference data lacks, kept as written ("قرية الحوايج"). */
    final Set<PlaceText> placeTexts = new LinkedHashSet<>();
    /** "بعد السيطرة عليها": the place it tells of is the one told before (carried whatever the time). */
    boolean placeToldBefore;
    /** "أعلنت … سيطرتها على": the place was taken by the owner of "its" control, the speaker when no one else is named. */
    boolean takenForItsOwner;
    /** "انسحب مقاتلو التنظيم من القرى إثر معارك مع العشائر": the side after "مع" took the place (WithdrewAfterFighting). */
    boolean takerAfterWith;
    /** "بعد سيطرة الفصائل على المنطقة": the capture is told as the time of something else (CaptureInTime). */
    boolean captureFramed;
    /** "منذ" after the capture word: how long the place has been held (CaptureInTime.heldSince). */
    boolean heldSince;
    /** Its places were carried over from the sentence's previous clause, not named in its own. */
    boolean placesCarried;
    /** The token of its first trigger, or -1: a threat told as a noun bears only on acts after it. */
    int triggerToken = -1;
    /** Who acted and who was hit, as written, when no reference list names them ("مسلحون", "ثلاثة شبان"). */
    final Set<ParticipantText> actorTexts = new LinkedHashSet<>(), targetTexts = new LinkedHashSet<>();
    /** People named by a person noun: the target of a violent act, the actor of a protest. */
    final Set<ParticipantText> personTexts = new LinkedHashSet<>();
    /** The words each known place was named with here ("بريف دير الزور" → deir-ez-zor-countryside). */
    final java.util.Map<String, String> placeWords = new java.util.LinkedHashMap<>();

    boolean planned() { return modality == Modality.PLANNED; }

    /** No time told, and none to take from the acts told before ("بعد المظاهرة الأخيرة"). */
    void untimed() {
        time = TimeSpan.NONE;
        undated = true;
    }
}
