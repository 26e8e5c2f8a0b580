package vn.phoyen.workflow.denunciation;

/**
 * Whether the ward may handle a denunciation itself. A denunciation against the ward's leadership (the Chairman and
 * Vice-Chairmen) goes to the level above: the ward transfers it and does not handle it.
 */
public final class DenunciationCompetence {

    /** The ward handles the case. */
    public static final String WARD = "ward";
    /** The case goes to the competent body outside the ward. */
    public static final String TRANSFER = "transfer";

    private DenunciationCompetence() {
    }

    public static String of(String accusedUnit, String supervisorsUnit) {
        return accusedUnit.equals(supervisorsUnit) ? TRANSFER : WARD;
    }
}
