package vn.phoyen.workflow.dossier;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;

/** Dossiers and figures as the pages read them: codes with their Vietnamese names, rates with the numbers behind. */
final class DossierJson {

    private DossierJson() {
    }

    static Map<String, Object> line(DossierStore.DossierLine line, Organization organization) {
        Dossier dossier = line.dossier();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", dossier.code());
        json.put("procedureName", dossier.procedureName());
        json.put("field", dossier.field().code());
        json.put("fieldName", dossier.field().vietnameseName());
        json.put("unit", dossier.unit());
        json.put("unitName", unitName(dossier.unit(), organization));
        json.put("channel", dossier.channel().code());
        json.put("channelName", dossier.channel().vietnameseName());
        json.put("received", dossier.received().toString());
        json.put("appointment", dossier.appointment().toString());
        json.put("settled", dossier.settled() == null ? null : dossier.settled().toString());
        json.put("returned", dossier.returned() == null ? null : dossier.returned().toString());
        json.put("status", dossier.status().code());
        json.put("statusName", dossier.status().vietnameseName());
        json.put("digitised", dossier.digitised());
        json.put("evaluation", dossier.evaluation() == null ? null : dossier.evaluation().code());
        json.put("onTime", dossier.settled() == null ? null : dossier.settledOnTime());
        json.put("apologyAppointment", line.apologyAppointment() == null ? null : line.apologyAppointment().toString());
        String instance = line.lateProcessInstanceId();
        json.put("lateProcessInstanceId", instance);
        json.put("cockpitLink", instance == null ? null : "/camunda/app/cockpit/default/#/process-instance/" + instance);
        return json;
    }

    static Map<String, Object> indicators(Indicators counts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("received", counts.received());
        json.put("online", counts.online());
        json.put("digitised", counts.digitised());
        json.put("settled", counts.settled());
        json.put("settledOnTime", counts.settledOnTime());
        json.put("settledLate", counts.settledLate());
        json.put("evaluated", counts.evaluated());
        json.put("dissatisfied", counts.dissatisfied());
        json.put("onTimeRate", counts.onTimeRate());
        json.put("onlineRate", counts.onlineRate());
        json.put("digitisationRate", counts.digitisationRate());
        json.put("satisfactionRate", counts.satisfactionRate());
        return json;
    }

    static String unitName(String unitId, Organization organization) {
        return organization.unit(unitId).map(Unit::name).orElse(unitId);
    }
}
