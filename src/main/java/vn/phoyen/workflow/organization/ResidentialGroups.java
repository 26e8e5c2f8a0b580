package vn.phoyen.workflow.organization;

import java.util.List;

/** The ward's residential groups as read at start-up, so a mistake in their file stops the application. */
public record ResidentialGroups(List<ResidentialGroup> all) {

    public ResidentialGroups {
        all = List.copyOf(all);
    }

    public List<String> names() {
        return all.stream().map(ResidentialGroup::name).toList();
    }
}
