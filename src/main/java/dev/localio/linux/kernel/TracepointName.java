package dev.localio.linux.kernel;

/** The default name of a tracepoint type: its simple name in snake case, computed once per type. */
final class TracepointName {

    static final ClassValue<String> NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return snakeCase(type.getSimpleName());
        }
    };

    private TracepointName() {
    }

    /** {@code NfsLocalOpenFh} as {@code nfs_local_open_fh}: a word begins at each capital after a small letter or digit. */
    static String snakeCase(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 8);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0
                    && (Character.isLowerCase(camel.charAt(i - 1)) || Character.isDigit(camel.charAt(i - 1)))) {
                out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }
}
