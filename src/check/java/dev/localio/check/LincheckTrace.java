package dev.localio.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lincheck's trace of a counterexample, trimmed to the model's steps. Lincheck prints every access
 * to shared memory in a table with a column per thread; what a reader of the page needs is which
 * thread did which of the model's steps, in order. This keeps the rows of the detailed trace (which
 * are in execution order), one per line, labelled with what the thread is, and drops what only
 * the checker needs: field reads and writes, monitor enters and exits, loop counters, the model's
 * accessors and its checks that did not fire, the insides of the JDK's locks, and everything below
 * a few levels of calls.
 */
final class LincheckTrace {

    /** How deep a call may be nested in its thread's operation and still be shown (loops do not count). */
    static final int MAX_DEPTH = 6;

    private static final Pattern LOCATION = Pattern.compile(" at [\\w$.<>]+\\([\\w$]+\\.java:\\d+\\)$");
    /** The called method's name: the word before the first parenthesis. */
    private static final Pattern CALLEE = Pattern.compile("^(?:[\\w$#.<>\\[\\]]+\\.)?([\\w$<>]+)\\(");
    /**
     * The model's steps worth showing: its kernel functions (named after them), the kthread's start
     * and the race's own operations; not accessors, not the JDK's insides.
     */
    private static final Pattern STEP = Pattern.compile("^(nfs\\w*|rcu(?!Kernel|ReadLockHeld)\\w*|synchronizeRcu|callRcu"
            + "|percpuRef(?!IsDying|IsZero)\\w*|switchTo\\w*|putNet|getNet|cleanupNet|opsPreExit|opsExit|kfree"
            + "|preExit|exit|waitForCompletion|complete|completeAll|kref\\w+|netGeneric|lock|unlock|start|read|put"
            + "|servAlive|gpKthread|run)$");
    /** Accessors whose names look like steps: {@code host.nfsd()}, {@code kernel.rcu()}, ... */
    private static final Pattern NOT_A_STEP = Pattern.compile("^(sync\\.|(?:[\\w$#.]+\\.)?(nfsd|nfssvc|nfsfh|filecache|rcu|nfsLocalio|nfsTo"
            + "|netns|nfsdNet|nfsdMutex|nfsdServRef|nfsdServConfirmDone|nfsdServFreeDone|nfsdNetUp|nfsdPrograms)\\(\\)).*");

    private LincheckTrace() {
    }

    /**
     * The readable trace of a Lincheck report; {@code threadNames} names Lincheck's Thread 1, Thread
     * 2, ... in order (threads without a name keep Lincheck's).
     */
    static String trim(String report, List<String> threadNames) {
        int at = report.indexOf("Detailed trace:");
        if (at < 0) {
            at = report.indexOf("The following interleaving leads to the error:");
        }
        if (at < 0) {
            return report;
        }
        List<String> rows = report.substring(at).lines().skip(1).toList();
        List<String> headers = new ArrayList<>();
        List<String> out = new ArrayList<>();
        boolean inBoot = false;
        boolean inValidation = false;
        List<Integer> loops = new ArrayList<>();
        for (String row : rows) {
            if (!row.startsWith("|")) {
                if (!out.isEmpty() && !row.isBlank()) {
                    out.add(row.strip());
                }
                if (!out.isEmpty() && row.isBlank()) {
                    break;
                }
                continue;
            }
            List<String> cells = cells(row);
            if (cells.stream().allMatch(c -> c.isBlank() || c.strip().startsWith("-"))) {
                continue; // a separator
            }
            if (headers.isEmpty()) {
                cells.forEach(c -> headers.add(c.strip()));
                continue;
            }
            int col = -1;
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).isBlank()) {
                    col = i;
                    break;
                }
            }
            if (col < 0) {
                continue;
            }
            String cell = cells.get(col);
            int lead = cell.length() - cell.stripLeading().length();
            int raw = Math.max(0, (lead - 1) / 2);
            String text = LOCATION.matcher(cell.strip()).replaceFirst("");
            // Lincheck nests a loop's body two levels deeper (the loop, then the iteration); undo that.
            while (!loops.isEmpty() && loops.get(loops.size() - 1) >= raw) {
                loops.remove(loops.size() - 1);
            }
            int depth = raw - loops.size();
            if (text.startsWith("loop(") || text.startsWith("<iteration")) {
                loops.add(raw);
                continue;
            }
            if (depth == 0) {
                inBoot = text.startsWith("boot(");
                inValidation = text.contains("): AssertionError") || text.startsWith("the");
            }
            if (keep(text, depth, inBoot, inValidation)) {
                out.add(label(col, headers, threadNames) + " | " + "  ".repeat(depth) + text);
            }
        }
        return String.join("\n", align(out)) + "\n";
    }

    private static boolean keep(String text, int depth, boolean inBoot, boolean inValidation) {
        if (depth == 0 || text.contains("threw") || text.startsWith("switch")) {
            return true;
        }
        if (inValidation) {
            return false;
        }
        if (inBoot || text.startsWith("result:")) {
            return depth == 1 && text.contains("(") && !text.contains("\u279c") && !text.equals("result: void");
        }
        if (depth > MAX_DEPTH || text.contains("\u279c")) {
            return false;
        }
        Matcher callee = CALLEE.matcher(text);
        return callee.find() && STEP.matcher(callee.group(1)).matches() && !NOT_A_STEP.matcher(text).matches();
    }

    private static String label(int col, List<String> headers, List<String> threadNames) {
        String header = col < headers.size() ? headers.get(col) : "Thread " + (col + 1);
        Matcher m = Pattern.compile("Thread (\\d+)").matcher(header);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            if (n >= 1 && n <= threadNames.size()) {
                return threadNames.get(n - 1);
            }
        }
        return header;
    }

    /** Pads the labels (the text before the first {@code " | "}) to one width. */
    private static List<String> align(List<String> lines) {
        int width = 0;
        for (String l : lines) {
            int bar = l.indexOf(" | ");
            width = Math.max(width, bar);
        }
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            int bar = l.indexOf(" | ");
            out.add(bar < 0 ? l : String.format("%-" + width + "s%s", l.substring(0, bar), l.substring(bar)));
        }
        return out;
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        String inner = row.substring(1, row.lastIndexOf('|') > 0 ? row.lastIndexOf('|') : row.length());
        for (String c : inner.split("\\|", -1)) {
            cells.add(c);
        }
        return cells;
    }
}
