package org.isnad.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a predicted speaker is compared with the analyst's. */
class AttributionTest {

    private static PredictedClaim predicted(String label, String kind, String outlet) {
        return new PredictedClaim("c1", "event", null, List.of(), null, null, label, kind, null, outlet, "a.txt",
                List.of(), "asserted", List.of());
    }

    @Test
    void theOutletsOwnNameIsItsOwnVoice() {
        PredictedClaim own = predicted("SOHR (own reporting)", "OutletReporting", "SOHR");
        assertTrue(Attribution.agrees("SOHR", own, null, "SOHR"), "the observatory named in its own article");
        assertTrue(Attribution.agrees("SOHR (own voice)", own, null, "SOHR"));
        assertFalse(Attribution.agrees("SOHR's sources", own, null, "SOHR"), "its sources are not its own voice");
        assertFalse(Attribution.agrees("SOHR (citing local sources)", own, null, "SOHR"));
        assertFalse(Attribution.agrees("Syrian Ministry of Defence", own, null, "SOHR"), "someone else named");
    }

    @Test
    void aPluralOrACompoundOfOneSpeakerWordAgrees() {
        // "Step News correspondents" (rdev10) are the outlet's own, as "Step News correspondent" is
        PredictedClaim own = predicted("Step News (own reporting)", "OutletReporting", "Step News");
        assertTrue(Attribution.agrees("Step News correspondents", own, null, "Step News"));
        assertFalse(Attribution.agrees("Step News correspondents", predicted("Syrian Civil Defence", "SourceReport", "Step News"),
                null, "Step News"), "the outlet's correspondents are its own voice");
        // "eyewitnesses" are isnad's "witness (شهود عيان)" (rdev6)
        PredictedClaim witness = predicted("witness (شهود عيان)", "SourceReport", "Shafaq News");
        assertTrue(Attribution.agrees("eyewitnesses", witness, null, "Shafaq News"));
        assertFalse(Attribution.agrees("medical sources", witness, null, "Shafaq News"));
    }

    @Test
    void oneInstitutionsNameInAnotherWordOrderAgrees() {
        PredictedClaim ministry = predicted("Syrian Ministry of Interior", "SourceReport", "Halab Today");
        assertTrue(Attribution.agrees("Syrian Interior Ministry", ministry, null, "Halab Today"));
        PredictedClaim defence = predicted("Syrian Ministry of Defence statement", "OfficialStatement", "Enab Baladi");
        assertTrue(Attribution.agrees("Ministry of Defence (Syrian government)", defence, null, "Enab Baladi"),
                "a qualifier in brackets names whose ministry it is");
        assertTrue(Attribution.agrees("Syrian Defence Ministry", defence, null, "Enab Baladi"));
        assertTrue(Attribution.agrees("Syrian Defense Ministry (statement)", defence, null, "Enab Baladi"),
                "one ministry in American spelling");
    }

    @Test
    void anOutletsNameWrittenAsOneWordIsItsOwnVoice() {
        PredictedClaim own = predicted("Al Jazeera (own reporting)", "OutletReporting", "Al Jazeera");
        assertTrue(Attribution.agrees("Aljazeera (own voice)", own, null, "Aljazeera"));
        assertFalse(Attribution.agrees("Alarabiya (own voice)", own, null, "Aljazeera"));
    }

    @Test
    void anotherInstitutionOrAnotherCountrysDoesNot() {
        PredictedClaim interior = predicted("Syrian Ministry of Interior", "SourceReport", "Halab Today");
        assertFalse(Attribution.agrees("Syrian Defence Ministry", interior, null, "Halab Today"));
        assertFalse(Attribution.agrees("Iraqi Interior Ministry", interior, null, "Halab Today"));
        assertFalse(Attribution.agrees("Interior Ministry (Iraqi government)", interior, null, "Halab Today"));
        assertTrue(Attribution.agrees("Interior Ministry (statement)", interior, null, "Halab Today"),
                "a ministry named bare, in a report of Syria, is the Syrian one");
        PredictedClaim bare = predicted("Ministry of Interior", "SourceReport", "Halab Today");
        assertFalse(Attribution.agrees("Iraqi Interior Ministry", bare, null, "Halab Today"));
    }

    @Test
    void whoSpokeToTheCorrespondentIsTheSpeaker() {
        // "Civil Defence (to Smart's correspondent)": the correspondent only heard it; the speaker is Civil Defence
        PredictedClaim defence = predicted("Syria Civil Defence (White Helmets)", "SourceReport", "Smart News");
        assertTrue(Attribution.agrees("Civil Defence (to Smart's correspondent)", defence, null, "Smart News"));
        PredictedClaim local = predicted("Local sources", "SourceReport", "Smart News");
        assertTrue(Attribution.agrees("local sources (to Smart correspondent)", local, null, "Smart News"));
        assertTrue(Attribution.agrees("residents, speaking to Smart's correspondent", predicted("residents",
                "SourceReport", "Smart News"), null, "Smart News"));
        // and the outlet's own voice is then not the speaker, nor is someone else
        PredictedClaim own = predicted("Smart News (own reporting)", "OutletReporting", "Smart News");
        assertFalse(Attribution.agrees("local sources (to Smart correspondent)", own, null, "Smart News"));
        assertFalse(Attribution.agrees("Civil Defence (to Smart's correspondent)", local, null, "Smart News"));
        // the correspondent named as the speaker is still the outlet's own voice
        assertTrue(Attribution.agrees("Smart News correspondent", own, null, "Smart News"));
        assertFalse(Attribution.agrees("Smart News correspondent", local, null, "Smart News"));
    }

    @Test
    void anotherOutletsCorrespondentIsThatOutletsSpeaker() {
        // "وقال مراسل قناة “سما” المحلية" in an Enab Baladi article: Sama TV's man speaks, not Enab Baladi
        PredictedClaim sama = predicted("correspondent (مراسل قناة سما المحلية)", "SourceReport", "Enab Baladi");
        assertTrue(Attribution.agrees("Sama TV correspondent (Facebook)", sama, null, "Enab Baladi"));
        PredictedClaim own = predicted("Enab Baladi (own reporting)", "OutletReporting", "Enab Baladi");
        assertFalse(Attribution.agrees("Sama TV correspondent (Facebook)", own, null, "Enab Baladi"));
        // the article's own correspondent, wherever he is, stays its own voice
        assertTrue(Attribution.agrees("Enab Baladi correspondent in Daraa", own, null, "Enab Baladi"));
        assertFalse(Attribution.agrees("Enab Baladi correspondent in Daraa", sama, null, "Enab Baladi"));
    }

    @Test
    void theNameBeforeTheBracketsIsTheSpeaker() {
        // "local media (via Baladi News)": the brackets say how the word came, the speaker is named before them
        PredictedClaim media = predicted("local media (وسائل إعلام محلية)", "SourceReport", "Baladi News");
        assertTrue(Attribution.agrees("local media (via Baladi News)", media, null, "Baladi News"));
        assertFalse(Attribution.agrees("local activists (via Baladi News)", media, null, "Baladi News"));
        // the outlet named, then how it told it: its own voice; but not when it passes on someone else's word
        PredictedClaim own = predicted("DeirEzzor 24 (own reporting)", "OutletReporting", "DeirEzzor 24");
        assertTrue(Attribution.agrees("DeirEzzor 24 (own count)", own, null, "DeirEzzor 24"));
        assertTrue(Attribution.agrees("DeirEzzor 24 (page summary)", own, null, "DeirEzzor 24"));
        assertFalse(Attribution.agrees("DeirEzzor 24 (via local sources)", own, null, "DeirEzzor 24"));
        assertFalse(Attribution.agrees("Enab Baladi (page summary)", own, null, "DeirEzzor 24"));
    }

    @Test
    void theGovernmentsMinistryIsTheSyrianOne() {
        PredictedClaim interior = predicted("Syrian Ministry of Interior", "SourceReport", "Step News");
        assertTrue(Attribution.agrees("Ministry of Interior (government), on Facebook", interior, null, "Step News"));
        assertTrue(Attribution.agrees("Ministry of Interior (regime)", interior, null, "Step News"));
        assertFalse(Attribution.agrees("Ministry of Interior (Iraqi government)", interior, null, "Step News"));
    }

    @Test
    void anOutletsBracketsDoNotHideTheSpeakerItCites() {
        // a page carried with its source in the outlet's header: the source's words are not the outlet's name
        PredictedClaim league = predicted("Horan Free Gathering", "SourceReport", "Watan FM (citing Horan Free League)");
        assertTrue(Attribution.agrees("Horan Free League", league, null, "Watan FM (citing Horan Free League)"));
    }
}
