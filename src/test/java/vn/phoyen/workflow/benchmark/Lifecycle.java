package vn.phoyen.workflow.benchmark;

/** One lifecycle of a case, driven through REST; throws if any step is answered otherwise than expected. */
@FunctionalInterface
public interface Lifecycle {

    void run(RestClient client, long number);
}
