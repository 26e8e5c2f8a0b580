package vn.phoyen.workflow.dossier.engine;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.calendar.WorkingCalendar;
import vn.phoyen.workflow.dossier.DossierProcesses;
import vn.phoyen.workflow.process.engine.EngineCommands;

/**
 * {@code dossier-late} on the engine. Started and told on the system's own account: the import runs for whoever
 * uploaded the export (or for nobody, from the watched directory), and it is the unit, not that person, that handles
 * the dossier.
 */
@Component
class CamundaDossierProcesses implements DossierProcesses {

    private final ProcessEngine engine;

    CamundaDossierProcesses(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public String startLate(LateDossier dossier) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("dossierCode", dossier.code());
        // Tasklist names each task after it (tasklist.TaskNames): a unit may have many late dossiers at once
        variables.put("taskLabel", "Hồ sơ " + dossier.code());
        variables.put("procedureName", dossier.procedureName());
        variables.put("fieldName", dossier.fieldName());
        variables.put("landDossier", dossier.land());
        variables.put("unit", dossier.unit());
        variables.put("receivedDate", dossier.received().toString());
        variables.put("appointment", ProcessDeadlines.endOf(dossier.appointment()));
        variables.put("appointmentText", WorkingCalendar.DAY.format(dossier.appointment()));
        return EngineCommands.withoutAuthorization(engine, () -> engine.getRuntimeService()
                .startProcessInstanceByKey(LATE_PROCESS_KEY, dossier.code(), variables).getId());
    }

    @Override
    public void settled(String dossierCode, String settledText) {
        EngineCommands.withoutAuthorization(engine, () -> engine.getRuntimeService()
                .createMessageCorrelation(SETTLED_MESSAGE).processInstanceBusinessKey(dossierCode)
                .setVariable("settledText", settledText).correlateAllWithResult());
    }
}
