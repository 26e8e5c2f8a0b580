package vn.phoyen.workflow.denunciation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;
import vn.phoyen.workflow.referencedata.DataFileException;

@Configuration
class DenunciationConfiguration {

    @Bean
    DenunciationCompetence denunciationCompetence(Organization organization) {
        ClassPathResource file = new ClassPathResource(DenunciationCompetence.FILE);
        if (!file.exists()) {
            throw new DataFileException(DenunciationCompetence.FILE + ": không tìm thấy tệp");
        }
        try (InputStream content = file.getInputStream()) {
            return DenunciationCompetence.read(DenunciationCompetence.FILE, content,
                    organization.units().stream().map(Unit::id).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
