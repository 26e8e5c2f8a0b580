package vn.phoyen.workflow.dossier;

import java.time.LocalDate;

/** The engine as the dossiers' follow-up needs it (implemented in {@code dossier.engine}). */
public interface DossierProcesses {

    String LATE_PROCESS_KEY = "dossier-late";
    String SETTLED_MESSAGE = "dossierSettled";

    /** Starts {@code dossier-late} for the dossier (business key: its code); returns the instance id. */
    String startLate(LateDossier dossier);

    /** Tells the dossier's late process, if it still runs, that the export shows it settled; ends its wait. */
    void settled(String dossierCode, String settledText);

    /** What the late process is started with. */
    record LateDossier(String code, String procedureName, String fieldName, boolean land, String unit,
                       LocalDate received, LocalDate appointment) {

        static LateDossier of(Dossier dossier) {
            return new LateDossier(dossier.code(), dossier.procedureName(), dossier.field().vietnameseName(),
                    dossier.land(), dossier.unit(), dossier.received(), dossier.appointment());
        }
    }
}
