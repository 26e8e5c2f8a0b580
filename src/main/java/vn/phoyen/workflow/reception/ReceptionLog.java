package vn.phoyen.workflow.reception;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reception's log (sổ tiếp công dân, Law 42/2013/QH13 Art. 26): each matter in the order raised, with how it was
 * handled: the answer given on the spot, or the number of the case opened for it (not for a denunciation, whose
 * content and number stay with the denunciation).
 */
public final class ReceptionLog {

    /** The log's summary of a denunciation: the visit is logged, what and whom it concerned is not. */
    public static final String CONFIDENTIAL = "Tố cáo: nội dung và người tố cáo được bảo mật, đã chuyển giải quyết theo "
            + "Luật Tố cáo";

    private ReceptionLog() {
    }

    /** The log with the matter added; the given log is left as it was. */
    public static ArrayList<Map<String, Object>> append(List<Map<String, Object>> log, Matter matter,
                                                        String linkedCase) {
        ArrayList<Map<String, Object>> entries = log == null ? new ArrayList<>() : new ArrayList<>(log);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("number", entries.size() + 1);
        boolean confidential = matter.handling() == Handling.DENUNCIATION;
        // a denunciation: neither its content nor its case number, which would link the visitor to it
        entry.put("summary", confidential ? CONFIDENTIAL : matter.summary());
        entry.put("handling", matter.handling().code());
        entry.put("handlingLabel", matter.handling().label());
        entry.put("answer", matter.answer());
        entry.put("linkedCase", linkedCase == null || confidential ? "" : linkedCase);
        entries.add(entry);
        return entries;
    }
}
