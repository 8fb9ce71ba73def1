package org.isnad.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tolls: "مقتل ٣ عناصر", "قُتل ما لا يقل عن خمسة عناصر من …", "إصابة ثلاثة مدنيين", "مقتل عنصرين". Each
 * clause's killed and wounded become one casualty claim tied to the event of that clause (else the
 * sentence's last event, else the last event the same speaker told), reported by the same report.
 */
final class CasualtyReader {

    /** One clause's toll as read so far. */
    private static final class Toll {
        Integer killed, wounded;
        boolean minimum;
        final Set<String> victims = new LinkedHashSet<>();
    }

    /** One count: the number and the token after it. */
    private record Count(int n, boolean atLeast, int numberEnd) {}

    /**
     * @param found          the events the sentence's clauses told
     * @param sentenceEvents the claims they went to, one for each of {@code found}, then any retold event
     */
    void read(Reading r, MatchedSentence s, List<Clause> clauses, List<EventMention> found, List<EventClaim> sentenceEvents,
              Report report) {
        for (Clause cl : clauses) {
            Toll toll = tollIn(s, cl);
            if (toll.killed == null && toll.wounded == null) continue;
            ClaimKey event = null;
            for (int i = 0; i < found.size(); i++) {
                if (found.get(i).clauseFrom == cl.from()) event = sentenceEvents.get(i).key();
            }
            if (event == null && !sentenceEvents.isEmpty()) event = sentenceEvents.get(sentenceEvents.size() - 1).key();
            if (event == null) {
                EventClaim last = r.claims.lastEvent(report);
                if (last == null) continue;     // a toll of no event told: nothing to tie it to
                event = last.key();
            }
            CasualtyClaim c = new CasualtyClaim(r.claims.nextKey(), report, event, toll.killed, toll.wounded, toll.minimum);
            c.victims().addAll(toll.victims);
            List<Token> tokens = s.tokens();
            int from = tokens.get(cl.from()).start(), to = clauses.size() == 1 ? s.end() : tokens.get(cl.to() - 1).end();
            if (clauses.size() == 1) from = s.start();
            c.addEvidence(r.evidence(from, to));
            r.claims.add(c);
        }
    }

    private Toll tollIn(MatchedSentence s, Clause cl) {
        List<Mention> ms = s.mentions();
        Toll toll = new Toll();
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            if (!cl.holds(m) || !m.is("CasualtyCue")) continue;
            String kind = m.entry("CasualtyCue").prop("casualtyKind");
            Count count = countAfter(s, cl, k);
            if (count == null) continue;
            int n = count.n();
            // a second count of the same kind in one clause is mostly the toll restated ("ليرتفع عدد
            // القتلى إلى أربعة"), not more dead: keep the larger, never the sum
            if (kind.equals("killed")) toll.killed = toll.killed == null ? n : Math.max(toll.killed, n);
            else toll.wounded = toll.wounded == null ? n : Math.max(toll.wounded, n);
            toll.minimum |= count.atLeast();
            // who they were: an actor named just after the number ("عناصر من قسد", "مدنيين")
            int numberEnd = count.numberEnd();
            for (Mention x : ms) {
                if (x.firstToken() >= numberEnd - 1 && x.firstToken() <= numberEnd + 2
                        && (x.is("AccordingTo") || x.is("SourceCue") || x.is("SpeechVerb"))) break;
                if (x.firstToken() >= numberEnd - 1 && x.firstToken() <= numberEnd + 2 && x.entry("Actor") != null) {
                    toll.victims.add(x.entry("Actor").iri());
                    break;
                }
            }
        }
        return toll;
    }

    /** The number of the cue at {@code k}: within the next few words, after an optional "ما لا يقل عن"; or null. */
    private static Count countAfter(MatchedSentence s, Clause cl, int k) {
        List<Mention> ms = s.mentions();
        Integer n = null;
        boolean atLeast = false;
        int numberEnd = -1;
        int after = ms.get(k).endToken();
        for (int j = k + 1; j < ms.size() && ms.get(j).firstToken() - after <= 3; j++) {
            Mention x = ms.get(j);
            if (x.is("AtLeastCue")) { atLeast = true; after = x.endToken(); continue; }
            if (x.is("NumberWord")) { n = x.entry("NumberWord").intProp("value", 0); numberEnd = x.endToken(); }
            break;
        }
        for (int t = after; n == null && t < Math.min(cl.to(), after + 4); t++) {
            if (isCount(s.tokens().get(t))) {
                n = Integer.parseInt(s.term(t));
                numberEnd = t + 1;
            }
        }
        return n == null ? null : new Count(n, atLeast, numberEnd);
    }

    /** A number of at most four digits: the size of a count of people or incidents. */
    static boolean isCount(Token t) {
        return t.isNumber() && t.term().length() <= 4;
    }
}
