package org.isnad.extract;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * "الحسكة.. قصف جوي تركي يستهدف سيارة قرب القامشلي" over a body that tells the strike, its toll and the
 * hospital the wounded were taken to, but never where the car was hit: the headline is the only place the
 * outlet gives for its act, and the reader takes the act to have happened there. Once every sentence is
 * read, the first claim of the headline's type, when it names no place at all (not even in unresolved
 * words), takes the headline's places; not a planned claim. A place after "من" is where the victim is from
 * or the fire came from ("خطف شاب من ريف السويداء"), not where the act happened, and is not lent. The headline
 * still makes no claim of its own ({@link HeadlineEvidence}).
 */
final class HeadlinePlace implements ClaimPass {

    private final EventTypes types;

    HeadlinePlace(EventTypes types) { this.types = types; }

    @Override
    public void apply(ArticleClaims claims) {
        ArticleClaims.TitleAct t = claims.titleAct();
        if (t == null || t.event().planned()) return;
        EventMention h = t.event();
        Set<String> places = new java.util.LinkedHashSet<>();
        for (String p : h.places) if (!fromPlace(t.words(), h.placeWords.get(p))) places.add(p);
        Set<PlaceText> texts = new java.util.LinkedHashSet<>();
        for (PlaceText p : h.placeTexts) if (!fromPlace(t.words(), p.text())) texts.add(p);
        if (places.isEmpty() && texts.isEmpty()) return;
        for (EventClaim c : claims.events()) {
            if (!types.compatible(c.eventClass(), h.eventClass)) continue;
            if (!c.places().isEmpty() || !c.placeTexts().isEmpty()) return;   // the body told the act's place
            if (c.planned()) continue;
            c.places().addAll(places);
            c.placeTexts().addAll(texts);
            for (String p : places) if (h.placeWords.containsKey(p)) c.placeWordsMap().putIfAbsent(p, h.placeWords.get(p));
            return;
        }
    }

    /** The place's words stand right after "من" in the headline (or its words are unknown: then not lent). */
    private static boolean fromPlace(String headline, String words) {
        if (words == null) return true;
        return TextAround.precededBy(headline, words, FROM);
    }

    /** "من " as a word of its own: the words after it are where someone or something came from. */
    private static final Pattern FROM = TextAround.lead("(?<![\\p{L}])من\\s+");
}
