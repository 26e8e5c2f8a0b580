package vn.phoyen.workflow.denunciation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.process.CurrentStaff;
import vn.phoyen.workflow.process.WardClock;
import vn.phoyen.workflow.process.engine.EngineCommands;

/**
 * The only way to the denouncer's identity (with, for a denunciation raised at a citizen reception, the visitor's ID
 * number and the reception's number): {@code GET /api/denunciations/{id}/denouncer} for those
 * {@link DenouncerAccess} allows, each attempt (allowed or not) recorded; {@code .../denouncer/reads} lists them for
 * the Chairman's group and the administrators. /api/** needs HTTP Basic; the filter sets the Camunda authentication.
 */
@RestController
@RequestMapping("/api/denunciations/{processInstanceId}/denouncer")
class DenouncerController {

    /** Logs who tried and which case, never the identity itself. */
    private static final Logger LOG = LoggerFactory.getLogger(DenouncerController.class);

    private static final String REFUSED = "Bạn không có quyền xem thông tin người tố cáo của vụ việc này";
    private static final String UNKNOWN = "Không có vụ việc tố cáo này";

    private final DenouncerIdentityStore store;
    private final ProcessEngine engine;
    private final Organization organization;

    DenouncerController(DenouncerIdentityStore store, ProcessEngine engine, Organization organization) {
        this.store = store;
        this.engine = engine;
        this.organization = organization;
    }

    @GetMapping
    ResponseEntity<Map<String, String>> denouncer(@PathVariable String processInstanceId) {
        Optional<DenouncerIdentityStore.ProtectedCase> found = store.find(processInstanceId);
        if (found.isEmpty()) {
            return message(HttpStatus.NOT_FOUND, UNKNOWN);
        }
        DenouncerIdentityStore.ProtectedCase protectedCase = found.get();
        CurrentStaff caller = caller();
        boolean allowed = DenouncerAccess.mayRead(caller.userId(), caller.groupIds(), handler(processInstanceId),
                protectedCase.accusedUnit(), organization.supervisors().id());
        store.recordRead(processInstanceId, caller.userId(), WardClock.now(), allowed);
        if (!allowed) {
            LOG.warn("Từ chối xem thông tin người tố cáo: vụ việc {}, người dùng {}", protectedCase.caseNumber(),
                    caller.userId());
            return message(HttpStatus.FORBIDDEN, REFUSED);
        }
        DenouncerIdentity identity = protectedCase.identity();
        return ResponseEntity.ok(Map.of("name", identity.name(), "contact", identity.contact(), "idNumber",
                identity.idNumber(), "receptionCase", identity.receptionCase()));
    }

    @GetMapping("/reads")
    ResponseEntity<?> reads(@PathVariable String processInstanceId) {
        if (store.find(processInstanceId).isEmpty()) {
            return message(HttpStatus.NOT_FOUND, UNKNOWN);
        }
        if (!DenouncerAccess.mayAudit(caller().groupIds(),
                organization.supervisors().id(), Organization.ADMINISTRATORS_GROUP)) {
            return message(HttpStatus.FORBIDDEN, "Chỉ Chủ tịch, Phó Chủ tịch và quản trị viên xem được nhật ký này");
        }
        return ResponseEntity.ok(store.reads(processInstanceId));
    }

    /** /api/** runs only for a logged-in staff member (the staff authentication filter). */
    private CurrentStaff caller() {
        return CurrentStaff.of(engine.getIdentityService()).orElseThrow();
    }

    /** The handler the Văn phòng's head assigned, read by the system, not with the caller's permissions. */
    private String handler(String processInstanceId) {
        List<HistoricVariableInstance> handlers = EngineCommands.withoutAuthorization(engine,
                () -> engine.getHistoryService().createHistoricVariableInstanceQuery()
                        .processInstanceId(processInstanceId).variableName("handler").list());
        return handlers.stream().filter(handler -> processInstanceId.equals(handler.getExecutionId()))
                .map(handler -> (String) handler.getValue()).findFirst().orElse(null);
    }

    private static <T> ResponseEntity<T> message(HttpStatus status, String message) {
        @SuppressWarnings("unchecked")
        T body = (T) Map.of("message", message);
        return ResponseEntity.status(status).body(body);
    }
}
