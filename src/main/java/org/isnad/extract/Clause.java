package org.isnad.extract;

import java.util.List;

/**
 * A run of a sentence's words that may tell an event of its own.
 *
 * @param from      first token
 * @param to        token after the last
 * @param inPassing it tells a second event in passing ("عقب الغارات التي شنها …"): what governs the
 *                  sentence does not govern it
 */
record Clause(int from, int to, boolean inPassing) {

    boolean holds(Mention m) {
        return m.firstToken() >= from && m.firstToken() < to;
    }

    /** The mentions that start in this clause, in text order. */
    List<Mention> of(List<Mention> ms) {
        return ms.stream().filter(this::holds).toList();
    }
}
