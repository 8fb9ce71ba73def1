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
    final Set<String> actors = new LinkedHashSet<>(), targets = new LinkedHashSet<>(),
            directedBy = new LinkedHashSet<>(), places = new LinkedHashSet<>(), origins = new LinkedHashSet<>();
    TimeSpan time = TimeSpan.NONE;
    Modality modality = Modality.ASSERTED;
    int start, end;
    int clauseFrom, clauseTo;   // token range of the clause it came from
    boolean series;             // "عمليات الاغتيال المتكررة": many events, no one time

    boolean planned() { return modality == Modality.PLANNED; }
}
