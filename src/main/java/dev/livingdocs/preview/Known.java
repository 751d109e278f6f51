package dev.livingdocs.preview;

import java.util.ArrayList;
import java.util.List;

import io.cucumber.core.gherkin.DataTableArgument;
import io.cucumber.core.gherkin.DocStringArgument;
import io.cucumber.core.gherkin.Pickle;
import io.cucumber.core.gherkin.Step;

import dev.livingdocs.weave.Outcome;
import dev.livingdocs.weave.Results;

/**
 * A result the preview holds, and what it is the result of: the pickle's text (name, tags, every step
 * with its argument, a Background's steps included), never its lines. A pickle of the same text, in the
 * same feature file, has the same result wherever it now stands, so an edit to the prose around it, which
 * only moves it, runs nothing; any change to what it states, or to the Background it inherits, gives it a
 * text the preview has no result for, and it runs.
 *
 * @param run       the run, at the lines it had when it ran
 * @param stepLines the feature lines of its steps then, to move the lines of its failed steps along
 */
record Known(Results.Run run, List<Integer> stepLines) {

    /** The text a result belongs to; {@code feature} is the feature file's name. */
    static String key(String feature, Pickle pickle) {
        StringBuilder key = new StringBuilder(feature).append('\n').append(pickle.getKeyword()).append(": ").append(pickle.getName())
                .append('\n').append(pickle.getTags());
        for (Step step : pickle.getSteps()) {
            key.append('\n').append(step.getKeyword()).append(step.getText());
            if (step.getArgument() instanceof DocStringArgument doc) {
                key.append("\n\"\"\"").append(doc.getContentType()).append('\n').append(doc.getContent()).append("\n\"\"\"");
            } else if (step.getArgument() instanceof DataTableArgument table) {
                table.cells().forEach(row -> key.append("\n|").append(String.join("|", row.stream().map(c -> c.replace("|", "\\|")).toList())));
            }
        }
        return key.toString();
    }

    static List<Integer> stepLines(Pickle pickle) {
        return pickle.getSteps().stream().map(Step::getLine).toList();
    }

    /**
     * The run as if it ran where {@code pickle} stands now: at its line, each failed step at the line of
     * the step with the same index; {@code stale} marks it as older than the code.
     */
    Results.Run at(Pickle pickle, boolean stale) {
        List<Integer> now = stepLines(pickle);
        int line = pickle.getLocation().getLine();
        List<Results.StepRun> problems = new ArrayList<>();
        for (Results.StepRun p : run.problems()) {
            int index = stepLines.indexOf(p.line());
            int moved = index >= 0 && index < now.size() ? now.get(index) : line + (p.line() - run.line());
            problems.add(new Results.StepRun(moved, p.text(), p.outcome(), p.message()));
        }
        return new Results.Run(run.feature(), line, run.name(), stale ? Outcome.STALE : run.outcome(), List.copyOf(problems),
                run.attachments());
    }
}
