package org.isnad.extract;

/**
 * Names one claim within its article, for the links between claims (a statement's event, a toll's event,
 * "the same event as", "after that"). Given when the claim is made and never changed, so a link holds
 * however the claims are later ordered, filtered or retyped; the claim's IRI, by contrast, is minted from
 * its content once extraction is done.
 *
 * @param ordinal the claim's place in the order the article's claims were made (0 for the first)
 */
public record ClaimKey(int ordinal) implements Comparable<ClaimKey> {

    public ClaimKey {
        if (ordinal < 0) throw new IllegalArgumentException("claim ordinal " + ordinal);
    }

    /** Made before {@code other}: "told earlier in the article". */
    public boolean before(ClaimKey other) { return ordinal < other.ordinal; }

    @Override
    public int compareTo(ClaimKey o) { return Integer.compare(ordinal, o.ordinal); }
}
