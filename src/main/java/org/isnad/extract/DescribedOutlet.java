package org.isnad.extract;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * An outlet described before it is named: "وكالة الأنباء الرسمية (سانا)", "وكالة أنباء النظام الرسمية سانا",
 * "مراسل عنب بلدي". The description is no speaker of its own; the name that closes it is.
 */
final class DescribedOutlet {

    /**
     * Nouns that open such a description: an agency, a network, a channel, a correspondent; a radio or a page
     * ("ذكرت إذاعة “شام إف إم” المحلية", "أفادت صفحة “السويداء 24” الإخبارية").
     */
    private static final Set<String> MEDIA_NOUNS = Set.of("speaker-agency", "speaker-network", "speaker-media",
            "speaker-correspondent", "speaker-radio", "speaker-page");

    /** How many words a description may take before the name. */
    private static final int MAX_WORDS = 6;

    private DescribedOutlet() {}

    // a comma, full stop or colon: the outlet is no longer the noun's
    private static final Pattern PUNCTUATION = Pattern.compile("[،,.:؛]");

    /**
     * The outlet named within a few words after a media noun, in the same phrase (no comma, no "أن", no
     * other verb between); null when none.
     */
    static Mention after(String text, MatchedSentence s, Mention noun) {
        Entry e = noun.entry("SpeakerNoun");
        if (e == null || !MEDIA_NOUNS.contains(e.iri().substring(e.iri().lastIndexOf('/') + 1))) return null;
        for (Mention x : s.mentions()) {
            if (x.firstToken() < noun.endToken()) continue;
            if (x.firstToken() - noun.endToken() > MAX_WORDS) return null;
            if (PUNCTUATION.matcher(text.substring(noun.end(), x.start())).find()) return null;
            if (x.entry("Outlet") != null) return x;
            if (x.is("ComplementMarker") || x.is("SpeechVerb") || x.is("Trigger")) return null;
        }
        return null;
    }
}
