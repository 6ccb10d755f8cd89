package io.dragoman.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dragoman.core.HostileText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A valid JSON body broken one way: a field of the wrong type, missing, null, a hostile or huge
 * string, a huge array, deep nesting, unknown fields, or a body that is not an object or not JSON.
 * {@code field} is the top-level field broken (null for the whole body); {@code targeted} says
 * the server cannot accept it, so its answer must name that field.
 */
record JsonMutation(String body, String field, boolean targeted, String describe) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonMutation of(Map<String, Object> valid, Random random) {
        Map<String, Object> body = copy(valid);
        List<String> keys = new ArrayList<>(body.keySet());
        String key = keys.get(random.nextInt(keys.size()));
        Object old = body.get(key);
        switch (random.nextInt(11)) {
            case 10: {
                String json = write(body);
                return new JsonMutation(json.substring(0, json.length() - 1) + ",\"" + key + "\":" + write(old) + "}",
                        key, true, key + " twice");
            }
            case 0: {
                Object wrong = wrongType(old, random);
                body.put(key, wrong);
                boolean targeted = (wrong instanceof Map || wrong instanceof List) != (old instanceof Map || old instanceof List)
                        || old instanceof Number && wrong instanceof String;
                return new JsonMutation(write(body), key, targeted, key + " as " + brief(wrong));
            }
            case 1:
                body.remove(key);
                return new JsonMutation(write(body), key, false, "no " + key);
            case 2:
                body.put(key, null);
                return new JsonMutation(write(body), key, false, key + " null");
            case 3:
                body.put("unknown" + random.nextInt(3), random.nextBoolean() ? "x" : List.of(1, Map.of("a", 2)));
                return new JsonMutation(write(body), null, false, "an unknown field");
            case 4:
                String text = random.nextInt(8) == 0 ? HostileText.huge(random).repeat(1 + random.nextInt(20)) : HostileText.next(random, 30, 0);
                body.put(key, text);
                return new JsonMutation(write(body), key, false, key + " as a hostile string of " + text.length());
            case 5: {
                int size = 10_000 + random.nextInt(90_000);
                Object element = old instanceof List<?> list && !list.isEmpty() ? list.get(0) : "x";
                body.put(key, Collections.nCopies(size, element));
                return new JsonMutation(write(body), key, !(old instanceof List), key + " as an array of " + size);
            }
            case 6: {
                int depth = random.nextBoolean() ? 1_001 + random.nextInt(2_000) : 50_000 + random.nextInt(50_000);
                String nested = "[".repeat(depth) + "]".repeat(depth);
                body.remove(key);
                String json = write(body);
                return new JsonMutation(json.substring(0, json.length() - 1) + (body.isEmpty() ? "" : ",") + "\"" + key
                        + "\":" + nested + "}", key, true, key + " nested " + depth + " deep");
            }
            case 7: {
                String[] bodies = {"", "null", "[]", "\"text\"", "42", "true", "[{}]", "{", "{\"a\":}", "{'a':1}", "\u0000",
                    "{\"memoryId\":1e999999}", "{\"x\":\"\\uD800\"}"};
                String whole = bodies[random.nextInt(bodies.length)];
                return new JsonMutation(whole, null, true, "the body " + brief(whole));
            }
            case 8: {
                String json = write(body);
                String cut = json.substring(0, random.nextInt(json.length()));
                return new JsonMutation(cut, null, true, "the body cut to " + cut.length() + " characters");
            }
            default: {
                Object number = List.of(-1, 0, Long.MIN_VALUE, 1.5, 1e308, Integer.MAX_VALUE + 1L).get(random.nextInt(6));
                body.put(key, number);
                return new JsonMutation(write(body), key, false, key + " as " + number);
            }
        }
    }

    private static Object wrongType(Object old, Random random) {
        List<Object> options = new ArrayList<>(List.of(Map.of("a", 1), List.of("x", 2), true, "not-a-number", 7));
        options.removeIf(o -> old != null && o.getClass() == old.getClass());
        return options.get(random.nextInt(options.size()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, Object> valid) {
        try {
            return JSON.readValue(JSON.writeValueAsString(valid), LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String brief(Object value) {
        String s = HostileText.escape(String.valueOf(value));
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
