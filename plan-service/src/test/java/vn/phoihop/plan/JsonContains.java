package vn.phoihop.plan;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Asserts that every field a fixture gives comes back unchanged (the answer may add ids, warnings …). */
final class JsonContains {

    static void assertContains(JsonNode expected, JsonNode actual, Set<String> ignored) {
        List<String> differences = new ArrayList<>();
        compare("", expected, actual, ignored, differences);
        assertEquals(List.of(), differences, "fields lost or changed on the way through the API");
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, Set<String> ignored, List<String> out) {
        if (expected == null || expected.isNull()) {
            if (actual != null && !actual.isNull() && !actual.isMissingNode()) {
                out.add(path + ": expected null but was " + actual);
            }
            return;
        }
        if (actual == null || actual.isMissingNode() || actual.isNull()) {
            out.add(path + ": missing, expected " + expected);
        } else if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!ignored.contains(field.getKey())) {
                    compare(path + "." + field.getKey(), field.getValue(), actual.path(field.getKey()), ignored, out);
                }
            }
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                out.add(path + ": expected " + expected.size() + " elements but was " + actual);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), ignored, out);
            }
        } else if (expected.isNumber()) {
            if (!actual.isNumber() || expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                out.add(path + ": expected " + expected + " but was " + actual);
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": expected " + expected + " but was " + actual);
        }
    }

    private JsonContains() {
    }
}
