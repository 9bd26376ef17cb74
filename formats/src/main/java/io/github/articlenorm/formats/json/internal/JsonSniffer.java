package io.github.articlenorm.formats.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.articlenorm.spi.Detection;
import io.github.articlenorm.spi.Sniff;

import java.io.IOException;

/** Detection of JSON from an input's head: does it start with '{' or '[' and tokenize as JSON or JSON Lines? */
public final class JsonSniffer {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(1000).build())
            .build();

    private JsonSniffer() {
    }

    /** The confidence that the head is JSON, with evidence. Never throws. */
    public static Detection detect(Sniff sniff) {
        String head = sniff.head();
        int i = 0;
        while (i < head.length() && (Character.isWhitespace(head.charAt(i)) || head.charAt(i) == '\ufeff')) {
            i++;
        }
        if (i == head.length()) {
            return Detection.none("no JSON value");
        }
        char c = head.charAt(i);
        if (c != '{' && c != '[') {
            return Detection.none("does not start with '{' or '['");
        }
        int values = 0;
        try (JsonParser p = FACTORY.createParser(head.substring(i))) {
            int depth = 0;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t.isStructStart()) {
                    depth++;
                } else if (t.isStructEnd()) {
                    depth--;
                }
                if (depth == 0) {
                    values++;
                }
            }
        } catch (IOException e) {
            boolean cutShort = !sniff.complete() && e.getMessage() != null
                    && e.getMessage().contains("end-of-input");
            if (!cutShort) {
                // Malformed, but still most likely JSON: the json format gives the clearest error for it.
                return new Detection(c == '{' ? 0.5 : 0.3, "starts with '" + c + "' but is not valid JSON");
            }
        } catch (RuntimeException e) {
            return new Detection(0.3, "starts with '" + c + "'");
        }
        if (values > 1) {
            return new Detection(0.95, "JSON Lines: " + values + " JSON values, one after another");
        }
        return new Detection(0.95, "starts with '" + c + "' and parses as JSON");
    }
}
