package org.isnad.validate;

import org.apache.jena.graph.Node;

/**
 * One thing wrong with one claim.
 *
 * @param claimIri    the claim graph the problem was found in; {@code null} for triples in the default graph
 * @param focusNode   the node that breaks the rule (the claim, its event, an evidence span, a report, ...)
 * @param path        the property path checked, in prefixed form, or {@code null} for a rule about the node as a whole
 * @param message     what is wrong, for a researcher
 * @param severity    {@code Violation}, {@code Warning} or {@code Info}
 * @param sourceShape the SHACL shape that made the rule (a blank node for nested shapes)
 */
public record Violation(String claimIri, Node focusNode, String path, String message, String severity,
                        Node sourceShape) {}
