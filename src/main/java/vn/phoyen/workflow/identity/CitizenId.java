package vn.phoyen.workflow.identity;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The form of a Vietnamese citizen's personal identification number (số định danh cá nhân), which is also the number of
 * the citizen identity card (CCCD, since 1 July 2024 "thẻ căn cước"): 12 digits (Luật Căn cước 2023, Art. 12), built
 * as Decree 137/2015/NĐ-CP Art. 13 describes — 3 digits for the province (or country) where the birth was registered,
 * 1 digit for the century of birth and the sex, 2 digits for the year of birth, 6 random digits. The century and sex
 * digit follows Circular 07/2016/TT-BCA: 0/1 a man/woman born 1900–1999, 2/3 born 2000–2099, 4/5 in the 22nd century,
 * 6/7 in the 23rd, 8/9 in the 24th. So a digit of 4 or more, or a birth year after this year, cannot be a living
 * person's number. This checks the form only: whether the number belongs to the person is the officer's
 * confirmation ({@link PopulationRegister}).
 */
public final class CitizenId {

    public static final int LENGTH = 12;

    private CitizenId() {
    }

    /** What is wrong with the number, in Vietnamese; empty when its form is right. */
    public static Optional<String> problem(String number, LocalDate today) {
        String value = number == null ? "" : number.strip();
        if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("chỉ gồm chữ số (0–9), không có chữ cái, dấu cách hay dấu chấm");
        }
        if (value.length() != LENGTH) {
            return Optional.of("phải có đúng " + LENGTH + " chữ số (số định danh cá nhân, in trên thẻ căn cước/CCCD), "
                    + "số đã nhập có " + value.length());
        }
        int centuryAndSex = value.charAt(3) - '0';
        if (centuryAndSex > 3) {
            return Optional.of("chữ số thứ 4 (mã thế kỷ sinh và giới tính) là " + centuryAndSex
                    + ", dành cho người sinh từ năm 2100: cần 0 hoặc 1 (sinh 1900–1999) hay 2 hoặc 3 (sinh từ 2000)");
        }
        int birthYear = (centuryAndSex < 2 ? 1900 : 2000) + Integer.parseInt(value.substring(4, 6));
        if (birthYear > today.getYear()) {
            return Optional.of("chữ số thứ 4 đến 6 cho năm sinh " + birthYear + ", sau năm nay");
        }
        return Optional.empty();
    }
}
