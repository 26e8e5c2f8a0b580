package vn.phoyen.workflow.organization;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;

import vn.phoyen.workflow.organization.engine.GroupGrants;

/**
 * The standing authorizations of the ward (who may open which webapp and read which process models).
 * What a unit may see of a single case is granted per instance as it takes part
 * ({@link ParticipationGrants}); nothing here lets one unit read another unit's work.
 */
class AccessPolicy {

    static final String TASKLIST = "tasklist";
    static final String COCKPIT = "cockpit";

    private final GroupGrants grants;
    private final RepositoryService repositoryService;

    AccessPolicy(AuthorizationService authorizationService, RepositoryService repositoryService) {
        this.grants = new GroupGrants(authorizationService);
        this.repositoryService = repositoryService;
    }

    void apply(Organization organization, List<String> monitoredProcessKeys, Map<String, List<String>> caseIntake) {
        for (Resources resource : Resources.values()) {
            grants.grant(Organization.ADMINISTRATORS_GROUP, resource, Authorization.ANY, Permissions.ALL);
        }
        for (Unit unit : organization.units()) {
            for (String group : List.of(unit.id(), unit.headsGroupId())) {
                grants.grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
                // the model only (diagram, forms); instances stay hidden without READ_INSTANCE
                grants.grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
                // colleagues' names, to assign and hand over work
                grants.grant(group, Resources.USER, Authorization.ANY, Permissions.READ);
                grants.grant(group, Resources.GROUP, Authorization.ANY, Permissions.READ);
            }
        }
        caseIntake.forEach((unit, processKeys) -> {
            for (String group : List.of(unit, organization.unit(unit).orElseThrow().headsGroupId())) {
                grants.grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
                for (String key : processKeys) {
                    grants.grant(group, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.CREATE_INSTANCE);
                }
            }
        });
        List<String> monitoringGroups = List.of(organization.supervisingOffice().id(), organization.supervisors().id());
        List<String> deployedKeys = repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getKey).toList();
        for (String group : monitoringGroups) {
            grants.grant(group, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
            for (String key : deployedKeys) {
                if (matchesAny(key, monitoredProcessKeys)) {
                    grants.grant(group, Resources.PROCESS_DEFINITION, key, Permissions.READ,
                            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                            ProcessDefinitionPermissions.READ_TASK);
                }
            }
        }
    }

    /** Keys are matched exactly, or by prefix where the pattern ends in '*' ("plan-*"). */
    static boolean matchesAny(String key, List<String> patterns) {
        return patterns.stream().anyMatch(pattern -> pattern.endsWith("*")
                ? key.startsWith(pattern.substring(0, pattern.length() - 1))
                : key.equals(pattern));
    }
}
