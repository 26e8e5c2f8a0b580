package vn.phoyen.workflow.publication;

import java.util.Arrays;
import java.util.Optional;

/** The ward's feeds: their path under {@code /api/public/feeds/} and title. */
enum WardFeed {

    ANSWERS("tra-loi-phan-anh", "Trả lời phản ánh, kiến nghị của người dân"),
    DIALOGUES("ket-qua-doi-thoai", "Kết quả hội nghị đối thoại với Nhân dân"),
    PUBLICITY("cong-khai", "Nội dung công khai theo Quy chế dân chủ ở cơ sở");

    /** The ward's name in every feed's title and as its author. */
    static final String WARD = "UBND phường Phổ Yên";

    private final String name;
    private final String title;

    WardFeed(String name, String title) {
        this.name = name;
        this.title = title;
    }

    String feedName() {
        return name;
    }

    String title() {
        return title + " – " + WARD;
    }

    static Optional<WardFeed> named(String name) {
        return Arrays.stream(values()).filter(feed -> feed.name.equals(name)).findFirst();
    }
}
