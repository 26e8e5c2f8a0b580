package vn.phoyen.workflow.dossier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The Decision 766/QĐ-TTg indicators a ward's dossiers give, from counts (see the README for what is verified):
 * <ul>
 * <li>on-time rate = settled on or before the appointment day ÷ settled;</li>
 * <li>online rate = received online ÷ received;</li>
 * <li>digitisation rate = digitised ÷ received;</li>
 * <li>satisfaction with procedures = (settled − dissatisfied evaluations) ÷ settled (the decision's "(dossiers −
 * dissatisfied evaluations) ÷ dossiers"; which dossiers the denominator counts is partly unverified: here the settled
 * ones, which the citizens can evaluate).</li>
 * </ul>
 * Received counts by the day received, settled by the day settled, within the period.
 */
record Indicators(long received, long online, long digitised, long settled, long settledOnTime,
                  long evaluated, long dissatisfied) {

    static final Indicators NONE = new Indicators(0, 0, 0, 0, 0, 0, 0);

    /**
     * A rate with the numbers behind it; no percentage at all (null) when there is nothing to count, rather than 0%
     * or a division by zero.
     */
    record Rate(long numerator, long denominator, BigDecimal percent) {

        static Rate of(long numerator, long denominator) {
            if (numerator < 0 || numerator > denominator) {
                throw new IllegalArgumentException("tỷ lệ " + numerator + "/" + denominator + " không hợp lệ");
            }
            return new Rate(numerator, denominator, denominator == 0 ? null
                    : BigDecimal.valueOf(numerator * 1000, 0).divide(BigDecimal.valueOf(denominator), 0,
                            RoundingMode.HALF_UP).movePointLeft(1));
        }
    }

    Rate onTimeRate() {
        return Rate.of(settledOnTime, settled);
    }

    Rate onlineRate() {
        return Rate.of(online, received);
    }

    Rate digitisationRate() {
        return Rate.of(digitised, received);
    }

    Rate satisfactionRate() {
        return Rate.of(settled - dissatisfied, settled);
    }

    long settledLate() {
        return settled - settledOnTime;
    }

    Indicators plus(Indicators other) {
        return new Indicators(received + other.received, online + other.online, digitised + other.digitised,
                settled + other.settled, settledOnTime + other.settledOnTime, evaluated + other.evaluated,
                dissatisfied + other.dissatisfied);
    }

    Indicators receivedOnly() {
        return new Indicators(received, online, digitised, 0, 0, 0, 0);
    }

    Indicators settledOnly() {
        return new Indicators(0, 0, 0, settled, settledOnTime, evaluated, dissatisfied);
    }

    /** The counts of one dossier in a period: received and/or settled in it. */
    static Indicators of(Dossier dossier, LocalDate from, LocalDate to) {
        boolean received = within(dossier.received(), from, to);
        boolean settled = dossier.settled() != null && within(dossier.settled(), from, to);
        return new Indicators(received ? 1 : 0, received && dossier.channel() == Channel.ONLINE ? 1 : 0,
                received && dossier.digitised() ? 1 : 0, settled ? 1 : 0, settled && dossier.settledOnTime() ? 1 : 0,
                settled && dossier.evaluation() != null ? 1 : 0,
                settled && dossier.evaluation() != null && dossier.evaluation().dissatisfied() ? 1 : 0);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
