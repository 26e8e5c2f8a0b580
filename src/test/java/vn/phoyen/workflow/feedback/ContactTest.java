package vn.phoyen.workflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactTest {

    @Test
    void anEMailAddressIsReachedByMailAnythingElseByPhone() {
        assertThat(Contact.isEmail("minh.pv@example.vn")).isTrue();
        assertThat(Contact.isEmail(" minh.pv+phuong@mail.example.vn ")).isTrue();
        assertThat(Contact.isEmail("0912 345 678")).isFalse();
        assertThat(Contact.isEmail("minh.pv@example")).isFalse();
        assertThat(Contact.isEmail("Minh <minh.pv@example.vn>")).isFalse();
        assertThat(Contact.isEmail("a@b.vn, c@d.vn")).isFalse();
        assertThat(Contact.isEmail("")).isFalse();
        assertThat(Contact.isEmail(null)).isFalse();
    }

    @Test
    void theResidentsPageTakesAVietnamesePhoneNumberOrAnEMailAddress() {
        assertThat(Contact.isValid("0912345678")).isTrue();
        assertThat(Contact.isValid("0912 345 678")).isTrue();
        assertThat(Contact.isValid("0912.345.678")).isTrue();
        assertThat(Contact.isValid("+84 912 345 678")).isTrue();
        assertThat(Contact.isValid("0208 3863 115")).isTrue();
        assertThat(Contact.isValid("minh.pv@example.vn")).isTrue();
        assertThat(Contact.isValid("abc")).isFalse();
        assertThat(Contact.isValid("0912")).isFalse();
        assertThat(Contact.isValid("091234567890")).isFalse();
        assertThat(Contact.isValid("1912345678")).isFalse();
        assertThat(Contact.isValid("0012345678")).isFalse();
        assertThat(Contact.isValid("0112345678")).isFalse();
        assertThat(Contact.isValid("020838631")).isFalse();
        assertThat(Contact.isValid(null)).isFalse();
        assertThat(Contact.phone("+84 912-345-678")).contains("0912345678");
    }
}
