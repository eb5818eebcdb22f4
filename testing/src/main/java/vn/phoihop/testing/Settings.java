package vn.phoihop.testing;

/** Explicit settings win over anything this module would start: environment first, then system properties. */
final class Settings {
    static String get(String environmentVariable, String systemProperty) {
        String value = System.getenv(environmentVariable);
        if (value == null || value.isBlank()) {
            value = System.getProperty(systemProperty);
        }
        return value == null || value.isBlank() ? null : value;
    }

    private Settings() {
    }
}
