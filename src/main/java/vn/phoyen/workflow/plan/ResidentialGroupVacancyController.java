package vn.phoyen.workflow.plan;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.plan.work.ResidentialGroupVacancies;
import vn.phoyen.workflow.process.CurrentStaff;
import vn.phoyen.workflow.process.WardClock;
import vn.phoyen.workflow.process.engine.EngineCommands;

/**
 * Where staff report that a residential group's leader post fell vacant mid-term: the case office, the Fatherland
 * Front (which runs the elections), the supervising office and the administrators. The election starts this year.
 */
@RestController
class ResidentialGroupVacancyController {

    private final ResidentialGroupVacancies vacancies;
    private final Organization organization;
    private final IdentityService identityService;
    private final ProcessEngine engine;

    ResidentialGroupVacancyController(ResidentialGroupVacancies vacancies, Organization organization,
            ProcessEngine engine) {
        this.vacancies = vacancies;
        this.organization = organization;
        this.identityService = engine.getIdentityService();
        this.engine = engine;
    }

    @PostMapping("/api/residential-groups/vacancies")
    ResponseEntity<Map<String, String>> report(@RequestBody VacancyReport report) {
        boolean allowed = CurrentStaff.of(identityService).filter(staff -> staff.isAdministrator()
                || staff.isInAny(List.of(organization.group("case-office"), organization.group("fatherland-front"),
                        organization.group("supervising-office")))).isPresent();
        if (!allowed) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", "Chỉ Văn phòng, Ủy ban MTTQ, "
                    + organization.supervisingOffice().name() + " và quản trị viên báo tổ trưởng khuyết"));
        }
        // who may report is decided above; the election's model is started for them
        String election = EngineCommands.withoutAuthorization(engine,
                () -> vacancies.report(report.group(), WardClock.today().getYear(), report.reason()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("processInstanceId", election));
    }

    record VacancyReport(String group, String reason) {
    }
}
