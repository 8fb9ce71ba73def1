package org.isnad.spark;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.BadInputException;
import org.isnad.cli.ArticleQuads;

/**
 * One {@link ArticleQuads} per executor JVM and reference list: the lexicons and the morphology take
 * seconds to load and are read-only afterwards, so every task of the JVM shares them.
 */
final class SharedQuads {
    private SharedQuads() {}

    private static final Map<List<String>, ArticleQuads> LOADED = new HashMap<>();

    static synchronized ArticleQuads get(List<String> reference) {
        return LOADED.computeIfAbsent(reference, r -> {
            try {
                return ArticleQuads.load(r.stream().map(Path::of).toList());
            } catch (BadInputException e) {
                throw new IllegalStateException("isnad-spark: the reference data cannot be read: " + e.getMessage(), e);
            }
        });
    }
}
