package org.isnad.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.isnad.BadInputException;
import org.isnad.extract.Claim;
import org.isnad.extract.EventClaim;
import org.isnad.extract.Extractor;
import org.isnad.ingest.Article;

/**
 * Scores an extractor on labelled single sentences, as event-coding projects label newswire: each line of a
 * TSV file is {@code label<TAB>sentence}, the label {@code assault} (CAMEO 18: kidnapping, killing,
 * bombing, assassination…) or {@code protest} (CAMEO 14: demonstration, march, sit-in, strike, road block,
 * riot). Each sentence is read as a one-sentence article with no headline. An assault sentence is found
 * when it gives a violent event (any ACLED sub-type of battles, explosions or violence against civilians);
 * a protest sentence when it gives a protest or a riot. A sentence that gives an event of the other family
 * is counted as confused.
 */
public final class SentenceSet {

    /** What one sentence gave. */
    public record Outcome(int line, String label, String sentence, boolean found, boolean confused, List<String> types) {}

    /** The score of one file. */
    public record Result(String file, int assaults, int assaultsFound, int protests, int protestsFound, int confused,
                         List<Outcome> outcomes) {
        public double assaultRecall() { return assaults == 0 ? 0 : (double) assaultsFound / assaults; }
        public double protestRecall() { return protests == 0 ? 0 : (double) protestsFound / protests; }

        public String summary() {
            return String.format(Locale.ROOT, "%s: assaults %d/%d (%.0f%%) give a violent event; protests %d/%d (%.0f%%)"
                    + " give a protest or riot; %d sentences give an event of the other family", file, assaultsFound, assaults,
                    100 * assaultRecall(), protestsFound, protests, 100 * protestRecall(), confused);
        }
    }

    /** The event family of an event class IRI: "violent", "protest" or "other". */
    private final Function<String, String> family;
    private final Extractor extractor;

    public SentenceSet(Extractor extractor, Function<String, String> family) {
        this.extractor = extractor;
        this.family = family;
    }

    public Result score(Path tsv) throws BadInputException {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(tsv.toString(), "cannot be read (" + e.getMessage() + ")");
        }
        int assaults = 0, assaultsFound = 0, protests = 0, protestsFound = 0, confused = 0;
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            int tab = line.indexOf('\t');
            String label = tab < 0 ? "" : line.substring(0, tab).strip();
            if (!label.equals("assault") && !label.equals("protest"))
                throw new BadInputException(tsv.toString(), "line " + (i + 1) + ": expected 'assault' or 'protest', a tab, then the sentence");
            String sentence = line.substring(tab + 1).strip();
            Article a = new Article(tsv + ":" + (i + 1), null, null, null, null, null, sentence, List.of());
            List<String> types = new ArrayList<>();
            for (Claim c : extractor.extract(a)) {
                if (c instanceof EventClaim e && e.eventClass() != null) types.add(e.eventClass());
            }
            String wanted = label.equals("assault") ? "violent" : "protest";
            String other = label.equals("assault") ? "protest" : "violent";
            boolean found = types.stream().anyMatch(t -> family.apply(t).equals(wanted));
            boolean isConfused = types.stream().anyMatch(t -> family.apply(t).equals(other));
            if (label.equals("assault")) { assaults++; if (found) assaultsFound++; }
            else { protests++; if (found) protestsFound++; }
            if (isConfused) confused++;
            outcomes.add(new Outcome(i + 1, label, sentence, found, isConfused, types));
        }
        return new Result(tsv.toString(), assaults, assaultsFound, protests, protestsFound, confused, outcomes);
    }
}
