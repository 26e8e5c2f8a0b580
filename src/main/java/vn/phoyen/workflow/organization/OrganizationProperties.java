package vn.phoyen.workflow.organization;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Where the organisation comes from.
 *
 * @param units                the units file
 * @param members              staff files (the demo users file only in the demo profile)
 * @param monitoredProcessKeys process keys (a trailing '*' matches a prefix) the supervising office and the
 *                             supervisors monitor read-only in Cockpit
 * @param administrator        an administrator whose password comes from the environment, if set
 * @param caseIntake           unit → process keys of the cases its staff open (the desk receiving residents)
 */
@ConfigurationProperties("ward.organization")
record OrganizationProperties(Resource units, List<Resource> members, List<String> monitoredProcessKeys,
                              Administrator administrator, Map<String, List<String>> caseIntake) {

    OrganizationProperties {
        members = members == null ? List.of() : members;
        monitoredProcessKeys = monitoredProcessKeys == null ? List.of() : monitoredProcessKeys;
        administrator = administrator == null ? new Administrator(null, null) : administrator;
        caseIntake = caseIntake == null ? Map.of() : caseIntake;
    }

    record Administrator(String id, String password) {

        boolean configured() {
            return id != null && !id.isBlank() && password != null && !password.isBlank();
        }
    }
}
