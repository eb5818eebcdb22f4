package vn.phoihop.console.services;

import java.util.List;
import java.util.Map;

/** The services' JSON as the pages read it: objects as maps, arrays as lists (the console keeps no model of its own). */
public final class Json {
    private Json() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : List.of();
    }

    public static String str(Object o) {
        return o == null ? null : o.toString();
    }

    public static long num(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }
}
