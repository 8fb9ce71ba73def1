package org.isnad.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.isnad.extract.ArabicClaimExtractor;
import org.isnad.extract.Extractor;
import org.isnad.extract.Lexicon;

/**
 * The extractors the commands can run, by name. A second extractor is one more entry here: the commands
 * take theirs from outside and never build one themselves.
 */
final class Extractors {
    private Extractors() {}

    /** The extractor a command runs when none is named. */
    static final String DEFAULT = "rules";

    private static final Map<String, Function<Lexicon, Extractor>> BY_NAME = new LinkedHashMap<>();
    static {
        BY_NAME.put(DEFAULT, ArabicClaimExtractor::new);   // the rule-based reader of Arabic news prose
        // a language model behind an OpenAI-compatible endpoint, configured from ISNAD_LLM_* (README, "A language model")
        BY_NAME.put("llm", org.isnad.extract.llm.LlmExtractor::new);
    }

    /** Adds an extractor (tests add one whose output is known to fail the shapes). Must be thread-safe. */
    static synchronized void register(String name, Function<Lexicon, Extractor> factory) {
        BY_NAME.put(name, factory);
    }

    /** The names known, in a stable order. */
    static Iterable<String> names() { return BY_NAME.keySet(); }

    /**
     * The extractor of that name over the reference data, or null when no extractor has that name.
     *
     * @throws org.isnad.extract.ExtractionException when it cannot start (a setting missing): say its message
     */
    static Extractor create(String name, Lexicon lexicon) {
        Function<Lexicon, Extractor> f = BY_NAME.get(name);
        return f == null ? null : f.apply(lexicon);
    }

    /**
     * {@link #create}, saying on {@code err} why not when there is none by that name or it cannot start (a
     * setting missing): then null, and the command exits {@link ExitCodes#USAGE}.
     */
    static Extractor createOrSay(String name, Lexicon lexicon, java.io.PrintWriter err, String command) {
        Extractor e;
        try {
            e = create(name, lexicon);
        } catch (org.isnad.extract.ExtractionException x) {
            err.println(command + ": --extractor " + name + ": " + x.getMessage());
            return null;
        }
        if (e == null) err.println(command + ": no extractor named '" + name + "' (known: " + String.join(", ", names()) + ")");
        return e;
    }

    static Extractor standard(Lexicon lexicon) { return create(DEFAULT, lexicon); }
}
