package org.isnad.extract;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** What a named speaker says that comments on, rather than reports, an event ("the strikes were necessary"). */
public final class StatementClaim extends Claim {

    private final String text;
    private final Set<String> mentions = new LinkedHashSet<>();
    private ClaimKey about;

    StatementClaim(ClaimKey key, Report report, String text) {
        super(key, report);
        this.text = text;
    }

    /** What is said, in the text's words. */
    public String text() { return text; }
    /** The places, actors named in what is said. */
    public Set<String> mentions() { return mentions; }
    /** The event claim it speaks of ("هذه الضربات"), if it points at one. */
    public Optional<ClaimKey> about() { return Optional.ofNullable(about); }

    void about(ClaimKey k) { this.about = k; }
}
