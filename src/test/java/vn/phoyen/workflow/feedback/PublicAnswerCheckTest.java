package vn.phoyen.workflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicAnswerCheckTest {

    private static boolean refused(String text) {
        return PublicAnswerCheck.problem("answer", text, "Nguyễn Văn Hùng", "0912 345 678").isPresent();
    }

    @Test
    void theSendersNameIsFoundWhateverTheCaseAndDiacritics() {
        assertThat(refused("Cảm ơn ông Nguyễn Văn Hùng đã phản ánh.")).isTrue();
        assertThat(refused("cam on ong NGUYEN VAN HUNG")).isTrue();
        assertThat(refused("Gia đình Văn Hùng ở ngõ 5")).isTrue();
        assertThat(refused("Phường đã mời ông Hùng lên làm việc.")).isTrue();
        assertThat(refused("Nguyễn  Văn\nHùng")).isTrue();
        // the given name alone is an ordinary word, and another Nguyễn is nobody
        assertThat(refused("Tinh thần anh hùng của lực lượng xung kích.")).isFalse();
        assertThat(refused("Phường ghi nhận tinh thần hùng hậu của tổ dân phố.")).isFalse();
        assertThat(refused("Ông Nguyễn Minh, tổ trưởng, sẽ kiểm tra.")).isFalse();
        assertThat(refused("Phường đã sửa đèn đường ở ngõ 5.")).isFalse();
    }

    @Test
    void theSendersPhoneOrAddressIsFoundWrittenAnyWay() {
        assertThat(refused("Liên hệ lại số 0912.345.678")).isTrue();
        assertThat(refused("Liên hệ lại số +84 912 345 678")).isTrue();
        assertThat(refused("Đường dây nóng của phường: 0208 3863 115")).isFalse();
        assertThat(PublicAnswerCheck.problem("answer", "Đã gửi thư tới HUNG.NV@Example.vn", "Hùng",
                "hung.nv@example.vn")).get().asString().contains("answer", "liên hệ");
        assertThat(PublicAnswerCheck.problem("answer", "", "Hùng", "hung.nv@example.vn")).isEmpty();
    }
}
