package dev.livingdocs.tangle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.livingdocs.Asciidoc;
import dev.livingdocs.DocError;
import dev.livingdocs.DocErrorsException;
import dev.livingdocs.Pages;

/**
 * Docs to features: every page with executable Gherkin blocks becomes one feature, and every page whose
 * prose states facts or symbols a second one, {@code <page>.prose.feature}.
 *
 * <p>All pages are read and checked before anything is written, and every error of every page is
 * reported: a build that stops at the first of five mistakes costs an author five builds.
 */
public final class Tangle {

    private final Asciidoc asciidoc;

    public Tangle(Asciidoc asciidoc) {
        this.asciidoc = asciidoc;
    }

    /** The pages of the docs directory, with their blocks; pages without blocks included. */
    public List<Page> pages() {
        BlockFinder finder = new BlockFinder(asciidoc);
        List<Page> pages = new ArrayList<>();
        List<DocError> errors = new ArrayList<>();
        for (Path file : Pages.find(asciidoc.docsDir())) {
            try {
                pages.add(finder.find(file));
            } catch (DocErrorsException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new DocErrorsException(errors);
        }
        return pages;
    }

    /** The features of the given pages, validated by Cucumber's Gherkin parser. */
    public static List<Feature> features(List<Page> pages) {
        List<Feature> features = new ArrayList<>();
        List<DocError> errors = new ArrayList<>();
        Map<String, Page> files = new HashMap<>();
        for (Page page : pages) {
            List<Feature> ofPage = new ArrayList<>();
            if (page.hasScenarios()) {
                ofPage.add(FeatureAssembler.assemble(page, errors));
            }
            if (page.hasProseChecks()) {
                ofPage.add(ProseAssembler.assemble(page));
            }
            for (Feature feature : ofPage) {
                Page earlier = files.putIfAbsent(feature.file(), page);
                if (earlier != null) {
                    errors.add(new DocError(page.titleAt(), "this page's feature " + feature.file() + " would overwrite that of "
                            + earlier.titleAt().path() + "; rename one of the pages"));
                }
                errors.addAll(GherkinValidator.validate(feature));
                features.add(feature);
            }
        }
        if (errors.isEmpty()) {
            errors.addAll(ClaimCheck.check(pages, features));
        }
        if (!errors.isEmpty()) {
            throw new DocErrorsException(errors);
        }
        return features;
    }

    /** Reads the docs and returns their features; throws with every error found. */
    public List<Feature> features() {
        return features(pages());
    }
}
