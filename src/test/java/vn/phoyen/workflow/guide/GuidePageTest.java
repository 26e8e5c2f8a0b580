package vn.phoyen.workflow.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.phoyen.workflow.EngineTest;

/** The user guide the welcome page links to: one page per role, every link and picture in it served, no login needed. */
@EngineTest
class GuidePageTest {

    @Autowired
    TestRestTemplate rest;

    static final List<String> ROLE_PAGES = List.of("can-bo-tiep-nhan.html", "lanh-dao-don-vi.html", "can-bo-xu-ly.html",
            "phong-van-hoa-xa-hoi.html", "lanh-dao-ubnd.html", "quan-tri-vien.html");

    @Test
    void theGuideHasAPageForEveryRole() {
        for (String path : new String[] {"/guide/", "/guide"}) {
            ResponseEntity<String> page = rest.getForEntity(path, String.class);
            assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(page.getBody()).as(path).contains("Hướng dẫn sử dụng", "Cán bộ tiếp nhận", "Lãnh đạo đơn vị",
                    "Cán bộ xử lý", "Phòng Văn hoá - Xã hội", "Chủ tịch, Phó Chủ tịch UBND phường", "Quản trị viên");
            ROLE_PAGES.forEach(role -> assertThat(page.getBody()).as(path).contains("href=\"" + role + "\""));
        }
    }

    @Test
    void everyPictureARolePageShowsIsServed() {
        for (String role : ROLE_PAGES) {
            ResponseEntity<String> page = rest.getForEntity("/guide/" + role, String.class);
            assertThat(page.getStatusCode()).as(role).isEqualTo(HttpStatus.OK);
            assertThat(page.getBody()).as(role).contains("<h1>", "Mục lục hướng dẫn");
            Matcher images = Pattern.compile("src=\"(img/[^\"]+)\"").matcher(page.getBody());
            while (images.find()) {
                assertThat(rest.getForEntity("/guide/" + images.group(1), byte[].class).getStatusCode())
                        .as(role + " " + images.group(1)).isEqualTo(HttpStatus.OK);
            }
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
