package org.isnad.extract.llm;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.isnad.extract.ExtractionException;

/**
 * Asks an OpenAI-compatible server ({@code POST {endpoint}/chat/completions}, temperature 0) and returns the
 * text of its answer. The JDK's HTTP client, with the configured timeout; a failure names the endpoint and
 * the status, never the key.
 */
final class ChatClient {

    private final LlmConfig config;
    private final HttpClient http;

    ChatClient(LlmConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    /** The content of the first choice's message. */
    String complete(String prompt) {
        HttpRequest.Builder b = HttpRequest.newBuilder(config.completions())
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.toStringFlat(request(prompt)), StandardCharsets.UTF_8));
        if (config.apiKey() != null) b.header("Authorization", "Bearer " + config.apiKey());
        HttpResponse<String> response;
        try {
            response = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ExtractionException("the language model at " + config.completions() + " did not answer ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException("interrupted while asking the language model at " + config.completions(), e);
        }
        if (response.statusCode() != 200) {
            throw new ExtractionException("the language model at " + config.completions() + " answered HTTP "
                    + response.statusCode() + ": " + shorten(response.body()));
        }
        return content(response.body());
    }

    private JsonObject request(String prompt) {
        JsonObject message = new JsonObject();
        message.put("role", "user");
        message.put("content", prompt);
        JsonArray messages = new JsonArray();
        messages.add(message);
        JsonObject o = new JsonObject();
        o.put("model", config.model());
        o.put("temperature", 0);
        o.put("messages", messages);
        return o;
    }

    /** {@code choices[0].message.content} of a chat completion. */
    private String content(String body) {
        try {
            JsonValue v = JSON.parseAny(body);
            JsonValue content = v.getAsObject().get("choices").getAsArray().get(0).getAsObject()
                    .get("message").getAsObject().get("content");
            return content.getAsString().value();
        } catch (RuntimeException e) {   // JsonException, or a field missing or of another kind
            throw new ExtractionException("the language model at " + config.completions()
                    + " sent no chat completion (no choices[0].message.content): " + shorten(body), e);
        }
    }

    private static String shorten(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return one.length() <= 200 ? one : one.substring(0, 200) + "…";
    }
}
