package vn.phoyen.workflow.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.phoyen.workflow.EngineTest;

/** The user guide the welcome page links to: one section per role, no login needed. */
@EngineTest
class GuidePageTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void theGuideHasASectionForEveryRole() {
        for (String path : new String[] {"/guide/", "/guide"}) {
            ResponseEntity<String> page = rest.getForEntity(path, String.class);
            assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(page.getBody()).as(path).contains("Hướng dẫn sử dụng", "Cán bộ bộ phận một cửa", "Trưởng đơn vị",
                    "Cán bộ xử lý", "Cơ quan theo dõi", "Chủ tịch UBND phường", "Quản trị hệ thống");
        }
    }

    @Test
    void theWelcomePageLinksToTheGuideAndTheDashboard() throws IOException {
        try (InputStream config = getClass().getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/camunda/app/welcome/scripts/config.js")) {
            assertThat(new String(config.readAllBytes(), StandardCharsets.UTF_8)).contains("href: '/guide/'",
                    "href: '/dashboard/'");
        }
    }
}
