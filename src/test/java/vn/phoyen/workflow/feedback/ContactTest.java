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
}
