package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.isnad.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** isnad link: the links of a store loaded with --no-link, made afterwards in one run. */
class LinkCommandTest {

    @TempDir Path tmp;

    private static final String LINKS = "SELECT ?a ?b WHERE { GRAPH <" + SameEventLinker.LINKS_GRAPH
            + "> { ?a <https://w3id.org/isnad/ns#sameEventAs> ?b } }";

    @Test
    void linkAfterALoadWithoutLinksMakesTheLinksTheLoadWouldHaveMade() throws Exception {
        Path store = tmp.resolve("store");
        StoreCliTest.Run load = StoreCliTest.isnad("load", "--store", store.toString(), "--no-link",
                "--reference", Fixture.REFERENCE.toString(), Fixture.CLAIMS.toString());
        assertEquals(ExitCodes.OK, load.code(), load.err());
        try (ClaimStore cs = ClaimStore.openExisting(store)) {
            assertEquals(List.of(), Fixture.select(cs, LINKS));
        }

        StoreCliTest.Run link = StoreCliTest.isnad("link", "--store", store.toString());
        assertEquals(ExitCodes.OK, link.code(), link.err());
        assertTrue(link.out().contains("1 same-event link"), link.out());
        try (ClaimStore cs = ClaimStore.openExisting(store)) {
            assertEquals(Fixture.SAME_EVENT_LINK_QUADS, Fixture.select(cs, LINKS).size());
            assertEquals(Fixture.expectedQuads(), cs.quadCount(), "the same store as a load with links");
        }
    }

    @Test
    void linkOfNoStoreExits3NamingIt() {
        Path missing = tmp.resolve("nothing-here");
        StoreCliTest.Run r = StoreCliTest.isnad("link", "--store", missing.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains(missing.toString()), r.err());
    }
}
