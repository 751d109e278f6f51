package dev.localio.steps;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little of rpcgen's language (RFC 4506 section 6, RFC 5531 section 12) that a protocol spec on
 * the page uses: constants, opaque typedefs (fixed {@code [n]} or variable {@code <n>}), and one
 * program with versions of procedures. Enough to call every procedure the spec declares with the
 * argument it declares, and nothing more.
 */
final class RpcgenSpec {

    /** An argument type: void, or opaque data of {@code size} bytes, with or without a length word. */
    record Type(String name, int size, boolean variable) {
        static final Type VOID = new Type("void", 0, false);

        /**
         * {@code value} as it goes on the wire in this type's form ({@code otherForm} false) or in the
         * other opaque form: a length word first exactly when the form is the variable one, then the
         * bytes, padded to a word.
         */
        byte[] wire(byte[] value, boolean otherForm) {
            boolean lengthWord = variable != otherForm;
            ByteBuffer b = ByteBuffer.allocate((lengthWord ? 4 : 0) + padded(value.length));
            if (lengthWord) {
                b.putInt(value.length);
            }
            return b.put(value).array();
        }

        /**
         * What a server that decodes this type as declared reads from argument bytes {@code wire}: the
         * value, or {@code null} where the bytes do not decode (too few, a length over the bound) and
         * it must answer GARBAGE_ARGS. Like the kernel's decoders, it does not look past the value.
         */
        byte[] decode(byte[] wire) {
            ByteBuffer b = ByteBuffer.wrap(wire);
            int n = size;
            if (variable) {
                if (b.remaining() < 4) {
                    return null;
                }
                n = b.getInt();
                if (n < 0 || n > size) {
                    return null;
                }
            }
            if (b.remaining() < padded(n)) {
                return null;
            }
            byte[] value = new byte[n];
            b.get(value);
            return value;
        }

        private static int padded(int n) {
            return (n + 3) & ~3;
        }
    }

    record Procedure(String name, Type argument, int number) {
    }

    record Version(String name, int number, List<Procedure> procedures) {
    }

    private static final Pattern CONST = Pattern.compile("const\\s+(\\w+)\\s*=\\s*(\\d+)\\s*;");
    private static final Pattern TYPEDEF = Pattern.compile("typedef\\s+opaque\\s+(\\w+)\\s*([\\[<])\\s*(\\w+)\\s*[\\]>]\\s*;");
    private static final Pattern PROGRAM = Pattern.compile("program\\s+(\\w+)\\s*\\{(.*)\\}\\s*=\\s*(\\w+)\\s*;", Pattern.DOTALL);
    private static final Pattern VERSION = Pattern.compile("version\\s+(\\w+)\\s*\\{([^}]*)\\}\\s*=\\s*(\\w+)\\s*;");
    private static final Pattern PROCEDURE = Pattern.compile("void\\s+(\\w+)\\s*\\(\\s*(\\w+)\\s*\\)\\s*=\\s*(\\w+)\\s*;");

    final String programName;
    final int program;
    final List<Version> versions;

    private RpcgenSpec(String programName, int program, List<Version> versions) {
        this.programName = programName;
        this.program = program;
        this.versions = versions;
    }

    static RpcgenSpec parse(String text) {
        String source = text.replaceAll("(?s)/\\*.*?\\*/", " ");
        Map<String, Integer> constants = new HashMap<>();
        Matcher c = CONST.matcher(source);
        while (c.find()) {
            constants.put(c.group(1), Integer.parseInt(c.group(2)));
        }
        Map<String, Type> types = new HashMap<>();
        types.put("void", Type.VOID);
        Matcher t = TYPEDEF.matcher(source);
        while (t.find()) {
            types.put(t.group(1), new Type(t.group(1), value(t.group(3), constants), t.group(2).equals("<")));
        }
        Matcher p = PROGRAM.matcher(source);
        if (!p.find()) {
            throw new IllegalArgumentException("no 'program NAME { ... } = NUMBER;' in the spec");
        }
        List<Version> versions = new ArrayList<>();
        Matcher v = VERSION.matcher(p.group(2));
        while (v.find()) {
            List<Procedure> procedures = new ArrayList<>();
            refuseAllBut(PROCEDURE, v.group(2), "version " + v.group(1));
            Matcher proc = PROCEDURE.matcher(v.group(2));
            while (proc.find()) {
                Type argument = types.get(proc.group(2));
                if (argument == null) {
                    throw new IllegalArgumentException("procedure " + proc.group(1) + " takes undeclared type " + proc.group(2));
                }
                procedures.add(new Procedure(proc.group(1), argument, value(proc.group(3), constants)));
            }
            versions.add(new Version(v.group(1), value(v.group(3), constants), procedures));
        }
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("program " + p.group(1) + " declares no version");
        }
        return new RpcgenSpec(p.group(1), value(p.group(3), constants), versions);
    }

    /**
     * Fails on any declaration of {@code body} that {@code understood} does not match: a procedure
     * the parser skipped would go unchecked, and the scenario would pass on less than the page says.
     */
    private static void refuseAllBut(Pattern understood, String body, String where) {
        for (String declaration : understood.matcher(body).replaceAll(" ").split(";")) {
            if (!declaration.isBlank()) {
                throw new IllegalArgumentException(where + ": cannot check '" + declaration.strip().replaceAll("\\s+", " ")
                        + "': only void procedures taking void or a declared opaque type are understood");
            }
        }
    }

    private static int value(String token, Map<String, Integer> constants) {
        if (token.matches("\\d+")) {
            return Integer.parseInt(token);
        }
        Integer value = constants.get(token);
        if (value == null) {
            throw new IllegalArgumentException("undefined constant " + token);
        }
        return value;
    }
}
