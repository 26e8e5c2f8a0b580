package vn.phoyen.workflow.organization;

import java.util.List;

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
 */
@ConfigurationProperties("ward.organization")
record OrganizationProperties(Resource units, List<Resource> members, List<String> monitoredProcessKeys,
                              Administrator administrator) {

    OrganizationProperties {
        members = members == null ? List.of() : members;
        monitoredProcessKeys = monitoredProcessKeys == null ? List.of() : monitoredProcessKeys;
        administrator = administrator == null ? new Administrator(null, null) : administrator;
    }

    record Administrator(String id, String password) {

        boolean configured() {
            return id != null && !id.isBlank() && password != null && !password.isBlank();
        }
    }
}
