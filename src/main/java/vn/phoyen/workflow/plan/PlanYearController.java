package vn.phoyen.workflow.plan;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.phoyen.workflow.process.CurrentStaff;

/** The staff API of plan years. */
@RestController
class PlanYearController {

    private final PlanLauncher launcher;
    private final IdentityService identityService;

    PlanYearController(PlanLauncher launcher, IdentityService identityService) {
        this.launcher = launcher;
        this.identityService = identityService;
    }

    @PostMapping("/api/plan-years/{year}/launch")
    LaunchResult launch(@PathVariable int year) {
        // the staff authentication filter has logged the caller in to the engine for this request
        CurrentStaff caller = CurrentStaff.of(identityService).orElseThrow();
        return launcher.launch(year, caller.userId(), caller.groupIds());
    }

    @ExceptionHandler
    ResponseEntity<ErrorMessage> notAllowed(LaunchNotAllowedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ErrorMessage(e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ErrorMessage> unknownYear(UnknownPlanYearException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ErrorMessage(e.getMessage()));
    }

    /** An error as JSON, with a message in Vietnamese for the person who called. */
    record ErrorMessage(String message) {
    }
}
