package vn.phoyen.workflow.incidents;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.notification.Notifier;

/**
 * The step of {@code failing-step-fixture}: e-mails the unit's officer, then fails while {@link #BROKEN} is set, as a
 * step does that e-mails and then meets an error (the e-mail must not go out from a run that failed).
 */
@Component("unreliableStep")
class UnreliableStep implements JavaDelegate {

    static final String NOTICE = "Thông báo của bước thử nghiệm";
    static final AtomicBoolean BROKEN = new AtomicBoolean();
    static final AtomicInteger RUNS = new AtomicInteger();

    private final Notifier notifier;

    UnreliableStep(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RUNS.incrementAndGet();
        notifier.notifyUser("kthtdt.officer", NOTICE + " " + execution.getProcessBusinessKey(), "Kính gửi đồng chí.");
        if (BROKEN.get()) {
            throw new IllegalStateException("Mail server connection failed; nested exception is Connection refused");
        }
    }
}
