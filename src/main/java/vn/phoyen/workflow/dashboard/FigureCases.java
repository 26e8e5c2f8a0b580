package vn.phoyen.workflow.dashboard;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.phoyen.workflow.dashboard.CaseCounting.Status;
import vn.phoyen.workflow.dashboard.CaseRecords.CaseSelection;
import vn.phoyen.workflow.dashboard.WardFigures.CaseRef;
import vn.phoyen.workflow.feedback.Satisfaction;
import vn.phoyen.workflow.feedback.Satisfaction.RatedCases;

/**
 * The cases behind one dashboard figure, a page at a time: the figures themselves carry counts only. A case stands as
 * in the figures (received in the period, status at the period's standing day).
 */
@Service
class FigureCases {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    /** The figures a list can be asked for, by the name the API takes. */
    enum Figure {
        RECEIVED("received", EnumSet.allOf(Status.class)),
        RESOLVED("resolved", EnumSet.of(Status.ON_TIME, Status.LATE)),
        ON_TIME("on-time", EnumSet.of(Status.ON_TIME)),
        LATE("late", EnumSet.of(Status.LATE)),
        PENDING("pending", EnumSet.of(Status.OPEN, Status.OVERDUE)),
        OVERDUE("overdue", EnumSet.of(Status.OVERDUE)),
        CLOSED("closed", EnumSet.of(Status.CLOSED)),
        /** the feedback cases rated in the period (by the day of the rating, as the satisfaction index counts) */
        RATED("rated", Set.of()),
        SATISFIED("satisfied", Set.of());

        final String code;
        final Set<Status> statuses;

        Figure(String code, Set<Status> statuses) {
            this.code = code;
            this.statuses = statuses;
        }

        static Optional<Figure> of(String code) {
            return Arrays.stream(values()).filter(figure -> figure.code.equals(code)).findFirst();
        }

        static String codes() {
            return Arrays.stream(values()).map(figure -> figure.code).collect(Collectors.joining(", "));
        }
    }

    /** {@code total}: every case behind the figure; {@code cases}: this page of them, the latest received first. */
    record CasePage(int page, int size, long total, List<CaseRef> cases) {
    }

    private final CaseRecords records;
    private final WardHistory history;
    private final Satisfaction satisfaction;

    FigureCases(CaseRecords records, WardHistory history, Satisfaction satisfaction) {
        this.records = records;
        this.history = history;
        this.satisfaction = satisfaction;
    }

    /**
     * {@code procedure} and {@code unit} null for any; a unit's figures count only the procedures a unit leads.
     * {@code page} from 1.
     */
    CasePage cases(LocalDate from, LocalDate to, String procedure, String unit, Figure figure, int page, int size) {
        int offset = (page - 1) * size;
        if (figure == Figure.RATED || figure == Figure.SATISFIED) {
            return rated(from, to, procedure, unit, figure == Figure.SATISFIED, page, size);
        }
        Set<String> keys = new LinkedHashSet<>();
        CaseProcedure.ALL.stream().map(CaseProcedure::processKey)
                .filter(key -> procedure == null || key.equals(procedure))
                .filter(key -> unit == null || WardFiguresService.UNIT_PROCEDURES.contains(key)).forEach(keys::add);
        if (keys.isEmpty()) {
            return new CasePage(page, size, 0, List.of());
        }
        LocalDate standing = CaseCounting.standingDay(to, history.today());
        CaseSelection selection = new CaseSelection(from, to, standing, keys, unit, figure.statuses);
        return new CasePage(page, size, records.total(selection), records.page(selection, offset, size).stream()
                .map(facts -> CaseCounting.ref(facts, standing)).toList());
    }

    /** The ratings behind the satisfaction figures, a page of them, as the feedback feature keeps them. */
    private CasePage rated(LocalDate from, LocalDate to, String procedure, String unit, boolean satisfiedOnly, int page,
            int size) {
        if (procedure != null && !procedure.equals("feedback")) {
            return new CasePage(page, size, 0, List.of());
        }
        RatedCases rated = satisfaction.ratedCases(from, to, unit, satisfiedOnly, (page - 1) * size, size);
        return new CasePage(page, size, rated.total(), rated.page().stream()
                .map(one -> new CaseRef("feedback", one.caseNumber(), one.processInstanceId(),
                        one.satisfied() ? "satisfied" : "not-satisfied")).toList());
    }
}
