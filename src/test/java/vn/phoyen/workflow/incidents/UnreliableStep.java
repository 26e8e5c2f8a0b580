package vn.phoyen.workflow.incidents;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The step of {@code failing-step-fixture}: fails like a mail server that is down while {@link #BROKEN} is set. */
@Component("unreliableStep")
class UnreliableStep implements JavaDelegate {

    static final AtomicBoolean BROKEN = new AtomicBoolean();
    static final AtomicInteger RUNS = new AtomicInteger();

    @Override
    public void execute(DelegateExecution execution) {
        RUNS.incrementAndGet();
        if (BROKEN.get()) {
            throw new IllegalStateException("Mail server connection failed; nested exception is Connection refused");
        }
    }
}
