package org.isnad.validate;

import java.util.List;
import org.apache.jena.graph.Graph;

/**
 * What validation found.
 *
 * @param claimsChecked claim graphs looked at (including those that lack provenance)
 * @param violations    every problem, grouped by claim in the order the claims were checked
 * @param reportGraph   the same problems as a standard SHACL {@code sh:ValidationReport}
 */
public record ValidationResult(int claimsChecked, List<Violation> violations, Graph reportGraph) {
    public ValidationResult {
        violations = List.copyOf(violations);
    }

    public boolean conforms() {
        return violations.isEmpty();
    }
}
