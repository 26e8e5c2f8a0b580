package vn.phoyen.workflow.dossier;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.process.WardClock;
import vn.phoyen.workflow.referencedata.DataFileException;

/**
 * Imports one export file (an upload or the watched directory): the good rows saved by dossier code (a re-import
 * updates, never duplicates, never goes back to an older state), the bad ones reported, then the follow-up run at
 * once so that a dossier found late has its process the same night.
 */
@Service
class DossierImports {

    private final DossierRows rows;
    private final DossierStore store;
    private final DossierFollowUp followUp;

    DossierImports(Organization organization, DossierStore store, DossierFollowUp followUp) {
        this.rows = new DossierRows(unit -> organization.unit(unit).isPresent());
        this.store = store;
        this.followUp = followUp;
    }

    /** @throws DataFileException for a file that cannot be read at all (nothing imported) */
    synchronized ImportReport importFile(String fileName, byte[] content) {
        DossierRows.Batch batch = rows.read(fileName, content);
        Map<DossierStore.Outcome, Integer> outcomes = new EnumMap<>(DossierStore.Outcome.class);
        for (Dossier dossier : batch.dossiers()) {
            outcomes.merge(store.save(dossier, fileName, WardClock.instant()), 1, Integer::sum);
        }
        DossierFollowUp.Result result = followUp.followUp(WardClock.today());
        return new ImportReport(fileName, outcomes.getOrDefault(DossierStore.Outcome.INSERTED, 0),
                outcomes.getOrDefault(DossierStore.Outcome.UPDATED, 0),
                outcomes.getOrDefault(DossierStore.Outcome.KEPT, 0), batch.problems(), result.lateStarted(),
                result.lateClosed(), result.warned());
    }
}
