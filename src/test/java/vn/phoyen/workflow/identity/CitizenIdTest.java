package vn.phoyen.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The 12-digit personal identification number at the edges of its form. */
class CitizenIdTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 6);

    @Test
    void twelveDigitsOfAPersonBornLastCenturyOrThisOneAreAccepted() {
        // province 019, a man born 1987; a woman born 1999; a man born 2003; a woman born this year
        assertThat(CitizenId.problem("019087001234", TODAY)).isEmpty();
        assertThat(CitizenId.problem("035199000123", TODAY)).isEmpty();
        assertThat(CitizenId.problem("001203123456", TODAY)).isEmpty();
        assertThat(CitizenId.problem("019326000001", TODAY)).isEmpty();
        assertThat(CitizenId.problem(" 019087001234 ", TODAY)).as("spaces around, as typed").isEmpty();
    }

    @Test
    void elevenOrThirteenDigitsAreRefusedWithTheCount() {
        assertThat(CitizenId.problem("01908700123", TODAY)).hasValueSatisfying(problem -> assertThat(problem)
                .contains("đúng 12 chữ số").endsWith("có 11"));
        assertThat(CitizenId.problem("0190870012345", TODAY)).hasValueSatisfying(problem -> assertThat(problem)
                .endsWith("có 13"));
        assertThat(CitizenId.problem("019087001", TODAY)).as("a 9-digit CMND").isPresent();
    }

    @Test
    void lettersSpacesAndDotsInsideAreRefused() {
        assertThat(CitizenId.problem("01908700123A", TODAY)).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("chỉ gồm chữ số"));
        assertThat(CitizenId.problem("019 087 001 234", TODAY)).isPresent();
        assertThat(CitizenId.problem("019.087.001.234", TODAY)).isPresent();
        assertThat(CitizenId.problem("０１９０８７００１２３４", TODAY)).as("full-width digits").isPresent();
    }

    @Test
    void aCenturyDigitForBirthsFrom2100OrABirthYearAfterThisYearIsRefused() {
        assertThat(CitizenId.problem("019487001234", TODAY)).hasValueSatisfying(problem -> assertThat(problem)
                .contains("chữ số thứ 4").contains("là 4"));
        assertThat(CitizenId.problem("019987001234", TODAY)).isPresent();
        // digit 3: a woman born in 20xx; 2027 is after this year, 2026 is not
        assertThat(CitizenId.problem("019327000001", TODAY)).hasValueSatisfying(problem -> assertThat(problem)
                .contains("năm sinh 2027"));
        assertThat(CitizenId.problem("019327000001", LocalDate.of(2027, 1, 1))).isEmpty();
    }

    @Test
    void theOfficersConfirmationIsRecordedAsSuchAndNothingElse() {
        IdCardSeenByOfficer register = new IdCardSeenByOfficer();
        PopulationRegister.Verification seen = register.verify(new PopulationRegister.Request("019087001234",
                "Nguyễn Thị Hoa", "vp.officer", true));
        assertThat(seen.verified()).isTrue();
        assertThat(seen.method()).isEqualTo("officer-saw-card");
        assertThat(seen.verifiedBy()).isEqualTo("vp.officer");
        assertThat(seen.note()).contains("không tra cứu Cơ sở dữ liệu quốc gia về dân cư");

        assertThat(register.verify(new PopulationRegister.Request("019087001234", "Nguyễn Thị Hoa", "vp.officer",
                false)).verified()).isFalse();
        assertThat(register.verify(new PopulationRegister.Request("019087001234", "Nguyễn Thị Hoa", null, true))
                .verified()).as("nobody logged in").isFalse();
    }
}
