package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/** The load tests' corpus: {@code n} test articles converted into one N-Quads file, and its quads by article key. */
final class ConvertedArticles {

    private ConvertedArticles() {}

    /** Converts articles 0 … n−1 into {@code dir/all.nq}; fills {@code byArticle} in file order; returns the file. */
    static Path convert(Path dir, int n, Map<String, List<Quad>> byArticle) throws IOException {
        Path in = Files.createDirectories(dir.resolve("articles"));
        for (int i = 0; i < n; i++) Cli.write(in.resolve(String.format("a%02d.txt", i)), BatchConvertTest.article(i));
        Path all = dir.resolve("all.nq");
        Cli.run("convert", "--format", "nq", "-o", all, in).assertExit(0);
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.source(all).lang(Lang.NQUADS).parse(dsg);
        dsg.find().forEachRemaining(q -> {
            Matcher m = LoadInterruptedTest.ARTICLE.matcher(q.getGraph().getURI());
            assertTrue(m.lookingAt(), q.getGraph().getURI());
            byArticle.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(q);
        });
        return all;
    }
}
