package vn.phoyen.workflow.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.feedback.FeedbackRecords.OpenCase;

/**
 * This node's copy of the open feedback cases, for the duplicate check at every start. Reading a province's backlog
 * (2,000 open cases of a category) at each start cost some 19 ms of CPU per case (BENCHMARKS.md, change 42); the copy
 * reads only the cases registered since it last looked.
 * <p>
 * It misses no open case, whichever node registered it: a start asks after taking its case number, and holds the
 * counter's row until it commits (cases.YearlyNumbers), so every case registered before it has committed with a lower
 * intake order. The exception is New Year's midnight, when two years' counters are held at once: an old year's case
 * committing after a new year's one may be missed until the copy is read whole again, which it is every
 * {@link #READ_WHOLE_EVERY}. Cases that left the open ones since (answered, merged, closed, deleted) are found out when
 * one of them is the closest, by reading its status, or at that whole read; one that came back (an answer sent back
 * by the supervising office, web feedback completed by its sender) is compared again from the next whole read.
 */
@Component
class OpenCases {

    static final Duration READ_WHOLE_EVERY = Duration.ofMinutes(1);

    private final FeedbackRecords records;
    private final Clock clock;
    /** Per category, by process instance. */
    private final Map<String, Map<String, OpenCase>> byCategory = new HashMap<>();
    private long lastIntakeOrder;
    private Instant readWholeAt = Instant.MIN;

    @Autowired
    OpenCases(FeedbackRecords records) {
        this(records, Clock.systemUTC());
    }

    OpenCases(FeedbackRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /**
     * The open case of the category that the text most likely repeats, if any. Synchronized, reads included: starts
     * wait for one another on the counter's row anyway, the monitor only keeps the copy whole.
     */
    synchronized Optional<OpenCase> closestTo(SimilarText text, String category) {
        catchUp();
        Map<String, OpenCase> open = byCategory.getOrDefault(category, Map.of());
        while (true) {
            Optional<OpenCase> closest = closest(text, open.values());
            if (closest.isEmpty() || records.isOpen(closest.get().processInstanceId())) {
                return closest;
            }
            open.remove(closest.get().processInstanceId());
        }
    }

    /** Of the open cases similar enough to the text, the closest; among equally close ones the oldest. */
    static Optional<OpenCase> closest(SimilarText text, Collection<OpenCase> open) {
        OpenCase closest = null;
        double highest = 0;
        for (OpenCase candidate : open) {
            OptionalDouble similarity = text.similarTo(candidate.text());
            if (similarity.isEmpty()) {
                continue;
            }
            double value = similarity.getAsDouble();
            if (value > highest || value == highest && OpenCase.OLDEST_FIRST.compare(candidate, closest) < 0) {
                closest = candidate;
                highest = value;
            }
        }
        return Optional.ofNullable(closest);
    }

    private void catchUp() {
        Instant now = clock.instant();
        if (!now.isBefore(readWholeAt.plus(READ_WHOLE_EVERY))) {
            byCategory.clear();
            lastIntakeOrder = 0;
            readWholeAt = now;
        }
        long last = records.lastIntakeOrder();
        for (OpenCase registered : records.openRegistered(lastIntakeOrder, last)) {
            byCategory.computeIfAbsent(registered.category(), category -> new HashMap<>())
                    .put(registered.processInstanceId(), registered);
        }
        lastIntakeOrder = last;
    }
}
