package dev.localio.steps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model checker's counterexample as swim lanes for the site to draw
 * ({@code application/vnd.livingdocs.lanes+json}): a lane per thread, named as the race's legend
 * describes it, and the thread's steps in the order the checker ran them. The crashing step is the
 * deepest call that threw in the first thread to throw: where the failure came from, not the checks
 * that noticed it afterwards; if no thread threw, the first report of the kernel's own (KASAN, an Oops).
 */
final class Swimlanes {

    static final String MEDIA_TYPE = "application/vnd.livingdocs.lanes+json";

    private Swimlanes() {
    }

    /** One row of the trace: {@code lane | text}, indented by call depth. */
    record Step(String lane, int depth, String text) {
    }

    /**
     * @param legend the race's legend, a line per thread: {@code name: what it does}
     * @param trace  the trimmed trace, a line per step: {@code name | text}, nested calls indented
     */
    static String json(String legend, String trace) {
        Map<String, String> lanes = new LinkedHashMap<>();
        for (String line : legend.lines().toList()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                lanes.put(line.substring(0, colon).strip(), line.strip());
            }
        }
        List<Step> steps = new ArrayList<>();
        for (String line : trace.lines().toList()) {
            int bar = line.indexOf('|');
            if (bar <= 0) {
                continue;
            }
            String lane = line.substring(0, bar).strip();
            String rest = line.substring(bar + 1);
            String text = rest.stripLeading();
            int depth = Math.max(0, (rest.length() - text.length() - 1) / 2);
            lanes.putIfAbsent(lane, lane);
            steps.add(new Step(lane, depth, text.strip()));
        }
        int crash = crash(steps);
        StringBuilder out = new StringBuilder("{\"title\": \"The interleaving, a lane per thread\", \"lanes\": [");
        List<String> items = new ArrayList<>();
        lanes.forEach((id, label) -> items.add("{\"id\": " + SequenceDiagrams.quote(id) + ", \"label\": " + SequenceDiagrams.quote(label) + "}"));
        out.append(String.join(", ", items)).append("], \"steps\": [");
        items.clear();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            items.add("{\"lane\": " + SequenceDiagrams.quote(s.lane()) + ", \"depth\": " + s.depth() + ", \"text\": "
                    + SequenceDiagrams.quote(s.text()) + ", \"crash\": " + (i == crash) + "}");
        }
        return out.append(String.join(",\n", items)).append("]}").toString();
    }

    /** The deepest step that threw, in the first run of throwing steps of one thread; -1 if none threw. */
    static int crash(List<Step> steps) {
        int best = -1;
        String lane = null;
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (!s.text().contains("threw")) {
                continue;
            }
            if (lane == null) {
                lane = s.lane();
            }
            if (!s.lane().equals(lane)) {
                break;
            }
            if (best < 0 || s.depth() > steps.get(best).depth()) {
                best = i;
            }
        }
        if (best < 0) {
            // No thread threw: the kernel's own report (KASAN, an Oops) is where it broke.
            for (int i = 0; i < steps.size() && best < 0; i++) {
                String text = steps.get(i).text().toLowerCase(java.util.Locale.ROOT);
                if (text.contains("kasan") || text.contains("oops") || text.contains("die(")) {
                    best = i;
                }
            }
        }
        return best;
    }
}
