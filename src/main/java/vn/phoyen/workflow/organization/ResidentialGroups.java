package vn.phoyen.workflow.organization;

import java.util.List;
import java.util.Optional;

/** The ward's residential groups as read at start-up, so a mistake in their file stops the application. */
public record ResidentialGroups(List<ResidentialGroup> all) {

    public ResidentialGroups {
        all = List.copyOf(all);
    }

    /** The group named so, e.g. the group whose leader's post fell vacant. */
    public Optional<ResidentialGroup> named(String name) {
        return all.stream().filter(group -> group.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return all.stream().map(ResidentialGroup::name).toList();
    }
}
