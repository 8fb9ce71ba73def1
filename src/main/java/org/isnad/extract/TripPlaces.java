package org.isnad.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The places after "أثناء عودته من", "عائداً من", "أثناء عمله في": where the victim was coming back from or
 * working. Unlike his home town they lie on his way, so when the clause names no other place where it
 * happened ("خُطف أثناء عودته من مدرسته في حي الروضة بمدينة جرمانا") they are the nearest place the text
 * gives, as an ACLED coder reads it; a place the clause does name ("على الطريق قرب بلدة …") wins.
 */
final class TripPlaces {

    private final Map<String, String> known = new LinkedHashMap<>();
    private final List<PlaceText> unknown = new ArrayList<>();
    private boolean homeNamed;

    void known(String iri, String words) { known.putIfAbsent(iri, words); }

    void unknown(PlaceText place) { unknown.add(place); }

    /** "شاباً من أبناء بلدة عريقة أثناء توجهه إلى عمله": a home town was named too. */
    void homeNamed() { homeNamed = true; }

    /**
     * Gives the event the trip's places when neither it nor its sentence names another: with his home town
     * named, he was somewhere between the two ("من أبناء بلدة … أثناء عودته من عمله في مدينة …"), and a
     * place elsewhere in the sentence ("قرب بلدة موحسن، … عائدين من نقاطهم في البادية") is where it was.
     */
    void giveIfNoOther(EventMention em, List<Mention> sentence) {
        if (homeNamed || !em.places.isEmpty() || !em.placeTexts.isEmpty()) return;
        for (Mention m : sentence) {
            Entry place = m.entry("Place");
            if (place != null && !known.containsKey(place.iri())) return;
        }
        known.forEach((iri, words) -> {
            em.places.add(iri);
            em.placeWords.putIfAbsent(iri, words);
        });
        em.placeTexts.addAll(unknown);
    }
}
