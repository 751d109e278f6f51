package dev.livingdocs.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.instr.Instrumenter;
import org.jacoco.core.runtime.IRuntime;
import org.jacoco.core.runtime.SystemPropertiesRuntime;
import org.jacoco.core.runtime.RuntimeData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.livingdocs.code.fixture.Counter;

/**
 * Coverage read back per scenario run, from an exec file written as {@code ScenarioCoverage} writes
 * it: one session per run, named by its feature and line. The fixture class is instrumented with
 * JaCoCo's API, as its agent would, and run "by two scenarios".
 */
class CoverageTest {

    @Test
    void each_run_executed_the_methods_it_called_a_lambda_counting_for_its_method(@TempDir Path root) throws Exception {
        Path features = root.resolve("features");
        Path exec = root.resolve("coverage.exec");
        IRuntime runtime = new SystemPropertiesRuntime();
        RuntimeData data = new RuntimeData();
        runtime.startup(data);
        Class<?> counter = instrumented(runtime);
        Object c = counter.getDeclaredConstructor().newInstance();
        try (OutputStream out = Files.newOutputStream(exec)) {
            ExecutionDataWriter writer = new ExecutionDataWriter(out);
            data.reset();
            counter.getMethod("inc").invoke(c);
            dump(data, writer, features.resolve("p.feature").toUri() + ":3");
            counter.getMethod("dec").invoke(c);
            dump(data, writer, features.resolve("p.feature").toUri() + ":9");
        }
        runtime.shutdown();

        Coverage coverage = Coverage.read(exec, Path.of("target/test-classes"), "dev.livingdocs.code.fixture", features);

        assertThat(names(coverage.executed().get(new Coverage.Run("p.feature", 3)))).contains("Counter.inc()").doesNotContain("Counter.dec()");
        assertThat(names(coverage.executed().get(new Coverage.Run("p.feature", 9)))).contains("Counter.dec()").doesNotContain("Counter.inc()");
        assertThat(coverage.methods()).anySatisfy(m -> {
            assertThat(m.name()).isEqualTo("Counter.never()");
            assertThat(m.exported()).isTrue();
            assertThat(m.file()).isEqualTo("dev/livingdocs/code/fixture/Counter.java");
        });
        assertThat(coverage.methods()).anySatisfy(m -> {
            assertThat(m.name()).isEqualTo("Counter.hidden()");
            assertThat(m.exported()).isFalse();
        });
    }

    private static Set<String> names(Set<Coverage.Method> methods) {
        return methods.stream().map(Coverage.Method::name).collect(Collectors.toSet());
    }

    /** What the agent does when ScenarioCoverage asks: name the session, write it out, reset the probes. */
    private static void dump(RuntimeData data, ExecutionDataWriter writer, String session) throws Exception {
        data.setSessionId(session);
        data.collect(writer, writer, true);
    }

    /** The fixture class, instrumented by JaCoCo and loaded on its own. */
    private static Class<?> instrumented(IRuntime runtime) throws Exception {
        String name = Counter.class.getName();
        byte[] original;
        try (InputStream in = Counter.class.getResourceAsStream("/" + name.replace('.', '/') + ".class")) {
            original = in.readAllBytes();
        }
        byte[] bytes = new Instrumenter(runtime).instrument(original, name);
        return new ClassLoader(CoverageTest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String n, boolean resolve) throws ClassNotFoundException {
                if (n.equals(name)) {
                    Class<?> done = findLoadedClass(n);
                    return done != null ? done : defineClass(n, bytes, 0, bytes.length);
                }
                return super.loadClass(n, resolve);
            }
        }.loadClass(name);
    }
}
