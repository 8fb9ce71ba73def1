package org.isnad.extract.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.isnad.extract.Lexicon;
import org.isnad.extract.ToldEventReader;
import org.isnad.ingest.Article;

/**
 * The question put to the model, from a versioned resource ({@code prompt-v1.txt}): the event types the
 * ontology knows (the list {@link ToldEventReader} maps back, never written twice), then the article's title,
 * publication date and body. A change of wording is a new version, so cached answers of the old one are not
 * taken for answers of the new.
 */
final class Prompt {

    /** The version of the prompt: part of each cached answer's key. */
    static final String VERSION = "v1";

    private final String template;
    private final String types;

    Prompt(Lexicon lexicon) {
        this.template = resource("prompt-" + VERSION + ".txt");
        this.types = typeList(lexicon);
    }

    /** The prompt for one article. */
    String of(Article a) {
        return template.replace("{{TYPES}}", types)
                .replace("{{TITLE}}", a.title() == null ? "" : a.title())
                .replace("{{PUBLISHED}}", a.published() == null ? "unknown" : a.published().toString())
                .replace("{{BODY}}", a.text());
    }

    /** "- Air/drone strike: An attack from the air by …", one a line, by label. */
    private static String typeList(Lexicon lexicon) {
        StringBuilder sb = new StringBuilder();
        Node comment = org.apache.jena.vocabulary.RDFS.Nodes.comment;
        for (Map.Entry<String, String> t : ToldEventReader.eventTypes(lexicon).entrySet()) {
            String gloss = null;
            var it = lexicon.graph().find(NodeFactory.createURI(t.getValue()), comment, Node.ANY);
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral() && "en".equals(o.getLiteralLanguage())
                        && (gloss == null || o.getLiteralLexicalForm().compareTo(gloss) < 0)) gloss = o.getLiteralLexicalForm();
            }
            sb.append("- ").append(t.getKey());
            if (gloss != null) sb.append(": ").append(gloss);
            sb.append('\n');
        }
        return sb.toString().strip();
    }

    private static String resource(String name) {
        try (InputStream in = Prompt.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name + " next to " + Prompt.class.getName());
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
