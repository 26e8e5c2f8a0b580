package vn.phoyen.workflow.organization;

import java.util.Optional;

/** A staff member as the organisation file lists them; the password is set only when the user is first created. */
record Member(String userId, String firstName, String lastName, String email, Optional<String> unitId,
              Position position, Optional<String> initialPassword) {
}
