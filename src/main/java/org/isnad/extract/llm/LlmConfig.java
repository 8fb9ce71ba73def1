package org.isnad.extract.llm;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.isnad.extract.ExtractionException;

/**
 * Where the language model is and how to ask it, from the environment (the extractor registry's factories
 * take only the lexicon):
 * {@code ISNAD_LLM_ENDPOINT} (the OpenAI-compatible base URL, e.g. {@code http://127.0.0.1:8080/v1}; required),
 * {@code ISNAD_LLM_MODEL} (the model name sent; "default" when unset, as llama.cpp's server ignores it),
 * {@code ISNAD_LLM_API_KEY} (optional, sent as a bearer token, never logged nor cached),
 * {@code ISNAD_LLM_CACHE} (a directory for the answers, optional) and {@code ISNAD_LLM_TIMEOUT} (seconds, 300).
 */
public record LlmConfig(URI endpoint, String model, String apiKey, Path cache, Duration timeout) {

    public static final String ENDPOINT = "ISNAD_LLM_ENDPOINT", MODEL = "ISNAD_LLM_MODEL", API_KEY = "ISNAD_LLM_API_KEY",
            CACHE = "ISNAD_LLM_CACHE", TIMEOUT = "ISNAD_LLM_TIMEOUT";

    /** The key stays out of every message and string made of this record. */
    @Override
    public String toString() {
        return "LlmConfig[endpoint=" + endpoint + ", model=" + model + ", apiKey=" + (apiKey == null ? "none" : "(set)")
                + ", cache=" + cache + ", timeout=" + timeout + "]";
    }

    /** The settings of {@code env} (e.g. {@code System.getenv()}); a clear error naming the variable at fault. */
    public static LlmConfig from(Map<String, String> env) {
        String base = blankToNull(env.get(ENDPOINT));
        if (base == null) {
            throw new ExtractionException("the llm extractor needs " + ENDPOINT + ": the base URL of an OpenAI-compatible"
                    + " server, e.g. " + ENDPOINT + "=http://127.0.0.1:8080/v1 (llama.cpp server, vLLM, Ollama)");
        }
        URI uri;
        try {
            uri = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        } catch (IllegalArgumentException e) {
            throw new ExtractionException(ENDPOINT + " is not a URL: " + base);
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
            throw new ExtractionException(ENDPOINT + " must be an http:// or https:// URL: " + base);
        }
        String model = blankToNull(env.get(MODEL));
        String cache = blankToNull(env.get(CACHE));
        long seconds = 300;
        String t = blankToNull(env.get(TIMEOUT));
        if (t != null) {
            try {
                seconds = Long.parseLong(t);
            } catch (NumberFormatException e) {
                seconds = -1;
            }
            if (seconds <= 0) throw new ExtractionException(TIMEOUT + " must be a number of seconds above 0: " + t);
        }
        return new LlmConfig(uri, model == null ? "default" : model, blankToNull(env.get(API_KEY)),
                cache == null ? null : Path.of(cache), Duration.ofSeconds(seconds));
    }

    /** Where the chat completions are posted. */
    public URI completions() { return URI.create(endpoint + "/chat/completions"); }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }
}
