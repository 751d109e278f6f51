package dev.livingdocs.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.IMethodCoverage;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataReader;
import org.jacoco.core.data.ExecutionDataStore;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import dev.livingdocs.Pages;
import dev.livingdocs.run.ScenarioCoverage;

/**
 * Which methods of the code each scenario run executed, from the coverage {@link ScenarioCoverage}
 * recorded and the code's class files, with JaCoCo's analysis. A method counts as executed when
 * any of its instructions ran; a lambda's body counts for the method that holds it.
 */
public final class Coverage {

    /**
     * A method of the code.
     *
     * @param name    as the site shows it: the class relative to the code package, then the method and
     *                its parameter types ({@code fs.nfs.NfsClient.nfsLocalProbe(NfsClient)})
     * @param file    its source file relative to a source root ({@code dev/localio/linux/fs/nfs/NfsClient.java})
     * @param first   its first line
     * @param last    its last line
     * @param exported whether it is public in a public class
     */
    public record Method(String name, String file, int first, int last, boolean exported) implements Comparable<Method> {

        @Override
        public int compareTo(Method o) {
            return name.compareTo(o.name);
        }
    }

    /** A scenario run: its feature (relative to the features directory) and the line it is located at. */
    public record Run(String feature, int line) {
    }

    private final List<Method> methods;
    private final Map<Run, Set<Method>> executed;

    private Coverage(List<Method> methods, Map<Run, Set<Method>> executed) {
        this.methods = methods;
        this.executed = executed;
    }

    /** Every method of the code, executed or not. */
    public List<Method> methods() {
        return methods;
    }

    /** The methods each recorded scenario run executed. */
    public Map<Run, Set<Method>> executed() {
        return executed;
    }

    /**
     * Reads {@code exec} (sessions named {@code <feature uri>:<line>}) against the class files of
     * package {@code code} under {@code classes}.
     */
    public static Coverage read(Path exec, Path classes, String code, Path featuresDir) {
        Map<String, byte[]> bytes = classFiles(classes.resolve(code.replace('.', '/')));
        Map<String, Boolean> exported = new HashMap<>();
        bytes.values().forEach(b -> exported(b, exported));
        // All methods, and where they are: an analysis with no execution data.
        Map<String, Method> all = new LinkedHashMap<>();
        for (IClassCoverage c : analyze(new ExecutionDataStore(), bytes, null)) {
            for (IMethodCoverage m : c.getMethods()) {
                Method method = method(c, m, code, exported);
                if (method != null) {
                    all.merge(method.name(), method, Coverage::span);
                }
            }
        }
        Map<Run, Set<Method>> executed = new LinkedHashMap<>();
        sessions(exec).forEach((session, store) -> {
            Run run = run(session, featuresDir);
            if (run == null) {
                return;
            }
            Set<Method> ran = new TreeSet<>();
            for (IClassCoverage c : analyze(store, bytes, store.getContents())) {
                for (IMethodCoverage m : c.getMethods()) {
                    if (m.getMethodCounter().getCoveredCount() > 0) {
                        Method method = method(c, m, code, exported);
                        if (method != null) {
                            ran.add(all.get(method.name()));
                        }
                    }
                }
            }
            executed.merge(run, ran, (a, b) -> {
                a.addAll(b);
                return a;
            });
        });
        List<Method> methods = new ArrayList<>(all.values());
        methods.sort(null);
        return new Coverage(methods, executed);
    }

    /** One method's lines across overloads folded into one name: the first to the last. */
    private static Method span(Method a, Method b) {
        return new Method(a.name(), a.file(), Math.min(a.first(), b.first()), Math.max(a.last(), b.last()), a.exported() || b.exported());
    }

    private static Map<String, ExecutionDataStore> sessions(Path exec) {
        Map<String, ExecutionDataStore> sessions = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(exec)) {
            ExecutionDataReader reader = new ExecutionDataReader(in);
            String[] current = {null};
            reader.setSessionInfoVisitor(info -> current[0] = info.getId());
            reader.setExecutionDataVisitor(data -> {
                if (current[0] != null) {
                    sessions.computeIfAbsent(current[0], k -> new ExecutionDataStore()).put(data);
                }
            });
            reader.read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the coverage in " + exec, e);
        }
        return sessions;
    }

    private static Run run(String session, Path featuresDir) {
        if (session.equals(ScenarioCoverage.OVERLAP)) {
            throw new IllegalStateException("scenarios ran at once while coverage was recorded: what each executed is unknown");
        }
        int colon = session.lastIndexOf(':');
        if (colon < 0) {
            return null;
        }
        String uri = session.substring(0, colon);
        int line = Integer.parseInt(session.substring(colon + 1));
        String feature = Pages.featureName(uri, featuresDir);
        return new Run(feature, line);
    }

    private static Collection<IClassCoverage> analyze(ExecutionDataStore store, Map<String, byte[]> bytes, Collection<ExecutionData> only) {
        CoverageBuilder builder = new CoverageBuilder();
        Analyzer analyzer = new Analyzer(store, builder);
        Set<String> names = new TreeSet<>();
        if (only == null) {
            names.addAll(bytes.keySet());
        } else {
            only.forEach(d -> names.add(d.getName()));
        }
        for (String name : names) {
            byte[] b = bytes.get(name);
            if (b != null) {
                try {
                    analyzer.analyzeClass(b, name);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot analyze " + name, e);
                }
            }
        }
        return builder.getClasses();
    }

    private static Method method(IClassCoverage c, IMethodCoverage m, String code, Map<String, Boolean> exported) {
        String name = m.getName();
        if (name.equals("<clinit>") || name.startsWith("access$") || m.getFirstLine() < 0) {
            return null;
        }
        if (name.startsWith("lambda$")) {
            // lambda$outer$3: the body of a lambda in method outer.
            String[] parts = name.split("\\$");
            if (parts.length < 3 || parts[1].isEmpty()) {
                return null;
            }
            name = parts[1];
            if (name.equals("new") || name.equals("static")) {
                return null;
            }
            return byName(c, name, code, exported);
        }
        String className = c.getName().replace('/', '.');
        String simple = className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
        String shown = relative(className, code) + "." + (name.equals("<init>") ? "<init>" : name)
                + "(" + String.join(", ", Stream.of(Type.getArgumentTypes(m.getDesc())).map(t -> simpleName(t.getClassName())).toList()) + ")";
        if (name.equals("<init>")) {
            shown = shown.replace(".<init>(", ".new " + simple.substring(simple.lastIndexOf('.') + 1) + "(");
        }
        String file = c.getPackageName() + "/" + c.getSourceFileName();
        return new Method(shown, file, m.getFirstLine(), m.getLastLine(),
                exported.getOrDefault(c.getName() + "." + m.getName() + m.getDesc(), false));
    }

    /** The method {@code name} of class {@code c} (its first overload), for a lambda found in it. */
    private static Method byName(IClassCoverage c, String name, String code, Map<String, Boolean> exported) {
        for (IMethodCoverage m : c.getMethods()) {
            if (m.getName().equals(name) && m.getFirstLine() >= 0) {
                return method(c, m, code, exported);
            }
        }
        return null;
    }

    private static String relative(String className, String code) {
        String shown = className.startsWith(code + ".") ? className.substring(code.length() + 1) : className;
        return shown.replace('$', '.');
    }

    private static String simpleName(String typeName) {
        String simple = typeName.substring(typeName.lastIndexOf('.') + 1);
        return simple.substring(simple.lastIndexOf('$') + 1);
    }

    /** Which methods are public in a public class: what the code exports. */
    private static void exported(byte[] bytes, Map<String, Boolean> out) {
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            private String owner;
            private boolean publicClass;

            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                owner = name;
                publicClass = (access & Opcodes.ACC_PUBLIC) != 0;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                out.put(owner + "." + name + descriptor, publicClass && (access & Opcodes.ACC_PUBLIC) != 0 && (access & Opcodes.ACC_SYNTHETIC) == 0);
                return null;
            }
        }, ClassReader.SKIP_CODE);
    }

    private static Map<String, byte[]> classFiles(Path dir) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no class files of the code in " + dir);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                byte[] b = Files.readAllBytes(f);
                bytes.put(new ClassReader(b).getClassName(), b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class files in " + dir, e);
        }
        return bytes;
    }
}
