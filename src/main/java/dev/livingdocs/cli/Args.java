package dev.livingdocs.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --name=value} options and {@code -a name=value} document attributes, strictly checked. */
final class Args {

    private final Map<String, String> options = new LinkedHashMap<>();
    private final Map<String, Object> attributes = new LinkedHashMap<>();

    Args(List<String> args, List<String> known) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-a")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("-a needs name=value");
                }
                String attribute = args.get(++i);
                int eq = attribute.indexOf('=');
                attributes.put(eq < 0 ? attribute : attribute.substring(0, eq), eq < 0 ? "" : attribute.substring(eq + 1));
            } else if (arg.startsWith("--") && arg.contains("=")) {
                String name = arg.substring(2, arg.indexOf('='));
                if (!known.contains(name)) {
                    throw new IllegalArgumentException("unknown option --" + name + "; known: --" + String.join(", --", known));
                }
                options.put(name, arg.substring(arg.indexOf('=') + 1));
            } else {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'; options are --name=value");
            }
        }
    }

    String get(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    Path path(String name, String fallback) {
        return Path.of(get(name, fallback));
    }

    Map<String, Object> attributes() {
        return attributes;
    }
}
