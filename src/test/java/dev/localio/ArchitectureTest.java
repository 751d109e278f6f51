package dev.localio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The arrows between the four parts, one way only. The toolchain ({@code src/main/java/dev/livingdocs})
 * knows nothing of LOCALIO. The model ({@code src/main/java/dev/localio/linux}) knows nothing of the
 * others: that it imports neither Cucumber, AsciidoctorJ nor the toolchain is {@code
 * ModelArchitectureTest}'s first rule, beside the model's inner arrows; that it, its tests included, does
 * not use the harness is here. The harness ({@code src/check/java}: the model checks and the restart soak)
 * is programs over the model and nothing else. The glue ({@code steps/}) sits on the model and the
 * harness, and nothing sits on the glue.
 */
@AnalyzeClasses(packages = {"dev.livingdocs", "dev.localio"}, importOptions = ImportOption.DoNotIncludeJars.class)
class ArchitectureTest {

    private static final String TOOLCHAIN = "dev.livingdocs..";
    private static final String GLUE = "dev.localio.steps..";
    private static final String HARNESS = "dev.localio.check..";
    private static final String MODEL = "dev.localio.linux..";

    @ArchTest
    static final ArchRule the_toolchain_knows_nothing_of_localio = noClasses()
            .that().resideInAPackage(TOOLCHAIN)
            .should().dependOnClassesThat().resideInAnyPackage("dev.localio..")
            .because("any AsciiDoc document with Gherkin in it must work with the toolchain");

    @ArchTest
    static final ArchRule the_glue_depends_on_the_model_not_on_the_toolchain = noClasses()
            .that().resideInAPackage(GLUE)
            .should().dependOnClassesThat().resideInAnyPackage(TOOLCHAIN, "org.asciidoctor..")
            .because("steps are thin calls into the model; the toolchain finds them by name only");

    @ArchTest
    static final ArchRule nothing_outside_the_glue_depends_on_the_glue = noClasses()
            .that().resideOutsideOfPackage(GLUE)
            .should().dependOnClassesThat().resideInAPackage(GLUE);

    @ArchTest
    static final ArchRule the_model_does_not_depend_on_the_harness = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAPackage(HARNESS)
            .because("the harness is programs over the model; the model, and its own tests, stand without it");

    @ArchTest
    static final ArchRule the_harness_depends_on_the_model_only = classes()
            .that(areTheHarness())
            .should().onlyDependOnClassesThat().resideInAnyPackage(HARNESS, MODEL, "java..", "org.jetbrains.lincheck..",
                    "org.jetbrains.kotlinx.lincheck..", "kotlin..")
            .because("the soak and the model checks are programs over the model (checked by Lincheck); scenarios"
                    + " may use them, not the other way round");

    @ArchTest
    static final ArchRule the_harness_and_its_tests_stay_clear_of_the_doc_machinery = noClasses()
            .that().resideInAPackage(HARNESS)
            .should().dependOnClassesThat().resideInAnyPackage(TOOLCHAIN, GLUE, "io.cucumber..", "org.asciidoctor..");

    /*
     * The harness's own unit tests (ModelCheckTest, RestartSoakTest) share its package, to reach what
     * it keeps package-private, and may use JUnit and AssertJ; a class of the package is one of them
     * when its top-level class is named ...Test.
     */
    private static DescribedPredicate<JavaClass> areTheHarness() {
        return DescribedPredicate.describe("are the harness (not its unit tests)",
                c -> c.getPackageName().startsWith("dev.localio.check")
                        && !c.getName().replaceFirst("\\$.*", "").endsWith("Test"));
    }

    /*
     * macOS and Windows check a clone out onto a case-insensitive filesystem by default: of two classes
     * whose names differ only by case, one file is lost there, and everywhere a grep or an import of one
     * finds the other. Identical names in two packages (two Nfs3proc, mirroring fs/nfs and fs/nfsd) are
     * fine; the same name spelled two ways is not. Nested classes live in their outer class's file and
     * are always named through it, so only top-level classes count.
     */
    @ArchTest
    static void no_two_class_names_differ_only_by_case(JavaClasses classes) {
        Map<String, Set<String>> byLowerCase = new TreeMap<>();
        for (JavaClass c : classes) {
            if (c.isTopLevelClass()) {
                byLowerCase.computeIfAbsent(c.getSimpleName().toLowerCase(Locale.ROOT), k -> new TreeSet<>())
                        .add(c.getName());
            }
        }
        List<String> twins = byLowerCase.values().stream()
                .filter(names -> names.stream().map(ArchitectureTest::simpleName).distinct().count() > 1)
                .map(names -> String.join(" and ", names)).collect(Collectors.toList());
        assertThat(twins).as("class names that differ only by case").isEmpty();
    }

    private static String simpleName(String className) {
        return className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
    }
}
