package org.isnad.extract.llm;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.isnad.extract.Claim;
import org.isnad.extract.ExtractionException;
import org.isnad.extract.Extractor;
import org.isnad.extract.Lexicon;
import org.isnad.extract.ToldEvent;
import org.isnad.extract.ToldEventReader;
import org.isnad.ingest.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The second extractor ({@code --extractor llm}): a language model behind an OpenAI-compatible HTTP API (llama.cpp
 * server, vLLM, Ollama) reads the article into events, in the article's own words ({@link Prompt}); isnad's own
 * readers then resolve those words into claims ({@link ToldEventReader}), so both extractors speak one vocabulary
 * and {@code isnad eval} scores both alike. Answers are cached ({@link AnswerCache}); with the cache, the same
 * article gives the same claims. An endpoint that fails or an answer that is not the JSON asked for is an
 * {@link ExtractionException} naming the article: the commands report it and go on with the next.
 */
public final class LlmExtractor implements Extractor {

    private static final Logger LOG = LoggerFactory.getLogger(LlmExtractor.class);

    private final LlmConfig config;
    private final Prompt prompt;
    private final ChatClient client;
    private final AnswerCache cache;
    private final ToldEventReader reader;
    private final AtomicInteger calls = new AtomicInteger();

    /** Configured from the environment ({@link LlmConfig}): the registry's factory. */
    public LlmExtractor(Lexicon lexicon) { this(lexicon, LlmConfig.from(System.getenv())); }

    public LlmExtractor(Lexicon lexicon, LlmConfig config) {
        this.config = config;
        this.prompt = new Prompt(lexicon);
        this.client = new ChatClient(config);
        this.cache = new AnswerCache(config.cache());
        this.reader = new ToldEventReader(lexicon);
    }

    @Override
    public org.isnad.extract.ExtractionMethod method() {
        return new org.isnad.extract.ExtractionMethod("llm", config.model(), Prompt.VERSION);
    }

    /** How many times the model was asked (an answer from the cache is no call). */
    public int calls() { return calls.get(); }

    @Override
    public List<Claim> extract(Article article) {
        String text = prompt.of(article);
        String key = AnswerCache.key(config.model(), Prompt.VERSION, text);
        String answer = cache.get(key);
        boolean cached = answer != null;
        if (!cached) {
            calls.incrementAndGet();
            try {
                answer = client.complete(text);
            } catch (ExtractionException e) {
                throw new ExtractionException(article.source(), e.getMessage(), e);
            }
        }
        List<ToldEvent> events;
        try {
            events = AnswerParser.parse(answer);
        } catch (AnswerParser.MalformedAnswer e) {
            throw new ExtractionException(article.source(), "the language model's answer is malformed: " + e.getMessage()
                    + (cached ? " (cached as " + cache.file(key) + ")" : ""), e);
        }
        if (!cached) cache.put(key, answer);
        ToldEventReader.Result r = reader.read(article, events);
        if (r.droppedTotal() > 0) LOG.warn("{}: {} of {} events of the language model dropped {}", article.source(),
                r.droppedTotal(), events.size(), describe(r.dropped()));
        return r.claims();
    }

    private static String describe(Map<String, Integer> dropped) {
        StringBuilder sb = new StringBuilder("(");
        dropped.forEach((why, n) -> sb.append(sb.length() > 1 ? ", " : "").append(n).append(' ').append(why));
        return sb.append(')').toString();
    }
}
