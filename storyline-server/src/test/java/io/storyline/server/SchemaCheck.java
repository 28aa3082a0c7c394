package io.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A small JSON Schema check for the subset our OpenAPI document uses: {@code $ref} to components,
 * {@code type} (one or a list, "null" included), {@code required}, {@code properties}, {@code items},
 * {@code enum}, {@code oneOf}. Returns the problems found, each with its JSON path; empty when valid.
 */
final class SchemaCheck {

    private final JsonNode spec;
    private final List<String> problems = new ArrayList<>();

    private SchemaCheck(JsonNode spec) {
        this.spec = spec;
    }

    static List<String> check(JsonNode spec, JsonNode schema, JsonNode value) {
        SchemaCheck c = new SchemaCheck(spec);
        c.walk(schema, value, "$");
        return c.problems;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("only local refs are supported, got " + ref);
            }
            s = spec.at(ref.substring(1));
            if (s.isMissingNode()) {
                throw new IllegalArgumentException("dangling $ref " + ref);
            }
        }
        return s;
    }

    private void walk(JsonNode schemaIn, JsonNode value, String path) {
        JsonNode schema = resolve(schemaIn);
        if (schema.has("oneOf")) {
            int ok = 0;
            for (JsonNode alt : schema.get("oneOf")) {
                if (check(spec, alt, value).isEmpty()) {
                    ok++;
                }
            }
            if (ok != 1) {
                problems.add(path + ": matches " + ok + " of the oneOf alternatives");
            }
            return;
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            problems.add(path + ": expected " + schema.get("type") + ", got " + value.getNodeType());
            return;
        }
        if (schema.has("enum") && !value.isNull()) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(value);
            }
            if (!found) {
                problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (value.isObject()) {
            for (JsonNode r : schema.path("required")) {
                if (!value.has(r.asText())) {
                    problems.add(path + ": missing required field " + r.asText());
                }
            }
            schema.path("properties").properties().forEach(p -> {
                if (value.has(p.getKey())) {
                    walk(p.getValue(), value.get(p.getKey()), path + "." + p.getKey());
                }
            });
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                walk(schema.get("items"), value.get(i), path + "[" + i + "]");
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }
}
