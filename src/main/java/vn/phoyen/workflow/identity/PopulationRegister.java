package vn.phoyen.workflow.identity;

import java.time.Instant;

/**
 * The port for verifying a citizen's identity against the national population database (Cơ sở dữ liệu quốc gia về dân
 * cư). This system cannot reach that database; the one implementation, {@link IdCardSeenByOfficer}, records that the
 * officer saw the citizen's identity card. A later adapter (e.g. through the ward's connection to the database via
 * the province's shared platform, or VNeID) implements this interface and is made the primary bean; callers do not
 * change. An adapter must say how it verified ({@link Verification#method()}) and never report a check it did not
 * make.
 */
public interface PopulationRegister {

    /** Verifies {@code request}; an unverified answer says why in {@link Verification#note()}. */
    Verification verify(Request request);

    /**
     * @param citizenId the 12-digit number as recorded on the case (its form already checked: {@link CitizenId})
     * @param fullName  the name recorded on the case
     * @param officer   the officer asking (user id)
     * @param cardSeen  the officer states having seen the citizen's identity card with this number and name
     */
    record Request(String citizenId, String fullName, String officer, boolean cardSeen) {
    }

    /**
     * @param verified   whether the identity is verified
     * @param method     how: {@code officer-saw-card} here; an adapter its own code (e.g. {@code population-database})
     * @param verifiedBy who verified (user id of the officer, or the adapter's system)
     * @param verifiedAt when
     * @param note       in Vietnamese, what was verified or why not
     */
    record Verification(boolean verified, String method, String verifiedBy, Instant verifiedAt, String note) {
    }
}
