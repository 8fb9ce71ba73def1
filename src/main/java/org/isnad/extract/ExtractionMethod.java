package org.isnad.extract;

import java.util.Objects;

/**
 * What read the claims, for their provenance: isnad's rules, or a language model (its name as the endpoint
 * serves it, and the version of the question put to it). Claims of two methods come from two extraction
 * activities, so a researcher can keep or drop a model's claims by a query.
 *
 * @param name          the extractor's registry name ("rules", "llm")
 * @param model         the model, or null for a method without one
 * @param promptVersion the prompt's version, or null
 */
public record ExtractionMethod(String name, String model, String promptVersion) {

    /** isnad's own readers of Arabic news prose. */
    public static final ExtractionMethod RULES = new ExtractionMethod("rules", null, null);

    public ExtractionMethod {
        Objects.requireNonNull(name, "name");
    }

    /** The rules: the extraction's identity is the software version and the reference data alone. */
    public boolean isRules() { return RULES.equals(this); }
}
