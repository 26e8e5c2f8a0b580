package vn.phoyen.workflow.dossier;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param importDirectory where the one-stop system's nightly export is dropped; looked at only when it exists, each
 *                        file then moved to {@code done/} or {@code failed/} with its report
 * @param pollInterval    how often the directory is looked at
 */
@ConfigurationProperties("ward.dossier")
record DossierProperties(@DefaultValue("./data/dossier-imports") Path importDirectory,
                         @DefaultValue("5m") Duration pollInterval) {
}
