package vn.phoyen.workflow.reception;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reception's log (sổ tiếp công dân, Law 42/2013/QH13 Art. 26): each matter in the order raised, with how it was
 * handled: the answer given on the spot, or the number of the case opened for it.
 */
public final class ReceptionLog {

    private ReceptionLog() {
    }

    /** The log with the matter added; the given log is left as it was. */
    public static ArrayList<Map<String, Object>> append(List<Map<String, Object>> log, Matter matter,
                                                        String linkedCase) {
        ArrayList<Map<String, Object>> entries = log == null ? new ArrayList<>() : new ArrayList<>(log);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("number", entries.size() + 1);
        entry.put("summary", matter.summary());
        entry.put("handling", matter.handling().code());
        entry.put("handlingLabel", matter.handling().label());
        entry.put("answer", matter.answer());
        entry.put("linkedCase", linkedCase == null ? "" : linkedCase);
        entries.add(entry);
        return entries;
    }
}
