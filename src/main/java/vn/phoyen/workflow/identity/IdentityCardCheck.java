package vn.phoyen.workflow.identity;

import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.CurrentStaff;
import vn.phoyen.workflow.process.Refusal;

/**
 * End listener of an intake step whose form has the box "Đã xem thẻ căn cước/CCCD" ({@code citizenIdCardSeen}): the
 * complaint's {@code decideAcceptance} (number {@code citizenId}) and the reception's {@code recordVisit}
 * ({@code visitorIdNumber}). When ticked, the identity is verified through {@link PopulationRegister} and the case
 * records how ({@code citizenIdVerification}), by whom ({@code citizenIdVerifiedBy}) and when
 * ({@code citizenIdVerifiedAt}).
 */
@Component("identityCardCheck")
class IdentityCardCheck implements ExecutionListener {

    static final String SEEN = "citizenIdCardSeen";

    private final PopulationRegister register;
    private final IdentityService identities;

    IdentityCardCheck(PopulationRegister register, IdentityService identities) {
        this.register = register;
        this.identities = identities;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled() || !Boolean.TRUE.equals(execution.getVariable(SEEN))) {
            return;
        }
        String field = text(execution.getVariable("citizenId")).isEmpty() && execution.hasVariable("visitorIdNumber")
                ? "visitorIdNumber" : "citizenId";
        String number = text(execution.getVariable(field));
        if (number.isEmpty()) {
            throw new Refusal("Chưa ghi số định danh cá nhân/CCCD (" + field + ") nên không xác nhận được đã xem thẻ "
                    + "(" + SEEN + "): bỏ chọn ô này, hoặc ghi số khi tiếp nhận");
        }
        String name = text(execution.getVariable(field.equals("citizenId") ? "complainantName" : "visitorName"));
        PopulationRegister.Verification verification = register.verify(new PopulationRegister.Request(number, name,
                CurrentStaff.of(identities).map(CurrentStaff::userId).orElse(null), true));
        if (!verification.verified()) {
            throw new Refusal("Xác nhận đã xem thẻ căn cước/CCCD (" + SEEN + "): " + verification.note());
        }
        execution.setVariable("citizenIdVerification", verification.method());
        execution.setVariable("citizenIdVerifiedBy", verification.verifiedBy());
        execution.setVariable("citizenIdVerifiedAt", Date.from(verification.verifiedAt()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
